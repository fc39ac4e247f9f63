/** The title and description of every feed, in one place: the feeds, the `/feeds/` page and the OPML agree. */
import type { Topic } from '../collect/topics.ts';
import { siteConfig } from '../settings/site-config.ts';

export const feedTitles = {
  newest: () => ({ title: siteConfig.title, description: 'The newest papers, whatever their topic.' }),
  weeks: () => ({ title: `${siteConfig.title}: best of the week`, description: `The ${siteConfig.bestOfWeekCount} most upvoted papers of each week.` }),
  topic: (topic: Pick<Topic, 'name' | 'description'>) => ({ title: `${siteConfig.title}: ${topic.name}`, description: topic.description }),
};

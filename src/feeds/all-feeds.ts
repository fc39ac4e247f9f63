import { siteConfig } from '../settings/site-config.ts';
import type { DigestView } from '../data/digest.ts';
import { count } from '../text/count.ts';
import { absoluteUrl, feedFiles, toAbsolute, topicPath, weekPath } from '../util/site/urls.ts';
import { feedTitles } from './feed-titles.ts';
import type { OpmlFeed } from './opml.ts';

/**
 * Every feed of the site: the newest papers, the best of each week, then one per topic in taxonomy order.
 * `size` says what a feed draws from: the papers it covers, or for the weekly feed how many a week it carries.
 */
export function allFeeds(digest: DigestView): (OpmlFeed & { description: string; size: string })[] {
  return [
    { ...feedTitles.newest(), xmlUrl: absoluteUrl(feedFiles.newest), htmlUrl: absoluteUrl(), size: count(digest.newest.length, 'paper') },
    {
      ...feedTitles.weeks(),
      xmlUrl: absoluteUrl(feedFiles.weeks),
      htmlUrl: digest.weeks.size > 0 ? toAbsolute(weekPath([...digest.weeks.keys()].at(-1)!)) : absoluteUrl(),
      size: `${siteConfig.bestOfWeekCount} a week`,
    },
    ...[...digest.topics.values()].map((topic) => ({
      ...feedTitles.topic(topic),
      xmlUrl: absoluteUrl(feedFiles.topic(topic.slug)),
      htmlUrl: toAbsolute(topicPath(topic.slug)),
      size: count(digest.papersByTopic.get(topic.slug)!.length, 'paper'),
    })),
  ];
}

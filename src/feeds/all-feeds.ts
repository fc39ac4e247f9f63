import { siteConfig } from '../config.ts';
import type { DigestView } from '../data/digest.ts';
import { absoluteUrl } from '../util/urls.ts';
import type { OpmlFeed } from './opml.ts';

/** Every feed of the site: the main one first, then one per topic in taxonomy order. */
export function allFeeds(digest: DigestView): (OpmlFeed & { description: string; count: number })[] {
  return [
    { title: siteConfig.title, description: 'The newest papers, whatever their topic.', xmlUrl: absoluteUrl('rss.xml'), htmlUrl: absoluteUrl(), count: digest.newest.length },
    ...[...digest.topics.values()].map((topic) => ({
      title: `${siteConfig.title}: ${topic.name}`,
      description: topic.description,
      xmlUrl: absoluteUrl(`topics/${topic.slug}/rss.xml`),
      htmlUrl: absoluteUrl(`topics/${topic.slug}/`),
      count: digest.papersByTopic.get(topic.slug)!.length,
    })),
  ];
}

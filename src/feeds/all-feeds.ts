import type { DigestView } from '../data/digest.ts';
import { absoluteUrl, feedFiles, toAbsolute, topicPath, weekPath } from '../util/urls.ts';
import { feedTitles } from './feed-titles.ts';
import type { OpmlFeed } from './opml.ts';

/** Every feed of the site: the newest papers, the best of each week, then one per topic in taxonomy order. */
export function allFeeds(digest: DigestView): (OpmlFeed & { description: string; count: number })[] {
  return [
    { ...feedTitles.newest(), xmlUrl: absoluteUrl(feedFiles.newest), htmlUrl: absoluteUrl(), count: digest.newest.length },
    {
      ...feedTitles.weeks(),
      xmlUrl: absoluteUrl(feedFiles.weeks),
      htmlUrl: digest.weeks.size > 0 ? toAbsolute(weekPath([...digest.weeks.keys()].at(-1)!)) : absoluteUrl(),
      count: digest.newest.length,
    },
    ...[...digest.topics.values()].map((topic) => ({
      ...feedTitles.topic(topic),
      xmlUrl: absoluteUrl(feedFiles.topic(topic.slug)),
      htmlUrl: toAbsolute(topicPath(topic.slug)),
      count: digest.papersByTopic.get(topic.slug)!.length,
    })),
  ];
}

import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../../settings/site-config.ts';
import { getDigest, papersOf } from '../../../data/digest.ts';
import { feedTitles } from '../../../feeds/feed-titles.ts';
import { paperFeed } from '../../../feeds/paper-feed.ts';
import { feedFiles } from '../../../util/site/urls.ts';

export const getStaticPaths = (async () => {
  const digest = await getDigest();
  return [...digest.topics.keys()].map((slug) => ({ params: { slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const digest = await getDigest();
  const topic = digest.topics.get(params.slug!)!;
  return paperFeed({
    ...feedTitles.topic(topic),
    selfPath: feedFiles.topic(topic.slug),
    papers: papersOf(digest, digest.papersByTopic.get(topic.slug)!.slice(0, siteConfig.feedItemCount)),
    digest,
  });
};

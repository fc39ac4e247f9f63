import type { APIRoute } from 'astro';
import { siteConfig } from '../settings/site-config.ts';
import { getDigest, papersOf } from '../data/digest.ts';
import { feedTitles } from '../feeds/feed-titles.ts';
import { paperFeed } from '../feeds/paper-feed.ts';
import { feedFiles } from '../util/site/urls.ts';

export const GET: APIRoute = async () => {
  const digest = await getDigest();
  return paperFeed({
    title: feedTitles.newest().title,
    description: siteConfig.description,
    selfPath: feedFiles.newest,
    papers: papersOf(digest, digest.newest.slice(0, siteConfig.feedItemCount)),
    digest,
  });
};

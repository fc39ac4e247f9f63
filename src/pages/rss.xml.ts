import type { APIRoute } from 'astro';
import { siteConfig } from '../config.ts';
import { getDigest, papersOf } from '../data/digest.ts';
import { paperFeed } from '../feeds/paper-feed.ts';

export const GET: APIRoute = async () => {
  const digest = await getDigest();
  return paperFeed({
    title: siteConfig.title,
    description: siteConfig.description,
    selfPath: 'rss.xml',
    papers: papersOf(digest, digest.newest.slice(0, siteConfig.feedItemCount)),
    digest,
  });
};

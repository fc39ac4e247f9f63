// The best of each week: the most upvoted papers of the latest weeks, for readers who want fewer items.
import type { APIRoute } from 'astro';
import { siteConfig } from '../../settings/site-config.ts';
import { getDigest, papersOf } from '../../data/digest.ts';
import { feedTitles } from '../../feeds/feed-titles.ts';
import { paperFeed } from '../../feeds/paper-feed.ts';
import { rankByUpvotes } from '../../util/papers/rank-by-upvotes.ts';
import { feedFiles } from '../../util/site/urls.ts';

export const GET: APIRoute = async () => {
  const digest = await getDigest();
  const weeks = [...digest.weeks.values()].toReversed().slice(0, Math.ceil(siteConfig.feedItemCount / siteConfig.bestOfWeekCount));
  const papers = weeks.flatMap((ids) => rankByUpvotes(papersOf(digest, ids)).slice(0, siteConfig.bestOfWeekCount));
  return paperFeed({ ...feedTitles.weeks(), selfPath: feedFiles.weeks, papers, digest });
};

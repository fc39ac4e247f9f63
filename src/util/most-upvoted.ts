import { rankByUpvotes } from './rank-by-upvotes.ts';

/** The `count` most upvoted papers, ties in the order given (listing order); papers without upvotes never make the list. */
export function mostUpvoted<T extends { upvotes: number }>(papers: readonly T[], count: number): T[] {
  return rankByUpvotes(papers.filter((paper) => paper.upvotes > 0)).slice(0, count);
}

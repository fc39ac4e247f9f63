/** Most upvoted first; ties keep the order given (listing order), so the ranking is stable. */
export function rankByUpvotes<T extends { upvotes: number }>(papers: readonly T[]): T[] {
  return papers
    .map((paper, index) => ({ paper, index }))
    .sort((a, b) => b.paper.upvotes - a.paper.upvotes || a.index - b.index)
    .map(({ paper }) => paper);
}

/** The `count` most upvoted papers, ties in the order given (listing order); papers without upvotes never make the list. */
export function mostUpvoted<T extends { upvotes: number }>(papers: readonly T[], count: number): T[] {
  return rankByUpvotes(papers.filter((paper) => paper.upvotes > 0)).slice(0, count);
}

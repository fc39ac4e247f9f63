/** Most upvoted first; ties keep the order given (listing order), so the ranking is stable. */
export function rankByUpvotes<T extends { upvotes: number }>(papers: readonly T[]): T[] {
  return papers
    .map((paper, index) => ({ paper, index }))
    .sort((a, b) => b.paper.upvotes - a.paper.upvotes || a.index - b.index)
    .map(({ paper }) => paper);
}

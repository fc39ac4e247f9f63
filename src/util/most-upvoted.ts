/** The `count` most upvoted papers, ties in the order given (listing order); papers without upvotes never make the list. */
export function mostUpvoted<T extends { upvotes: number }>(papers: readonly T[], count: number): T[] {
  return papers
    .map((paper, index) => ({ paper, index }))
    .filter(({ paper }) => paper.upvotes > 0)
    .sort((a, b) => b.paper.upvotes - a.paper.upvotes || a.index - b.index)
    .slice(0, count)
    .map(({ paper }) => paper);
}

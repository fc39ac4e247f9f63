/** Two API items for the same paper, merged by the build's rules: later values win, upvotes never go down. */

type Item = { paper?: Record<string, unknown> } & Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The arXiv id an item is known by, when it has one. */
export function paperId(item: unknown): string | undefined {
  const paper = isObject(item) ? item.paper : undefined;
  return isObject(paper) && typeof paper.id === 'string' ? paper.id : undefined;
}

export function mergeItems(earlier: unknown, later: unknown): unknown {
  if (!isObject(earlier) || !isObject(later)) return later;
  const [a, b] = [earlier as Item, later as Item];
  const merged: Item = { ...a, ...b };
  if (isObject(a.paper) && isObject(b.paper)) {
    merged.paper = { ...a.paper, ...b.paper };
    const counts = [a.paper.upvotes, b.paper.upvotes].filter((count): count is number => typeof count === 'number');
    if (counts.length > 0) merged.paper.upvotes = Math.max(...counts);
  }
  return merged;
}

/**
 * The archive's order for each sort the reader can choose, shared by the indexer (which hands Pagefind each
 * bundle's pages newest first, so a page's place in its bundle is its rank there) and the browser (which
 * merges the bundles by the keys of search-sort-file.ts):
 * - date: newest published first, then most upvoted, then the paper listed more recently, then by id;
 * - upvotes: most upvoted first, then newest published, then the same tie-breaks.
 * Bundles hold disjoint runs of first-listing months, newest bundle first, so "listed more recently, then by
 * id" is, across bundles, the bundle's place, and within one, the page's place.
 */

export type SortName = 'date' | 'upvotes';

export interface OrderedPaper {
  id: string;
  /** `YYYY-MM-DD`. */
  published: string;
  upvotes: number;
  /** The first day it was listed, `YYYY-MM-DD`. */
  firstListed: string;
}

const descending = <T>(a: T, b: T) => (a > b ? -1 : a < b ? 1 : 0);

/** The archive's order for `sort`, as a comparator of papers. */
export function compareFor(sort: SortName): (a: OrderedPaper, b: OrderedPaper) => number {
  const [first, second] = sort === 'date' ? (['published', 'upvotes'] as const) : (['upvotes', 'published'] as const);
  return (a, b) => descending(a[first], b[first]) || descending(a[second], b[second]) || descending(a.firstListed, b.firstListed) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date: dates as small whole numbers. */
export function dayNumber(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000);
}

/**
 * A result's place in the archive's order without its text: the sort's two values, then its bundle (newest
 * first) and its page's place in the bundle. Smaller ranks first (`compareKeys`).
 */
export type SortKey = readonly [first: number, second: number, bundle: number, page: number];

export function sortKey(sort: SortName, published: number, upvotes: number, bundle: number, page: number): SortKey {
  return sort === 'date' ? [published, upvotes, bundle, page] : [upvotes, published, bundle, page];
}

export function compareKeys(a: SortKey, b: SortKey): number {
  return b[0] - a[0] || b[1] - a[1] || a[2] - b[2] || a[3] - b[3];
}

/** `/papers/<id>/` (any base path) → `<id>`. */
export function paperIdOfUrl(url: string): string {
  return url.replace(/\/+$/, '').split('/').at(-1) ?? url;
}

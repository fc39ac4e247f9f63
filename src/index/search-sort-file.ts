/**
 * `digest-sort.json`, beside each search bundle's Pagefind files: what the browser needs to order a bundle's
 * results by date or upvotes without loading their texts. Pagefind's own sorts would do it, but they sit in
 * the metadata every search loads (about 2 bytes a page each); this file is fetched only when a reader sorts.
 *
 * Pages are listed in the bundle's order, which is Pagefind's page order (its metadata's page list, see
 * pagefind-meta.ts) and the archive's date order (search-keys.ts): the first page is the newest. Published
 * dates are day numbers, each given as the days back from the page before it (the first as is), so the file
 * stays small however the host serves it.
 */
import { dayNumber } from './search-keys.ts';

export const SEARCH_SORT_FILE = 'digest-sort.json';

export interface SortFile {
  /** Pagefind's metadata file of the bundle, whose page list the arrays follow. */
  meta: string;
  /** Published day numbers: the first, then each page's days back from the one before. */
  published: number[];
  upvotes: number[];
}

/** The sort file of pages given in the bundle's order. */
export function sortFileOf(meta: string, pages: readonly { published: string; upvotes: number }[]): SortFile {
  const days = pages.map((page) => dayNumber(page.published));
  return { meta, published: days.map((day, at) => (at === 0 ? day : days[at - 1] - day)), upvotes: pages.map((page) => page.upvotes) };
}

/** Each page's published day number, from the file's differences. */
export function publishedDays(file: Pick<SortFile, 'published'>): Int32Array {
  const days = new Int32Array(file.published.length);
  file.published.forEach((value, at) => (days[at] = at === 0 ? value : days[at - 1] - value));
  return days;
}

/** Every item of one day, page after page, each paper once. */
import { dayPageUrl, hasNextPage } from './day-url.ts';
import { FetchFailure } from './get-json-array.ts';
import { mergeItems, paperId } from './merge-items.ts';

/** 5,000 papers: a real day has about 50, so more full pages than this means the API is misbehaving. */
export const MAX_PAGES = 50;

export interface FetchedDay {
  items: unknown[];
  pages: number;
  /** Papers the API listed twice on one page: merged, and worth a warning. */
  duplicates: string[];
}

/**
 * Asks for page after page while full pages come back. A paper that comes twice is merged by the build's
 * rules (src/collect/merge.ts): kept where it first appeared, later values win, the highest upvote count
 * stays. Twice on one page is the API's mistake and is reported; across pages it is the list reordering
 * while we read (upvotes move papers), which is expected.
 */
export async function fetchDay(
  day: string,
  apiBase: string,
  pageSize: number,
  get: (url: URL) => Promise<unknown[]>,
): Promise<FetchedDay> {
  const items: unknown[] = [];
  const at = new Map<string, number>();
  const duplicates: string[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = dayPageUrl(apiBase, day, page, pageSize);
    let batch: unknown[];
    try {
      batch = await get(url);
    } catch (error) {
      // Name the request that failed: with paging, which page matters.
      if (error instanceof FetchFailure) throw new FetchFailure(`${error.message} (GET ${url.href})`);
      throw error;
    }
    let added = 0;
    const onThisPage = new Map<string, number>();
    batch.forEach((item, index) => {
      const id = paperId(item);
      const earlier = id === undefined ? undefined : at.get(id);
      if (id !== undefined && earlier !== undefined) {
        items[earlier] = mergeItems(items[earlier], item);
        const first = onThisPage.get(id);
        if (first !== undefined) duplicates.push(`paper ${id} is listed twice (items ${first + 1} and ${index + 1}${page > 0 ? ` on page ${page + 1}` : ''}): merged into one, with the higher upvote count`);
        return;
      }
      if (id !== undefined) {
        at.set(id, items.length);
        onThisPage.set(id, index);
      }
      items.push(item);
      added++;
    });
    if (!hasNextPage(batch.length, pageSize, added)) return { items, pages: page + 1, duplicates };
  }
  throw new FetchFailure(`more than ${MAX_PAGES} full pages of ${pageSize} papers: the API is not paging as expected`);
}

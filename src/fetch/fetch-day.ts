/** Every item of one day, page after page. */
import { dayPageUrl, hasNextPage } from './day-url.ts';
import { FetchFailure } from './get-json-array.ts';

/** 5,000 papers: a real day has about 50, so more full pages than this means the API is misbehaving. */
export const MAX_PAGES = 50;

export interface FetchedDay {
  items: unknown[];
  pages: number;
}

/** The arXiv id an item is known by, when it has one. */
function paperId(item: unknown): string | undefined {
  const paper = (item as { paper?: { id?: unknown } } | null)?.paper;
  return typeof paper?.id === 'string' ? paper.id : undefined;
}

/**
 * Asks for page after page while full pages come back. A paper that moves between pages while we read
 * (upvotes reorder the list) would come twice: it is kept once, where it first appeared.
 */
export async function fetchDay(
  day: string,
  apiBase: string,
  pageSize: number,
  get: (url: URL) => Promise<unknown[]>,
): Promise<FetchedDay> {
  const items: unknown[] = [];
  const seen = new Set<string>();
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
    for (const item of batch) {
      const id = paperId(item);
      if (id !== undefined) {
        if (seen.has(id)) continue;
        seen.add(id);
      }
      items.push(item);
      added++;
    }
    if (!hasNextPage(batch.length, pageSize, added)) return { items, pages: page + 1 };
  }
  throw new FetchFailure(`more than ${MAX_PAGES} full pages of ${pageSize} papers: the API is not paging as expected`);
}

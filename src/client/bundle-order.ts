/**
 * What places a bundle's results in the archive's order without their texts: each page's published day and
 * upvotes (the bundle's sort file, search-sort-file.ts) and each result's page (Pagefind's page list, read
 * from the metadata the bundle's instance has already fetched, so the browser's cache answers). Fetched only
 * when a reader sorts by date or upvotes, or lists papers without words.
 */
import { readPagefindMeta } from '../index/pagefind-meta.ts';
import { sortKey, type SortKey, type SortName } from '../index/search-keys.ts';
import { publishedDays, SEARCH_SORT_FILE, type SortFile } from '../index/search-sort-file.ts';

export interface BundleOrder {
  /** The sort key of the result with this id (a page hash) in bundle `bundle`; undefined for an unknown id. */
  keyOf(id: string, sort: SortName, bundle: number): SortKey | undefined;
}

async function fetched(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
  return response;
}

async function gunzipped(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await new Response(response.body!.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
}

/** The order of the bundle in `folderUrl` (ending in `/`). */
export async function loadBundleOrder(folderUrl: string): Promise<BundleOrder> {
  const file = (await (await fetched(`${folderUrl}${SEARCH_SORT_FILE}`)).json()) as SortFile;
  const { pages } = readPagefindMeta(await gunzipped(await fetched(`${folderUrl}${file.meta}`)));
  if (pages.length !== file.upvotes.length) throw new Error(`${folderUrl}${SEARCH_SORT_FILE} does not match its bundle`);
  const place = new Map(pages.map((hash, at) => [hash, at]));
  const published = publishedDays(file);
  return {
    keyOf(id, sort, bundle) {
      const at = place.get(id);
      return at === undefined ? undefined : sortKey(sort, published[at], file.upvotes[at], bundle, at);
    },
  };
}

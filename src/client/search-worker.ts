/**
 * A web worker that runs pagefind.js for some of the archive's bundles (search-workers.ts spreads them), so
 * that bundles are searched side by side, on as many cores. Inside a worker pagefind.js runs its WebAssembly
 * in the worker itself, so Pagefind's own worker script is never fetched.
 *
 * Every instance starts from the primary bundle's folder, whose pagefind.js and WebAssembly every worker
 * fetches (the browser's cache serves all but the first), and merges the bundle it searches; a filter keeps
 * each instance to its own bundle.
 *
 * The page asks by message, `{ id, method, args }`, and gets `{ id, result }` or `{ id, error }` back
 * (search-worker-client.ts). A search's results stay here, numbered by the page, until it asks for their texts.
 */
import { BUNDLE_FILTER, type PagefindInstance, type PagefindModule, type PagefindResult, type PagefindSearchOptions } from './pagefind-api.ts';
import { rangeEndTerm } from './search-words.ts';

/**
 * No length normalisation: a bundle's average page length would otherwise enter every score, and the
 * rescaling to the archive (rank.ts) could not undo it. Abstracts are of much the same length anyway.
 */
const RANKING = { pageLength: 0 };
/**
 * Searches whose results are kept for their texts; older ones are dropped. A query is a few searches of each
 * bundle, so this keeps the last dozen queries or more: the search page's list stays readable ("Show more")
 * while the header box runs queries of its own.
 */
const KEPT_SEARCHES = 64;

export interface WorkerBundle {
  /** The bundle's place in the archive's list. */
  at: number;
  /** Relative to the base path. */
  folder: string;
  /** The bundle's content hash: Pagefind asks for its entry file under it, so the browser can cache it. */
  hash: string;
}

export interface StartOptions {
  basePath: string;
  primary: Omit<WorkerBundle, 'at'>;
  /** The bundles this worker searches. */
  bundles: WorkerBundle[];
}

const instances = new Map<number, PagefindInstance>();
const folders = new Map<number, string>();
const kept = new Map<number, PagefindResult[]>();

async function start({ basePath, primary, bundles }: StartOptions): Promise<void> {
  const pagefind = (await import(/* @vite-ignore */ `${basePath}${primary.folder}pagefind.js`)) as PagefindModule;
  const instanceOf = async ({ at, folder, hash }: WorkerBundle) => {
    const instance = pagefind.createInstance({ basePath: `${basePath}${primary.folder}`, baseUrl: basePath, mergeFilter: { [BUNDLE_FILTER]: primary.folder }, ranking: RANKING, metaCacheTag: primary.hash });
    if (folder !== primary.folder) await instance.mergeIndex(`${basePath}${folder}`, { mergeFilter: { [BUNDLE_FILTER]: folder }, ranking: RANKING, metaCacheTag: hash });
    instances.set(at, instance);
    folders.set(at, folder);
  };
  // Pagefind's WebAssembly glue keeps one module per worker but does not guard its start: instances starting
  // together would each instantiate it and overwrite the others' memory. The first starts it alone (an empty
  // search waits for that); the rest reuse it.
  const [first, ...rest] = bundles;
  if (!first) return;
  await instanceOf(first);
  await instances.get(first.at)!.search('');
  await Promise.all(rest.map(instanceOf));
}

/**
 * Fetches the chunk where the longer words that `term`'s last word starts end (search-words.ts). Measured on
 * 549 real days, of 1,906 five- and six-letter prefixes of title words, 70 found under 90 % of their pages
 * without it and 55 with it (with Pagefind's default chunks, four times larger: 55 without).
 */
async function preloadRangeEnds(instance: PagefindInstance, term: string | null): Promise<void> {
  const end = term && rangeEndTerm(term);
  if (end) await instance.preload(end);
}

async function search(term: string | null, options: PagefindSearchOptions, at: number, searchId: number) {
  const instance = instances.get(at)!;
  await preloadRangeEnds(instance, term);
  const found = await instance.search(term, { filters: { ...options.filters, [BUNDLE_FILTER]: [folders.get(at)!] } });
  kept.set(searchId, found.results);
  for (const old of kept.keys()) if (kept.size > KEPT_SEARCHES) kept.delete(old);
  return { ids: found.results.map((result) => result.id), scores: found.results.map((result) => result.score), filters: found.filters, totalFilters: found.totalFilters };
}

async function data(searchId: number, index: number) {
  const result = kept.get(searchId)?.[index];
  if (!result) throw new Error(`search ${searchId} is no longer kept`);
  const { url, content, locations, meta } = await result.data();
  return { url, content, locations, meta };
}

async function preload(term: string, at: number, warm: boolean): Promise<void> {
  const instance = instances.get(at);
  if (!instance) return;
  await Promise.all([instance.preload(term), preloadRangeEnds(instance, term)]);
  if (warm) await instance.search(term, { filters: { [BUNDLE_FILTER]: [folders.get(at)!] } });
}

const methods = { start, search, data, preload } as const;
export type WorkerMethods = typeof methods;

// The worker's global scope (the DOM's types would read `postMessage` as a window's).
const scope = self as unknown as { postMessage(message: unknown): void; addEventListener(type: 'message', listener: (event: MessageEvent) => void): void };
scope.addEventListener('message', async ({ data: { id, method, args } }: MessageEvent<{ id: number; method: keyof WorkerMethods; args: unknown[] }>) => {
  try {
    const result = await (methods[method] as (...args: unknown[]) => unknown)(...args);
    scope.postMessage({ id, result });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});

/**
 * The part of pagefind.js's API this site uses (Pagefind has no published types for it), shared by the web
 * worker that runs it (search-worker.ts) and the page that talks to that worker (search-archive.ts).
 */
import type { SearchMetaName } from '../index/search-contract.ts';

/** The filter every instance gets for the bundle it searches (Pagefind's `mergeFilter`): the bundle's folder. */
export const BUNDLE_FILTER = 'bundle';

/** A result's text, as Pagefind loads it from its fragment. */
export interface PagefindResultData {
  url: string;
  content: string;
  locations: number[];
  /** The names are the search contract's (src/index/search-contract.ts). */
  meta: Partial<Record<SearchMetaName, string>>;
}

export interface PagefindResult {
  /** The page's hash: its place in the bundle's page list (pagefind-meta.ts). */
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string[]>;
}

/** One Pagefind instance, as pagefind.js's `createInstance` makes it. */
export interface PagefindInstance {
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
}

export interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

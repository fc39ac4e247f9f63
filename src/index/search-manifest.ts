/**
 * Written next to the primary bundle's pagefind.js: every bundle the browser searches, newest first (the
 * primary one first), and each bundle's content hash, so the next build can keep the bundles whose pages
 * did not change.
 */
import type { SortName } from './search-keys.ts';

export const SEARCH_MANIFEST = 'digest-indexes.json';

export interface SearchManifest {
  bundles: {
    period: string;
    /** Relative to the site's base path. */
    folder: string;
    hash: string;
    pages: number;
    /**
     * For each sort, the two values of the bundle's first page in that order (search-keys.ts): no result of it
     * ranks before them, so the browser leaves the bundle's sort file unfetched while they cannot compete.
     */
    bounds: Record<SortName, [number, number]>;
  }[];
}

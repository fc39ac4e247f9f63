/**
 * Written next to the primary bundle's pagefind.js: every bundle the browser searches, newest first (the
 * primary one first), and each bundle's content hash, so the next build can keep the bundles whose pages
 * did not change.
 */
export const SEARCH_MANIFEST = 'digest-indexes.json';

export interface SearchManifest {
  bundles: {
    period: string;
    /** Relative to the site's base path. */
    folder: string;
    hash: string;
    pages: number;
    /** The greatest sort key of each sort in the bundle: no result of it ranks before, so the browser can leave it unsearched. */
    bounds: Record<string, string>;
  }[];
}

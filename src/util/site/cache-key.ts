/**
 * A page's key for Astro's incremental build: a hash of exactly what the page shows, plus the site
 * settings every page carries (base path, site URL in canonical links, titles). Equal keys mean the page's
 * HTML from the previous build can be kept; anything a page shows must therefore go into its key.
 */
import { createHash } from 'node:crypto';
import { siteConfig } from '../../settings/site-config.ts';

// Where the listings, the output and the cache are is no part of any page: moving them re-renders nothing.
// Nor is how the search index is split and files its texts: the indexing, after Astro, reads those.
const {
  listingsDir: _listings,
  topicsFile: _topics,
  distDir: _dist,
  cacheDir: _cache,
  allowEmptySite: _empty,
  searchIndexSplit: _split,
  searchBundlePages: _bundlePages,
  searchTextsPerFile: _texts,
  ...shownSettings
} = siteConfig;
const settings = JSON.stringify(shownSettings);

export function cacheKey(shown: unknown): string {
  return createHash('sha256').update(settings).update('\0').update(JSON.stringify(shown)).digest('base64url');
}

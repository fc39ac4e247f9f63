/**
 * A page's key for Astro's incremental build: a hash of exactly what the page shows, plus the site
 * settings every page carries (base path, site URL in canonical links). Equal keys mean the page's
 * HTML from the previous build can be kept; anything a page shows must therefore go into its key.
 */
import { createHash } from 'node:crypto';
import { siteConfig } from '../config.ts';

const settings = JSON.stringify(siteConfig);

export function cacheKey(shown: unknown): string {
  return createHash('sha256').update(settings).update('\0').update(JSON.stringify(shown)).digest('base64url');
}

/**
 * Site settings in one place. Edit the defaults below, or set the environment variables
 * (LISTINGS_DIR, SITE_URL, BASE_PATH) at build time. Validated here so a typo fails loudly.
 */
import { z } from 'zod';

const SiteConfigSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Language of the site's own text (listings are shown as they are). */
  lang: z.string().min(2),
  /** Absolute origin for feeds, canonical links and the sitemap. */
  siteUrl: z.url({ protocol: /^https?$/ }),
  /** Sub-path the site is served under, with leading and trailing slash. */
  basePath: z.string().regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, 'must look like / or /digest/'),
  listingsDir: z.string().min(1),
  /** Where `npm run build` publishes the site. */
  distDir: z.string().min(1),
  /** What makes rebuilds incremental: Astro's cache and the record of the last published build. */
  cacheDir: z.string().min(1),
  /** Taxonomy file; `.yaml`/`.yml` or `.json`. */
  topicsFile: z.string().min(1),
  /** Papers on the home page before "see the whole day". */
  homePaperCount: z.number().int().positive(),
  papersPerTopicPage: z.number().int().positive(),
  feedItemCount: z.number().int().positive(),
  relatedCount: z.number().int().nonnegative(),
  /** Papers per week in the "best of the week" feed. */
  bestOfWeekCount: z.number().int().positive(),
  /**
   * `period` (default) builds one search index per closed quarter plus one per month of the current
   * quarter, merged in the browser: a new day re-indexes only its month, and indexing memory stays
   * bounded by one quarter. `none`: one index of everything.
   */
  searchIndexSplit: z.enum(['period', 'none']),
});
export type SiteConfig = z.infer<typeof SiteConfigSchema>;

/** A base path in the one form the rest of the code relies on: leading and trailing slash. */
export function normaliseBasePath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function loadSiteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const result = SiteConfigSchema.safeParse({
    title: 'Paper Digest',
    description: 'Daily research papers in machine learning, with abstracts, topics and related work.',
    lang: 'en',
    siteUrl: env.SITE_URL || 'http://localhost:4321',
    basePath: normaliseBasePath(env.BASE_PATH || '/'),
    listingsDir: env.LISTINGS_DIR || 'content/listings',
    distDir: env.DIST_DIR || 'dist',
    cacheDir: env.CACHE_DIR || '.digest-cache',
    topicsFile: env.TOPICS_FILE || 'content/topics.yaml',
    homePaperCount: 50,
    papersPerTopicPage: 25,
    feedItemCount: 50,
    relatedCount: 5,
    bestOfWeekCount: 10,
    searchIndexSplit: env.SEARCH_INDEX_SPLIT || 'period',
  });
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid site settings:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const siteConfig = loadSiteConfig();

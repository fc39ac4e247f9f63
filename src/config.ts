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
  /** Taxonomy file; `.yaml`/`.yml` or `.json`. */
  topicsFile: z.string().min(1),
  /** Papers on the home page before "see the whole day". */
  homePaperCount: z.number().int().positive(),
  papersPerTopicPage: z.number().int().positive(),
  feedItemCount: z.number().int().positive(),
  relatedCount: z.number().int().nonnegative(),
  /**
   * `year` builds one search index per year of the digest and merges them in the browser: indexing
   * memory stays bounded by one year, and past years' index files never change. `none`: one index.
   */
  searchIndexSplit: z.enum(['none', 'year']),
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
    topicsFile: env.TOPICS_FILE || 'content/topics.yaml',
    homePaperCount: 50,
    papersPerTopicPage: 25,
    feedItemCount: 50,
    relatedCount: 5,
    searchIndexSplit: env.SEARCH_INDEX_SPLIT || 'none',
  });
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid site settings:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const siteConfig = loadSiteConfig();

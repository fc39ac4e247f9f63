/**
 * The site settings and their validation, free of side effects so a script can check them before starting
 * Astro (src/settings/site-config.ts loads them at import). Every problem names the environment variable to change and an
 * example of a valid value.
 */
import { z } from 'zod';
import { MAX_BUNDLE_PAGES } from '../index/search-periods.ts';
import { MOST_TEXTS_PER_FILE, TEXTS_PER_FILE } from '../index/search-text-files.ts';

export type Env = Readonly<Record<string, string | undefined>>;

/** Where the listings are when LISTINGS_DIR is not set: the build reads them there, the fetch writes them there. */
export const DEFAULT_LISTINGS_DIR = 'content/listings';

export const SiteConfigSchema = z.object({
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
   * `period` (default) builds one search index for the newest month and one for each run of closed days
   * up to `searchBundlePages` pages (see search-periods.ts), merged in the browser: a new day re-indexes
   * only its month, and indexing memory stays bounded. `none`: one index of everything.
   */
  searchIndexSplit: z.enum(['period', 'none']),
  /** Pages in a search bundle of closed days, at most: about 0.16 MB of indexing memory each. */
  searchBundlePages: z.number().int().min(1),
  /** Papers' search texts in one file: more than one for hosts that count files (see search-text-files.ts). */
  searchTextsPerFile: z.number().int().min(1).max(MOST_TEXTS_PER_FILE),
  /** A build that would publish no papers fails, unless an empty site is what the user asked for. */
  allowEmptySite: z.enum(['', '0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true'),
});
export type SiteConfig = z.infer<typeof SiteConfigSchema>;

/** How each setting that comes from the environment is explained when its value is wrong. */
const FROM_ENV: Partial<Record<keyof SiteConfig, { variable: string; rule: string; example: string }>> = {
  siteUrl: { variable: 'SITE_URL', rule: 'an absolute http(s) URL', example: 'https://papers.example.org' },
  basePath: { variable: 'BASE_PATH', rule: 'a sub-path of letters, digits, ".", "_", "~" or "-" segments', example: '/digest/' },
  listingsDir: { variable: 'LISTINGS_DIR', rule: 'a folder', example: DEFAULT_LISTINGS_DIR },
  distDir: { variable: 'DIST_DIR', rule: 'a folder', example: 'dist' },
  cacheDir: { variable: 'CACHE_DIR', rule: 'a folder', example: '.digest-cache' },
  topicsFile: { variable: 'TOPICS_FILE', rule: 'a YAML or JSON file', example: 'content/topics.yaml' },
  searchIndexSplit: { variable: 'SEARCH_INDEX_SPLIT', rule: '"period" or "none"', example: 'period' },
  searchBundlePages: { variable: 'SEARCH_BUNDLE_PAGES', rule: 'a whole number of pages, 1 or more', example: String(MAX_BUNDLE_PAGES) },
  searchTextsPerFile: { variable: 'SEARCH_TEXTS_PER_FILE', rule: `a whole number from 1 to ${MOST_TEXTS_PER_FILE}`, example: '4' },
  allowEmptySite: { variable: 'ALLOW_EMPTY_SITE', rule: '1 (publish a site without papers) or 0', example: '1' },
};

/** The environment variables the settings are read from. */
export const SETTING_VARIABLES: readonly string[] = Object.values(FROM_ENV).map((setting) => setting.variable);

/** A base path in the one form the rest of the code relies on: leading and trailing slash. */
export function normaliseBasePath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export type SettingsResult = { ok: true; config: SiteConfig } | { ok: false; problems: string[] };

/** Reads the settings from the environment; never throws, returns one readable line per invalid setting. */
export function validateSettings(env: Env): SettingsResult {
  const result = SiteConfigSchema.safeParse({
    title: 'Paper Digest',
    description: 'Daily research papers in machine learning, with abstracts, topics and related work.',
    lang: 'en',
    siteUrl: env.SITE_URL || 'http://localhost:4321',
    basePath: normaliseBasePath(env.BASE_PATH || '/'),
    listingsDir: env.LISTINGS_DIR || DEFAULT_LISTINGS_DIR,
    distDir: env.DIST_DIR || 'dist',
    cacheDir: env.CACHE_DIR || '.digest-cache',
    topicsFile: env.TOPICS_FILE || 'content/topics.yaml',
    homePaperCount: 50,
    papersPerTopicPage: 25,
    feedItemCount: 50,
    relatedCount: 5,
    bestOfWeekCount: 10,
    searchIndexSplit: env.SEARCH_INDEX_SPLIT || 'period',
    searchBundlePages: env.SEARCH_BUNDLE_PAGES?.trim() ? Number(env.SEARCH_BUNDLE_PAGES) : MAX_BUNDLE_PAGES,
    searchTextsPerFile: env.SEARCH_TEXTS_PER_FILE?.trim() ? Number(env.SEARCH_TEXTS_PER_FILE) : TEXTS_PER_FILE,
    allowEmptySite: (env.ALLOW_EMPTY_SITE ?? '').trim().toLowerCase(),
  });
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues.map((issue) => {
    const field = String(issue.path[0]) as keyof SiteConfig;
    const setting = FROM_ENV[field];
    if (!setting) return `${field} in src/settings/validate-settings.ts ${issue.message}`;
    const value = env[setting.variable];
    return `${setting.variable} must be ${setting.rule}, e.g. ${setting.variable}=${setting.example}${value === undefined ? '' : ` (it is ${JSON.stringify(value)})`}`;
  });
  return { ok: false, problems: [...new Set(problems)] };
}

/**
 * Every link inside the site. Internal links go through `pagePath` so they honour BASE_PATH, and every
 * absolute URL (feeds, canonical, Open Graph, sitemap) through `absoluteUrl` so they honour SITE_URL too.
 */
import { siteConfig } from '../../settings/site-config.ts';

/** `pagePath('papers/x/')` → `/digest/papers/x/` under BASE_PATH=/digest/. */
export function pagePath(path = ''): string {
  return `${siteConfig.basePath}${path.replace(/^\/+/, '')}`;
}

export function absoluteUrl(path = ''): string {
  return new URL(pagePath(path), siteConfig.siteUrl).href;
}

export const paperPath = (id: string) => pagePath(`papers/${id}/`);
export const dayPath = (date: string) => pagePath(`days/${date}/`);
export const daysPath = () => pagePath('days/');
export const topicsPath = () => pagePath('topics/');
export const topicPath = (slug: string) => pagePath(`topics/${slug}/`);
/** One topic's papers first listed in one month (`YYYY-MM`). */
export const topicMonthPath = (slug: string, month: string) => pagePath(`topics/${slug}/${month}/`);
/** A week (`YYYY-Www`) or a month (`YYYY-MM`) of papers, most upvoted first. */
export const weekPath = (week: string) => pagePath(`weeks/${week}/`);
export const monthPath = (month: string) => pagePath(`months/${month}/`);
/** Every week, every month, newest first. */
export const weeksPath = () => pagePath('weeks/');
export const monthsPath = () => pagePath('months/');

/** The data API's files, relative to the base path (see src/feeds/data-api.ts). */
export const apiFiles = {
  index: 'api/index.json',
  day: (date: string) => `api/days/${date}.json`,
  schema: (name: 'index' | 'day') => `api/schema/${name}.schema.json`,
} as const;

/** Feeds, relative to the base path (absolute URLs via `absoluteUrl`). */
export const feedFiles = {
  newest: 'rss.xml',
  weeks: 'weeks/rss.xml',
  topic: (slug: string) => `topics/${slug}/rss.xml`,
  opml: 'feeds.opml',
} as const;

export const searchPath = () => pagePath('search/');
/** The search page with a query filled in: `/search/?q=world+model`. */
export const searchQueryPath = (query: string) => `${searchPath()}?${new URLSearchParams({ q: query })}`;
export const feedsPath = () => pagePath('feeds/');
export const savedPath = () => pagePath('saved/');
/** The primary search bundle; the other periods' bundles sit beside it (see src/index/build-search-index.ts). */
export const searchBundlePath = () => pagePath('pagefind/');

/** An absolute URL for a path that already includes the base path (e.g. from `paperPath`). */
export function toAbsolute(sitePath: string): string {
  return new URL(sitePath, siteConfig.siteUrl).href;
}

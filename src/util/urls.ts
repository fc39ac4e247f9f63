/**
 * Links inside the site. Every internal link goes through `pagePath` so it honours BASE_PATH, and every
 * absolute URL (feeds, canonical, Open Graph) through `absoluteUrl` so it honours SITE_URL too.
 */
import { siteConfig } from '../config.ts';

/** `pagePath('papers/x/')` → `/digest/papers/x/` under BASE_PATH=/digest/. */
export function pagePath(path = ''): string {
  return `${siteConfig.basePath}${path.replace(/^\/+/, '')}`;
}

export function absoluteUrl(path = ''): string {
  return new URL(pagePath(path), siteConfig.siteUrl).href;
}

export const paperPath = (id: string) => pagePath(`papers/${id}/`);
export const dayPath = (date: string) => pagePath(`days/${date}/`);
export const topicPath = (slug: string, page = 1) => pagePath(page > 1 ? `topics/${slug}/${page}/` : `topics/${slug}/`);
export const topicFeedPath = (slug: string) => pagePath(`topics/${slug}/rss.xml`);

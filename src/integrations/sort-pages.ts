/**
 * Pages render several at a time (`build.concurrency`), so Astro lists them in the order they finished,
 * which varies from build to build. Sorting that list before the sitemap is written keeps the sitemap the
 * same, byte for byte, for the same listings. Must come before the sitemap integration.
 */
import type { AstroIntegration } from 'astro';

export function sortPages(): AstroIntegration {
  return {
    name: 'paper-digest-sort-pages',
    hooks: {
      'astro:build:done': ({ pages }) => {
        pages.sort((a, b) => (a.pathname < b.pathname ? -1 : a.pathname > b.pathname ? 1 : 0));
      },
    },
  };
}

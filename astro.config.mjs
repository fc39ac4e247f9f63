// @ts-check
import sitemap from '@astrojs/sitemap';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/settings/site-config.ts';
import { builtPagesFlag } from './src/integrations/built-pages-flag.ts';
import { dataStoreOutsideBundle } from './src/integrations/data-store-outside-bundle.ts';
import { exitWithBuild } from './src/integrations/exit-with-build.ts';
import { pruneStalePages } from './src/integrations/prune-stale-pages.ts';
import { sortPages } from './src/integrations/sort-pages.ts';
import { stagingGate } from './src/integrations/staging-gate.ts';

/** The site, its staging and spare copies, and the build cache, as the dev server's watcher patterns. */
function builtFolders() {
  const dist = path.resolve(siteConfig.distDir);
  return [`${dist}/**`, `${dist}.*/**`, `${path.resolve(siteConfig.cacheDir)}/**`];
}

export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  // Every page is a folder with index.html, and every link ends in "/": one URL per page on any host.
  trailingSlash: 'always',
  // Several pages at a time: while one page's file is written, the next renders (measured: a third of the
  // render phase was spent waiting on writes with one at a time).
  // No inlined stylesheet or script: every page's Content-Security-Policy allows the site's own files
  // only, with no hashes (src/util/site/content-security-policy.ts).
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  // `npm run build` (scripts/build.mjs) builds into a staging copy of the site and swaps it in only when the
  // whole build succeeded; the staging copy is kept between builds, so unchanged pages are not written again.
  outDir: process.env.DIGEST_OUT_DIR || './dist',
  cacheDir: path.join(siteConfig.cacheDir, 'astro'),
  vite: {
    build: { emptyOutDir: false, assetsInlineLimit: 0 },
    // The search worker (src/client/search-worker.ts) is a module: it imports pagefind.js at run time.
    worker: { format: 'es' },
    // `npm run dev` watches the project, but not the built sites and caches in it: a build while the dev
    // server runs writes thousands of files there, and each would be an event for it to look at.
    server: { watch: { ignored: [...builtFolders(), '**/tests/.output/**/dist{,.*,-cache}/**'] } },
  },
  experimental: {
    // Pages return a cacheKey of what they show (src/util/site/cache-key.ts): unchanged pages are not rendered again.
    incrementalBuild: true,
  },
  integrations: [builtPagesFlag(), dataStoreOutsideBundle(), exitWithBuild(), stagingGate(), sortPages(), sitemap(), pruneStalePages()],
  // Astro's log with a progress line every thousand pages instead of a line for each (the module says why).
  logger: { entrypoint: './src/integrations/build-log.mjs' },
  devToolbar: { enabled: false },
  // No Markdown is rendered; Shiki's inline styles would also conflict with the CSP.
  markdown: { syntaxHighlight: false },
});

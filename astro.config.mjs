// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/config.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  // Every page is a folder with index.html, and every link ends in "/": one URL per page on any host.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // `npm run build` builds into a staging folder and swaps it in only when the whole build succeeded.
  outDir: process.env.DIGEST_OUT_DIR || './dist',
  // Separate caches let tests build several sites side by side.
  cacheDir: process.env.DIGEST_CACHE_DIR || './node_modules/.astro',
  integrations: [sitemap(), pagefindIntegration({ splitBy: siteConfig.searchIndexSplit })],
  // A Content-Security-Policy <meta> on every page: only this site's own scripts run (Astro adds the
  // hashes of its bundles), so text from a listing can never execute even if it slipped into markup.
  // Pagefind needs 'wasm-unsafe-eval' to start its WebAssembly search engine.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
  // No Markdown is rendered; Shiki's inline styles would also conflict with the CSP.
  markdown: { syntaxHighlight: false },
});

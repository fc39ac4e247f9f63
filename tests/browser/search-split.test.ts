// The search index split by period (the default): a bundle for the newest month and bundles of closed
// days (here of one page each, SEARCH_BUNDLE_PAGES=1), merged in the browser, under a base path.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { buildSite, tempDir } from '../support/build-site.ts';
import { existsInDist } from '../support/dist.ts';
import { pageText, paperText } from '../support/fixture.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let server: StaticServer;
let dist: string;

beforeAll(async () => {
  const listings = path.join(tempDir('listings'), 'listings');
  mkdirSync(listings, { recursive: true });
  const abstract = (topic: string) => `We prune transformers for ${topic} and study the quokka effect.`;
  writeFileSync(path.join(listings, '2024-12-30.txt'), pageText('Dec 30', [paperText('Pruning Old Transformers', 'Dec 1', '  • 2 authors', abstract('translation'))]));
  writeFileSync(path.join(listings, '2025-01-02.txt'), pageText('Jan 2', [paperText('Pruning New Transformers', 'Dec 31, 2024', '  • 2 authors', abstract('vision'))]));
  writeFileSync(path.join(listings, '2025-02-03.txt'), pageText('Feb 3', [paperText('Pruning Newest Transformers', 'Feb 1', '  • 2 authors', abstract('speech'))]));
  const result = await buildSite({ listingsDir: listings, basePath: '/digest/', env: { SEARCH_BUNDLE_PAGES: '1' } });
  expect(result.status, result.output).toBe(0);
  dist = result.outDir;
  server = await serveStatic(dist, { basePath: '/digest/' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a search index split by period', () => {
  it('writes one bundle per period, the newest as the primary', () => {
    expect(existsInDist(dist, 'pagefind/pagefind.js')).toBe(true);
    expect(existsInDist(dist, 'pagefind-archive/2025-01-02/pagefind-entry.json')).toBe(true);
    expect(existsInDist(dist, 'pagefind-archive/2024-12-30/pagefind-entry.json')).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dist, 'pagefind/digest-indexes.json'), 'utf8')).bundles.map((bundle: { folder: string }) => bundle.folder)).toEqual(['pagefind/', 'pagefind-archive/2025-01-02/', 'pagefind-archive/2024-12-30/']);
    const primary = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(primary.languages.en.page_count).toBe(1);
  });

  it('finds papers of every period in one search', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}search/?q=quokka`);
      await page.waitForFunction(() => document.querySelectorAll('[data-search-results] .search-hit').length === 3, undefined, { timeout: 60_000 });
      const titles = await page.locator('[data-search-results] .search-hit a').allTextContents();
      expect(titles.sort()).toEqual(['Pruning New Transformers', 'Pruning Newest Transformers', 'Pruning Old Transformers']);
    } finally {
      await context.close();
    }
  });
});

// Searching the built sample site in a real browser: the header box, the search page with filters,
// a linked ?q= search, under the root and under BASE_PATH=/digest/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { digestOf } from '../support/digest.ts';
import { sharedSite, type SharedSiteName } from '../support/shared-site.ts';
import { recordWorkerMessages, workerMessages } from '../support/worker-messages.ts';
import { PRELOAD_FROM_LETTERS } from '../../src/client/search-archive.ts';
import { bytesFetched, serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const digest = digestOf();
const byId = new Map(digest.papers.map((paper) => [paper.id, paper]));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const idOf = (href: string) => href.split('/').at(-2)!;

describe.each([
  ['default', '/'],
  ['digest', '/digest/'],
] as [SharedSiteName, string][])('search on the %s site (BASE_PATH=%s)', (name, basePath) => {
  let server: StaticServer;
  let page: Page;
  beforeAll(async () => {
    server = await serveStatic(await sharedSite(name), { basePath });
  });
  afterAll(async () => {
    await server?.close();
  });

  const open = async (path: string) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}${path}`);
    return { context, errors };
  };
  // The search page has drawn the whole first page of results for `query` (the first screen comes ahead of it).
  const answered = (query: string) =>
    page.waitForFunction((value) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.shown === value, query, { timeout: 60_000 });

  it('the header box loads search only when used, finds the one paper with a rare word, and follows it', async () => {
    // "Treemap" occurs in one abstract only, never in a title.
    const holders = digest.papers.filter((paper) => /\btreemap\b/i.test(paper.abstract));
    expect(holders.map((paper) => paper.id)).toEqual(['fat-polygonal-partitions-with-applications-to-visualization-and-embeddings']);
    expect(holders[0].title).not.toMatch(/treemap/i);

    const { context, errors } = await open('days/2025-12-09/');
    try {
      const pagefindRequests = () => server.requests.filter((request) => request.path.startsWith(`${basePath}pagefind/`));
      expect(pagefindRequests()).toEqual([]);
      const box = page.getByRole('combobox', { name: 'Search papers' });
      await box.fill('treemap');
      const first = page.locator('[data-search-popup] [role="option"] .search-hit-title').first();
      await first.waitFor();
      expect(await first.textContent()).toBe(holders[0].title);
      const bytes = bytesFetched(pagefindRequests());
      expect(bytes).toBeGreaterThan(0);
      console.log(`[measure] first header search (${name}): ${pagefindRequests().length} requests, ${bytes} bytes from /pagefind/`);
      await first.click();
      await page.waitForURL(`${server.url}papers/${holders[0].id}/`);
      expect(await page.locator('h1').textContent()).toBe(holders[0].title);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the search page reads ?q=, and a topic filter narrows the results to that topic', async () => {
    const { context, errors } = await open('search/?q=pruning');
    try {
      const hits = page.locator('[data-search-results] .search-hit a');
      await answered('pruning');
      expect(await page.getByRole('searchbox', { name: 'Words to find' }).inputValue()).toBe('pruning');
      const all = (await hits.evaluateAll((links) => links.map((link) => link.getAttribute('href')!))).map(idOf);
      expect(all.length).toBeGreaterThan(5);
      expect(all.every((id) => byId.has(id))).toBe(true);

      const topic = digest.topics.find((candidate) => candidate.slug === 'tree-search-and-planning')!;
      const expected = all.filter((id) => byId.get(id)!.topics.includes(topic.slug));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.length);
      await page.getByLabel('Topic').selectOption(topic.name);
      await page.waitForFunction((count) => document.querySelectorAll('[data-search-results] .search-hit').length === count, expected.length);
      const filtered = (await hits.evaluateAll((links) => links.map((link) => link.getAttribute('href')!))).map(idOf);
      expect([...filtered].sort()).toEqual([...expected].sort());
      expect(new URL(page.url()).searchParams.get('topic')).toBe(topic.name);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the search page fetches the index chunks of a word while it is still being typed, before searching', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // What the page asks of Pagefind's worker, in order (preload fetches a word's chunks; search runs it).
    await recordWorkerMessages(context);
    page = await context.newPage();
    try {
      await page.goto(`${server.url}search/`);
      await page.waitForLoadState('networkidle');
      await page.getByRole('searchbox', { name: 'Words to find' }).pressSequentially('treemap', { delay: 20 });
      // The whole word's answer: on a busy machine a pause between two keys may search a prefix first.
      await answered('treemap');
      const asked = (await workerMessages(page)).filter((line) => /^(preload|search) /.test(line));
      const firstSearch = asked.findIndex((line) => line.startsWith('search treemap'));
      expect(firstSearch, asked.join('\n')).toBeGreaterThan(0);
      expect(asked.slice(0, firstSearch), asked.join('\n')).toContain('preload treemap');
      // Nothing before the word has PRELOAD_FROM_LETTERS letters: a shorter prefix's chunks are often not the word's.
      const preloaded = asked.filter((line) => line.startsWith('preload ')).map((line) => line.slice('preload '.length));
      expect(preloaded.filter((word) => word.length < PRELOAD_FROM_LETTERS), asked.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('sorts by upvotes and shows date and upvotes in results', async () => {
    const { context } = await open('search/?q=reasoning&sort=upvotes');
    try {
      const meta = page.locator('[data-search-results] .search-hit-meta');
      await answered('reasoning');
      const upvotes = (await meta.allTextContents()).map((text) => Number(/(\d+) upvotes?/.exec(text)?.[1] ?? 0));
      expect(upvotes.length).toBeGreaterThan(3);
      expect(upvotes).toEqual([...upvotes].sort((a, b) => b - a));
      // Dates read as on the rest of the site ("24 March 2022"), not as ISO dates.
      expect(await meta.first().textContent()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4} · \d+ upvotes?$/);
    } finally {
      await context.close();
    }
  });
});

// Search worth using: whole words match whole words, excerpts show the abstract with the matched words
// marked, 20 more results on demand, dates and counts written as on the rest of the site, the same
// results in the header box and on /search/, and nothing on the page jumps while results arrive.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/util/dates/format-date.ts';
import { count } from '../../src/text/count.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { buildSite, projectRoot, tempDir } from '../support/build-site.ts';
import { digestOf } from '../support/digest.ts';
import { sharedSite } from '../support/shared-site.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const wordsListings = path.join(projectRoot, 'tests/fixtures/search-words');
const digest = digestOf();
let browser: Browser;
let sample: StaticServer;
let words: StaticServer;

beforeAll(async () => {
  const built = await buildSite({ listingsDir: wordsListings, outDir: path.join(tempDir('search-words'), 'dist') });
  expect(built.status, built.output).toBe(0);
  words = await serveStatic(built.outDir);
  sample = await serveStatic(await sharedSite('default'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await sample?.close();
  await words?.close();
});

async function open(server: StaticServer, url: string, width = 1280): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}${url}`);
  return { page, errors, close: () => context.close() };
}

const pageTitles = async (page: Page) => {
  await page.waitForFunction(() => /found|No papers/.test(document.querySelector('[data-search-page] [data-search-status]')?.textContent ?? ''));
  return page.locator('[data-search-results] .search-hit-title a').allTextContents();
};

async function headerTitles(page: Page, query: string): Promise<string[]> {
  const box = page.getByRole('combobox', { name: 'Search papers' });
  await box.fill(query);
  await page.waitForFunction((value) => document.querySelector<HTMLElement>('[data-search-popup]')?.dataset.shown === value, query);
  return page.locator('[data-search-popup] [role="option"] .search-hit-title').allTextContents();
}

describe('whole words', () => {
  const diffusionPapers = ['Denoising Diffusion for Protein Structures', 'Latent Diffusion Without Autoencoders'];

  it('"diffusion" finds the diffusion papers, not DeepDiff or TensorDiff, on the search page and in the header', async () => {
    const { page, errors, close } = await open(words, 'search/?q=diffusion');
    try {
      expect((await pageTitles(page)).sort()).toEqual(diffusionPapers);
      expect((await headerTitles(page, 'diffusion')).sort()).toEqual(diffusionPapers);
      expect((await headerTitles(page, 'diffusion ')).sort()).toEqual(diffusionPapers);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a word still being typed finds the longer words it starts', async () => {
    const { page, close } = await open(words, 'days/2025-12-11/');
    try {
      expect((await headerTitles(page, 'diffu')).sort()).toEqual(diffusionPapers);
      // Once finished (a space after it), "diff" is a word of its own: it is part of DeepDiff and TensorDiff only.
      expect(await headerTitles(page, 'diff ')).not.toContain('Latent Diffusion Without Autoencoders');
    } finally {
      await close();
    }
  });

  it.each(['pruning', 'tree search', 'reasoning', 'graph'])('the header box shows the first results of /search/ for "%s", in the same order', async (query) => {
    const { page, close } = await open(sample, `search/?q=${encodeURIComponent(query)}`);
    try {
      const full = await pageTitles(page);
      expect(full.length).toBeGreaterThan(0);
      expect(await headerTitles(page, query)).toEqual(full.slice(0, 6));
      const status = await page.locator('[data-popup-status]').textContent();
      expect(status).toContain(`${full.length === 1 ? '1 paper' : `${Number((await page.locator('[data-search-page] [data-search-status]').textContent())?.match(/\d+/)?.[0])} papers`} found`);
      expect(await page.locator('[data-popup-more]').getAttribute('href')).toBe(`/search/?q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
    } finally {
      await close();
    }
  });
});

describe('results', () => {
  it('shows 20, then 20 more on "Show more", without repeats, and moves focus to the first new one', async () => {
    const { page, errors, close } = await open(sample, 'search/?q=model');
    try {
      await pageTitles(page);
      const status = page.locator('[data-search-page] [data-search-status]');
      const total = Number((await status.textContent())!.match(/^([\d,]+) papers found/)![1].replaceAll(',', ''));
      expect(total).toBeGreaterThan(20);
      const hits = page.locator('[data-search-results] .search-hit');
      expect(await hits.count()).toBe(20);
      expect(await status.textContent()).toBe(`${count(total, 'paper')} found, showing 20.`);
      const more = page.getByRole('button', { name: /^Show \d+ more$/ });
      expect(await more.textContent()).toBe(`Show ${Math.min(20, total - 20)} more`);
      await more.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((count) => document.querySelectorAll('[data-search-results] .search-hit').length === count, Math.min(40, total));
      const hrefs = await page.locator('[data-search-results] .search-hit-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(new Set(hrefs).size).toBe(hrefs.length);
      expect(await page.evaluate(() => document.activeElement?.closest('.search-hit') === document.querySelectorAll('[data-search-results] .search-hit')[20])).toBe(true);
      if (total <= 40) expect(await more.isHidden()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('excerpts come from the abstract, with the matched words marked, and dates and upvotes as elsewhere on the site', async () => {
    const { page, close } = await open(sample, 'search/?q=treemap');
    try {
      expect(await pageTitles(page)).toHaveLength(1);
      const paper = digest.papers.find((candidate) => /\btreemap\b/i.test(candidate.abstract))!;
      const excerpt = page.locator('[data-search-results] .search-hit-excerpt').first();
      const marks = await excerpt.locator('mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark.toLowerCase()).toContain('treemap');
      const tags = await excerpt.locator('*').evaluateAll((elements) => elements.map((element) => element.tagName));
      expect(new Set(tags)).toEqual(new Set(['MARK']));
      const text = (await excerpt.textContent())!;
      expect(text).not.toContain(paper.title);
      expect(text).not.toMatch(/\d+ authors|Published|upvotes?\./);
      const abstractWords = paper.abstract.replace(/\s+/g, ' ');
      expect(abstractWords).toContain(text.replace(/^… | …$/g, ''));
      // As on the cards: "1 upvote", "2 upvotes", nothing for none.
      const upvotes = paper.upvotes === 0 ? '' : paper.upvotes === 1 ? ' · 1 upvote' : ` · ${paper.upvotes} upvotes`;
      expect(await page.locator('[data-search-results] .search-hit-meta').first().textContent()).toBe(`${formatDate(paper.published)}${upvotes}`);
    } finally {
      await close();
    }
  });

  it('writes "1 upvote" for one upvote', async () => {
    const single = digest.papers.find((paper) => paper.upvotes === 1)!;
    const { page, close } = await open(sample, `search/?q=${encodeURIComponent(single.title)}`);
    try {
      await pageTitles(page);
      const hit = page.locator('[data-search-results] .search-hit').filter({ has: page.getByRole('link', { name: single.title, exact: true }) });
      expect(await hit.locator('.search-hit-meta').textContent()).toBe(`${formatDate(single.published)} · 1 upvote`);
    } finally {
      await close();
    }
  });

  it('says "1 paper found" for a single result', async () => {
    const { page, close } = await open(sample, 'search/?q=treemap');
    try {
      await pageTitles(page);
      expect(await page.locator('[data-search-page] [data-search-status]').textContent()).toBe('1 paper found.');
    } finally {
      await close();
    }
  });
});

describe('a calm page', () => {
  it.each([375, 1280])('at %i px, results arriving shift the layout by at most 0.02', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { __shifts: number[] }).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${sample.url}search/?q=pruning`);
      await pageTitles(page);
      // Let the browser paint the results and report any shift they caused.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
      const total = shifts.reduce((sum, value) => sum + value, 0);
      console.log(`[measure] search page layout shift at ${width} px: ${total.toFixed(4)} (${shifts.length} entries)`);
      expect(total).toBeLessThanOrEqual(0.02);
    } finally {
      await context.close();
    }
  });

  it('has headings in order and no link without an address, before and after searching', async () => {
    const { page, close } = await open(sample, 'search/?q=pruning');
    try {
      const check = async () => {
        const levels = await page.locator('h1, h2, h3, h4').evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
        expect(levels[0]).toBe(1);
        for (let index = 1; index < levels.length; index++) expect(levels[index] - levels[index - 1], `levels ${levels.join(',')}`).toBeLessThanOrEqual(1);
        expect(await page.locator('a:not([href])').count()).toBe(0);
      };
      await pageTitles(page);
      await check();
      await headerTitles(page, 'tree');
      await check();
    } finally {
      await close();
    }
  });
});

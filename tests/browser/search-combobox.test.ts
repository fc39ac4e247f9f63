// The header search box as a WAI-ARIA combobox (listbox popup), and Back to the search page restoring what
// was loaded and where the reader was. On the multi-year archive of tests/fixtures/search-archive.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, launchBrowser, runAxe, seriousViolations } from '../../scripts/lib/browser.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const built = await buildSite({ listingsDir: path.join(projectRoot, 'tests/fixtures/search-archive') });
  expect(built.status, built.output).toBe(0);
  server = await serveStatic(built.outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function withPage(run: (page: Page, errors: string[]) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await run(page, errors);
  } finally {
    await context.close();
  }
}

async function typeInHeader(page: Page, text: string) {
  const box = page.getByRole('combobox', { name: 'Search papers' });
  await box.focus();
  await box.fill(text);
  await page.waitForFunction((value) => document.querySelector<HTMLElement>('[data-search-popup]')?.dataset.shown === value, text, { timeout: 60_000 });
  return box;
}

const activeOption = (page: Page) => page.evaluate(() => {
  const box = document.getElementById('site-search')!;
  const id = box.getAttribute('aria-activedescendant');
  const selected = [...document.querySelectorAll('[role="option"][aria-selected="true"]')].map((option) => option.id);
  return { id, selected, focus: document.activeElement?.id, outline: id ? getComputedStyle(document.getElementById(id)!).outlineStyle : undefined };
});

describe('the header box', () => {
  it('is a combobox: arrows move a visible highlight, Enter opens the highlighted paper', async () => {
    await withPage(async (page, errors) => {
      await page.goto(`${server.url}days/2026-08-18/`);
      const box = await typeInHeader(page, 'model');
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      const listbox = page.getByRole('listbox', { name: 'Papers found' });
      expect(await box.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));
      const options = listbox.getByRole('option');
      expect(await options.count()).toBe(6);
      // The count is announced by a live region that is always in the page.
      expect(await page.getByRole('status').filter({ hasText: /papers found/ }).textContent()).toMatch(/^\d{1,3}(,\d{3})* papers found$/);

      expect((await activeOption(page)).id).toBeNull();
      await page.keyboard.press('ArrowDown');
      const ids = await options.evaluateAll((all) => all.map((option) => option.id));
      expect(await activeOption(page)).toEqual({ id: ids[0], selected: [ids[0]], focus: 'site-search', outline: 'solid' });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect((await activeOption(page)).selected).toEqual([ids[2]]);
      await page.keyboard.press('ArrowUp');
      expect((await activeOption(page)).selected).toEqual([ids[1]]);

      const axe = seriousViolations(await runAxe(page));
      expect(axe, formatViolations(axe)).toEqual([]);

      const href = await options.nth(1).getAttribute('data-href');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${server.url.replace(/\/$/, '')}${href}`);
      expect(errors).toEqual([]);
    });
  });

  it('Escape closes the popup and keeps focus in the box; Enter without a highlight opens the search page', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}days/2026-08-18/`);
      const box = await typeInHeader(page, 'speech');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Escape');
      expect(await page.locator('[data-search-popup]').isHidden()).toBe(true);
      expect(await box.getAttribute('aria-expanded')).toBe('false');
      expect(await box.getAttribute('aria-activedescendant')).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      expect(await box.inputValue()).toBe('speech');
      // ArrowDown opens it again.
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('[data-search-popup]').isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'speech');
    });
  });

  it('an arXiv id pasted goes straight to its paper on Enter', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}days/2026-08-18/`);
      await typeInHeader(page, 'https://arxiv.org/abs/2410.12381v2');
      const options = page.getByRole('option');
      expect(await options.count()).toBe(1);
      expect((await activeOption(page)).selected).toEqual([await options.first().getAttribute('id')]);
      const href = await options.first().getAttribute('data-href');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${server.url.replace(/\/$/, '')}${href}`);
      expect(await page.locator('h1').textContent()).toMatch(/^HumanEval-V/);
    });
  });

  it('says so when nothing matches, and offers the near spelling', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}days/2026-08-18/`);
      await typeInHeader(page, 'transfomer');
      expect(await page.locator('[data-popup-note]').textContent()).toBe('No papers match “transfomer”. Did you mean “transformer”?');
      expect(await page.getByRole('option').count()).toBe(0);
      expect(await page.locator('[data-popup-more]').getAttribute('href')).toBe('/search/?q=transformer');
    });
  });
});

describe('Back to the search page', () => {
  it('restores the query, filters, sort, every loaded result and the scroll position', async () => {
    await withPage(async (page, errors) => {
      await page.goto(`${server.url}search/?q=model&year=2026&sort=upvotes`);
      await page.waitForFunction(() => document.querySelector('[data-search-page]')?.hasAttribute('data-shown'), undefined, { timeout: 60_000 });
      await page.getByRole('button', { name: /^Show \d+ more$/ }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-search-results] .search-hit').length > 20, undefined, { timeout: 60_000 });
      const loaded = await page.locator('[data-search-results] .search-hit-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(loaded.length).toBeGreaterThan(20);
      const target = page.locator('[data-search-results] .search-hit-title a').nth(loaded.length - 2);
      await target.scrollIntoViewIfNeeded();
      const scrollY = await page.evaluate(() => window.scrollY);
      expect(scrollY).toBeGreaterThan(500);
      await target.click();
      await page.waitForURL((url) => url.pathname.startsWith('/papers/'));

      const check = async () => {
        await page.waitForFunction((count) => document.querySelectorAll('[data-search-results] .search-hit').length === count, loaded.length, { timeout: 60_000 });
        expect(await page.locator('[data-search-results] .search-hit-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(loaded);
        expect(await page.getByRole('searchbox', { name: 'Words to find' }).inputValue()).toBe('model');
        expect(await page.getByLabel('Year').inputValue()).toBe('2026');
        expect(await page.getByLabel('Order').inputValue()).toBe('upvotes');
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollY - 50);
        expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThan(50);
      };
      await page.goBack();
      await check();
      // The same without the browser's page cache: the page rebuilds itself from its history entry.
      await page.reload();
      await check();
      expect(errors).toEqual([]);
    });
  });
});

// The reader's own tools in a real browser, across a rebuild: save and remove from a card and a paper
// page, the saved page after a reload and after a rebuild that drops a paper, BibTeX copied and exported
// (read back by a real BibTeX parser, hostile title included), CSV export, papers new since the last visit
// once a new day is built, the reading keys, and axe on every new control.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, launchBrowser, runAxe } from '../../scripts/lib/browser.ts';
import { buildSite, fixtureListings, outputRoot, tempDir } from '../support/build-site.ts';
import { digestOf } from '../support/digest.ts';
import { apiItem } from '../support/fixture.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const screenshots = path.join(outputRoot, 'screenshots', 'reader-tools');
mkdirSync(screenshots, { recursive: true });
/** Screenshots at a phone's and a laptop's width, to look at (tests/.output/screenshots/reader-tools). */
async function shoot(name: string) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(screenshots, `${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const HOSTILE_TITLE = 'Closing } brace, \\input{x} 100% & @misc{evil, $x$';
const root = tempDir('reader-tools');
const outDir = path.join(root, 'dist');
let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;

/** Listing folders: before (7, 8 and 9 December) and after the rebuild (8 December dropped, 10 December new). */
function listings(name: string, days: string[]): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const day of days) {
    const file = ['2025-12-08.json', '2025-12-09.txt', '2025-12-10.txt'].find((candidate) => candidate.startsWith(day));
    if (file) copyFileSync(path.join(fixtureListings, file), path.join(dir, file));
  }
  writeFileSync(path.join(dir, '2025-12-07.json'), JSON.stringify([apiItem({ id: '2512.00777', title: HOSTILE_TITLE, publishedAt: '2025-12-06T10:00:00.000Z' })], null, 2));
  return dir;
}

const before = listings('before', ['2025-12-07', '2025-12-08', '2025-12-09']);
const after = listings('after', ['2025-12-07', '2025-12-09', '2025-12-10']);
const digestBefore = digestOf(before);
const digestAfter = digestOf(after);
const dropped = digestBefore.papers.find((paper) => !digestAfter.papers.some((other) => other.id === paper.id))!;
const hostile = digestBefore.papers.find((paper) => paper.title === HOSTILE_TITLE)!;
const day9 = digestBefore.days.find((day) => day.date === '2025-12-09')!;

async function build(listingsDir: string) {
  const result = await buildSite({ listingsDir, outDir });
  expect(result.status, result.output).toBe(0);
}

beforeAll(async () => {
  await build(before);
  server = await serveStatic(outDir);
  browser = await launchBrowser();
  // One context for the whole file: its localStorage is the reader's, kept across pages and the rebuild.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
}, 600_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const card = (id: string) => page.locator(`#paper-${id}`);
const saveIn = (scope: ReturnType<Page['locator']>) => scope.locator('button[data-save]');
const status = () => page.locator('[data-reader-status]');

describe('saving papers', () => {
  it('shows an empty reading list as such, without the buttons that act on saved papers', async () => {
    await page.goto(`${server.url}saved/`);
    await expect.poll(() => page.locator('[data-saved-page][data-checked]').count()).toBe(1);
    await expect.poll(() => page.locator('[data-saved-page]').innerText()).toMatch(/No saved papers yet/);
    // Hidden in the markup and kept hidden on screen, whatever display the buttons' row has.
    expect(await page.locator('[data-saved-actions]').getAttribute('hidden')).not.toBeNull();
    expect(await page.locator('[data-saved-actions]').boundingBox()).toBeNull();
  });

  it('saves and unsaves from a card, announcing each, and remembers it after a reload', async () => {
    await page.goto(`${server.url}days/2025-12-09/`);
    const button = saveIn(card(day9.papers[0]));
    await expect.poll(() => button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => status().textContent()).toMatch(/^Saved “.+” to your reading list$/);
    await page.reload();
    await expect.poll(() => saveIn(card(day9.papers[0])).getAttribute('aria-pressed')).toBe('true');
    await saveIn(card(day9.papers[0])).click();
    await expect.poll(() => status().textContent()).toMatch(/^Removed/);
    await page.reload();
    await expect.poll(() => saveIn(card(day9.papers[0])).getAttribute('aria-pressed')).toBe('false');
  });

  it('saves with the keyboard: j moves to a paper, s saves it', async () => {
    await page.goto(`${server.url}days/2025-12-09/`);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`paper-${day9.papers[1]}`);
    await page.keyboard.press('s');
    await expect.poll(() => saveIn(card(day9.papers[1])).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`paper-${day9.papers[0]}`);
  });

  it('saves from a paper page, and copies its BibTeX', async () => {
    for (const paper of [dropped, hostile]) {
      await page.goto(`${server.url}papers/${paper.id}/`);
      const button = page.locator('.paper-actions button[data-save]');
      await expect.poll(() => button.isVisible()).toBe(true);
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
    }
    await page.locator('.cite summary').click();
    await shoot('paper-page-bibtex');
    await page.locator('button[data-copy-bibtex]').click();
    await expect.poll(() => status().textContent()).toBe('BibTeX copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const library = parse(copied, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries[0].fields.title).toBe(HOSTILE_TITLE);
    expect(library.entries[0].fields.eprint).toBe('2512.00777');
  });

  it('lists the saved papers newest saved first, and exports them as BibTeX and CSV', async () => {
    await page.goto(`${server.url}saved/`);
    const titles = page.locator('.saved-item .saved-title');
    await expect.poll(() => titles.count()).toBe(3);
    // Titles as the archive has them, once the list has been checked against it ("$x$", not the formula's text).
    await expect.poll(() => page.locator('[data-saved-page][data-checked]').count()).toBe(1);
    expect(await titles.allTextContents()).toEqual([HOSTILE_TITLE, dropped.title, digestBefore.papers.find((paper) => paper.id === day9.papers[1])!.title]);
    const [bib] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="bibtex"]').click()]);
    const library = parse(readFileSync((await bib.path())!, 'utf8'), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => entry.fields.title)).toEqual([HOSTILE_TITLE, dropped.title, digestBefore.papers.find((paper) => paper.id === day9.papers[1])!.title]);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="csv"]').click()]);
    const lines = readFileSync((await csv.path())!, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,title,authors,published,arxiv_id,url,saved_at,in_archive');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`"${HOSTILE_TITLE.replace(/"/g, '""')}"`);
    await shoot('saved');
  });

  it('has no accessibility problem on the saved page or a paper page with its controls', async () => {
    for (const url of ['saved/', `papers/${hostile.id}/`, 'days/2025-12-09/']) {
      await page.goto(`${server.url}${url}`);
      await page.locator('button[data-save]:not([hidden]), .saved-item').first().waitFor();
      const violations = await runAxe(page);
      expect(violations, `${url}: ${formatViolations(violations)}`).toEqual([]);
    }
  });
});

describe('after a rebuild with a new day and a day dropped', () => {
  it('marks the papers new since the last visit, with a count in the header and a way between them', async () => {
    await page.goto(`${server.url}`);
    // Leaving the home page (the 9 December digest) remembers that day as read.
    await page.goto(`${server.url}feeds/`);
    await build(after);
    await page.goto(`${server.url}`);
    const fresh = digestAfter.days[0].papers.filter((id) => digestAfter.papers.find((paper) => paper.id === id)!.days[0] === '2025-12-10');
    expect(fresh.length).toBeGreaterThan(1);
    await expect.poll(() => page.locator('.paper-card.is-new').count()).toBe(Math.min(fresh.length, 30));
    expect(await page.locator('.new-count').textContent()).toBe(`${Math.min(fresh.length, 30)} new since your last visit`);
    expect(await page.locator('.is-new .new-badge').first().getAttribute('href')).toBe(`#paper-${fresh[1]}`);
    await shoot('new-since-last-visit');
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it('marks nothing on a first visit', async () => {
    const other = await browser.newContext();
    try {
      const fresh = await other.newPage();
      await fresh.goto(server.url);
      await fresh.locator('.paper-card').first().waitFor();
      expect(await fresh.locator('.is-new, .new-count').count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('keeps a saved paper that left the archive, marked as such', async () => {
    await page.goto(`${server.url}saved/`);
    const item = page.locator(`.saved-item[data-paper="${dropped.id}"]`);
    await expect.poll(() => item.locator('.saved-missing').count()).toBe(1);
    expect(await item.locator('a.saved-title').count()).toBe(0);
    expect(await page.locator('.saved-item').count()).toBe(3);
    await shoot('saved-after-rebuild');
    await item.locator('.remove-button').click();
    await expect.poll(() => page.locator('.saved-item').count()).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('remove-button'))).toBe(true);
  });
});

describe('reading keys', () => {
  it('lists the keys on ?, takes no key while typing, and opens the current paper on o', async () => {
    await page.goto(`${server.url}days/2025-12-09/`);
    await page.locator('#site-search').fill('');
    await page.locator('#site-search').press('j');
    expect(await page.locator('#site-search').inputValue()).toBe('j');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    const dialog = page.locator('dialog.keys-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('kbd').allTextContents()).toEqual(['j', 'k', 's', 'o', '?']);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.keyboard.press('j');
    await page.keyboard.press('o');
    await page.waitForURL(`**/papers/${day9.papers[0]}/`);
  });
});

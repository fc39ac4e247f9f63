// Every page template on a realistic archive: real Hugging Face days (tests/fixtures/real-archive: real API
// answers with TeX, 150-character URLs, 175-character titles, hidden authors; a day copied from the web page,
// whose papers have no arXiv id) beside a generated week at 50 papers a day (a week of 200 papers, split into
// pages). At 320, 375 and 1280 px in both schemes no page is wider than the screen and the scheme is applied,
// the calendar and the rows keep their parts visibly apart (boxes measured, not strings), a paper's hundreds
// of authors do not push its abstract off the first screen, and axe finds nothing at any impact level. Screenshots go to tests/.output/screenshots/layout.
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateListings } from '../../scripts/bench/generate-listings.mjs';
import type { Paper } from '../../src/collect/schema.ts';
import { formatViolations, launchBrowser, runAxe } from '../../scripts/lib/browser.ts';
import { buildSite, fixtureListings, outputRoot, projectRoot, tempDir } from '../support/build-site.ts';
import { digestOf } from '../support/digest.ts';
import { grouped } from '../../src/text/count.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const realDays = path.join(projectRoot, 'tests/fixtures/real-archive');
const pageCopy = '2025-12-09.txt';
const SEARCHED = 'reasoning';
const screenshots = path.join(outputRoot, 'screenshots', 'layout');
let browser: Browser;
let server: StaticServer;
let papers: Paper[] = [];

const longest = (score: (paper: Paper) => number) => papers.reduce((a, b) => (score(b) > score(a) ? b : a));
const mostAuthors = () => longest((paper) => paper.authors?.length ?? 0);
const longestWord = (text: string) => Math.max(...text.split(/\s+/).map((word) => word.length));

beforeAll(async () => {
  const root = tempDir('layout');
  const listings = path.join(root, 'listings');
  generateListings({ papers: 7 * 50, dir: listings, perDay: 50 });
  cpSync(realDays, listings, { recursive: true });
  cpSync(path.join(fixtureListings, pageCopy), path.join(listings, pageCopy));
  papers = digestOf(listings).papers;
  const result = await buildSite({ listingsDir: listings, outDir: path.join(root, 'dist') });
  expect(result.status, result.output).toBe(0);
  server = await serveStatic(result.outDir);
  browser = await launchBrowser();
  mkdirSync(screenshots, { recursive: true });
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function templates(): [string, string][] {
  const url = longest((paper) => Math.max(0, ...paper.links.map((link) => link.length)));
  const word = longest((paper) => longestWord(`${paper.title} ${paper.abstract}`));
  const title = longest((paper) => paper.title.length);
  const tex = papers.find((paper) => /\$[^$]+\$/.test(paper.abstract))!;
  const summary = papers.find((paper) => paper.aiSummary && paper.keywords.length > 0 && paper.codeUrl)!;
  const topic = papers.find((paper) => paper.days[0].startsWith('2020-01') && paper.topics.length > 0)!.topics[0];
  const idless = papers.find((paper) => !paper.arxivId && paper.days.includes(pageCopy.slice(0, 10)))!;
  const authors = mostAuthors();
  return [
    ['home', ''],
    ['calendar', 'days/'],
    ['real-day', 'days/2025-12-19/'],
    ['generated-day', 'days/2020-01-06/'],
    ['week', 'weeks/2020-W02/'],
    ['week-page-2', 'weeks/2020-W02/2/'],
    ['month', 'months/2024-06/'],
    ['weeks', 'weeks/'],
    ['months', 'months/'],
    ['topics', 'topics/'],
    ['topic', `topics/${topic}/`],
    ['topic-month', `topics/${topic}/2020-01/`],
    ['paper-longest-url', `papers/${url.id}/`],
    ['paper-longest-word', `papers/${word.id}/`],
    ['paper-longest-title', `papers/${title.id}/`],
    ['paper-tex', `papers/${tex.id}/`],
    ['paper-summary', `papers/${summary.id}/`],
    ['paper-without-arxiv-id', `papers/${idless.id}/`],
    ['paper-most-authors', `papers/${authors.id}/`],
    ['feeds', 'feeds/'],
    ['search', 'search/'],
    ['search-results', `search/?q=${SEARCHED}`],
    ['not-found', '404.html'],
  ];
}

/** Elements whose box reaches past the right edge of the viewport (hidden and off-screen helpers aside). */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      if (element.closest('.visually-hidden, .skip-link, [hidden]')) continue;
      out.push(`<${element.tagName.toLowerCase()} class="${element.className}"> right edge ${Math.round(box.right)} px`);
    }
    return { scroll: document.documentElement.scrollWidth - width, out: out.slice(0, 5) };
  });
}

/** Loads a template; a search waits until its first page of results is drawn. */
async function load(page: Page, url: string) {
  const response = await page.goto(`${server.url}${url}`);
  expect(response?.status(), url).toBe(200);
  if (url.startsWith('search/?q=')) {
    await page.waitForFunction((query) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.shown === query, SEARCHED, { timeout: 60_000 });
  }
}

async function open(url: string, width: number, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  await load(page, url);
  return { context, page };
}

/** The red channel of the page's background: dark under 60, light over 200. */
const backgroundRed = (page: Page) => page.evaluate(() => Number(getComputedStyle(document.body).backgroundColor.match(/\d+/)![0]));

describe.each([320, 375, 1280])('at %i px', (width) => {
  it('no template is wider than the screen in either colour scheme, whatever its text', async () => {
    // One page per width, each template loaded once and measured in both schemes (switched in place).
    const { context, page } = await open('', width, 'light');
    try {
      for (const [name, url] of templates()) {
        await load(page, url);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          const red = await backgroundRed(page);
          expect(colorScheme === 'dark' ? red < 60 : red > 200, `${name} (${url}) background in ${colorScheme}: red ${red}`).toBe(true);
          const { scroll, out } = await overflowing(page);
          expect(out, `${name} (${url}) at ${width} px, ${colorScheme}`).toEqual([]);
          expect(scroll, `${name} (${url}) scrolls sideways at ${width} px, ${colorScheme}`).toBeLessThanOrEqual(0);
          if (width !== 320) await page.screenshot({ path: path.join(screenshots, `${name}-${width}-${colorScheme}.png`) });
        }
      }
    } finally {
      await context.close();
    }
  });
});

describe('parts kept apart', () => {
  it('the calendar shows each day number above its count, in a month that fits 320 px, and weeks as targets a thumb can hit', async () => {
    const { context, page } = await open('days/', 320, 'light');
    try {
      const cells = await page.locator('.calendar td a').evaluateAll((links) =>
        links.map((link) => {
          const number = link.querySelector('.day-number')!.getBoundingClientRect();
          const count = link.querySelector('.day-count')!.getBoundingClientRect();
          return { number: { top: number.top, bottom: number.bottom }, count: { top: count.top }, name: link.textContent!.replace(/\s+/g, ' ').trim() };
        }),
      );
      expect(cells.length).toBeGreaterThan(15);
      for (const cell of cells) {
        expect(cell.count.top, cell.name).toBeGreaterThanOrEqual(cell.number.bottom - 0.5);
        // What a screen reader says contains what is shown, apart: "10 June 2024: 17 papers".
        expect(cell.name).toMatch(/^\d{1,2} \w+ \d{4}: \d+ papers?$/);
      }
      const tables = await page.locator('.calendar').evaluateAll((all) => all.map((element) => element.getBoundingClientRect().right));
      for (const right of tables) expect(right).toBeLessThanOrEqual(320);
      // A week's link is a target a thumb can hit (WCAG 2.2's 24 by 24 px at least), not a line of small text.
      const weeks = await page.locator('.calendar th[scope="row"] a').evaluateAll((links) => links.map((link) => link.getBoundingClientRect()).map(({ width, height }) => ({ width, height })));
      expect(weeks.length).toBeGreaterThan(3);
      for (const week of weeks) expect(Math.min(week.width, week.height)).toBeGreaterThanOrEqual(24);
    } finally {
      await context.close();
    }
  });

  it.each([375, 1280])('a row keeps rank, title, upvotes and details in boxes of their own at %i px', async (width) => {
    const { context, page } = await open('weeks/2020-W02/', width, 'dark');
    try {
      const rows = await page.locator('.paper-row').evaluateAll((all) =>
        all.slice(0, 40).map((row) => {
          const box = (selector: string) => {
            const found = row.querySelector(selector)?.getBoundingClientRect();
            return found && { left: found.left, right: found.right, top: found.top, bottom: found.bottom };
          };
          return { rank: box('.row-rank'), title: box('.row-title')!, votes: box('.row-votes'), meta: box('.row-meta')! };
        }),
      );
      expect(rows.length).toBe(40);
      for (const { rank, title, votes, meta } of rows) {
        expect(rank!.right).toBeLessThanOrEqual(title.left);
        if (votes && votes.right > votes.left) expect(votes.left).toBeGreaterThanOrEqual(title.right);
        expect(meta.top).toBeGreaterThanOrEqual(title.bottom - 0.5);
      }
    } finally {
      await context.close();
    }
  });
});

describe('accessibility of every template', () => {
  it('axe finds nothing at any impact level, each template at 375 px dark or 1280 px light in turn', async () => {
    // Two screens, each kept open as the templates take turns on them.
    const sizes = [[375, 'dark'], [1280, 'light']] as const;
    const screens = await Promise.all(sizes.map(([width, colorScheme]) => open('', width, colorScheme)));
    try {
      for (const [index, [name, url]] of templates().entries()) {
        const { page } = screens[index % 2];
        const [width, colorScheme] = sizes[index % 2];
        await load(page, url);
        const violations = await runAxe(page);
        expect(violations, `${name} (${url}) at ${width} px, ${colorScheme}: ${formatViolations(violations)}`).toEqual([]);
      }
    } finally {
      for (const { context } of screens) await context.close();
    }
  });
});

describe('a paper with hundreds of authors', () => {
  it('folds a list of hundreds of authors after the first names, so the abstract starts on the first screen', async () => {
    const paper = mostAuthors();
    const names = paper.authors!;
    expect(names.length).toBeGreaterThan(100);
    const { context, page } = await open(`papers/${paper.id}/`, 375, 'dark');
    try {
      const summary = page.locator('.author-list > summary');
      expect(await summary.innerText()).toBe(`${names.slice(0, 10).join(', ')} and ${names.length - 10} more authors`);
      const abstractTop = async () => (await page.locator('section.abstract').boundingBox())!.y;
      expect(await abstractTop()).toBeLessThan(900);
      // Every name stays in the page: the search's "by …" and a search for any author read them there.
      expect(await page.locator('[data-pagefind-meta="authors"]').textContent()).toBe(names.join(', '));
      await summary.click();
      expect(await summary.innerText()).toBe(`All ${names.length} authors`);
      await expect.poll(() => page.locator('[data-pagefind-meta="authors"]').isVisible()).toBe(true);
      expect(await abstractTop()).toBeGreaterThan(900);
      await page.screenshot({ path: path.join(screenshots, 'paper-most-authors-open-375-dark.png'), fullPage: false });
    } finally {
      await context.close();
    }
  });
});

describe('a topic, newest first', () => {
  it('dates each row by the day that placed it, so the dates read in order', async () => {
    const counts = new Map<string, number>();
    for (const paper of papers) for (const slug of paper.topics) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    const [busiest] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const { context, page } = await open(`topics/${busiest}/`, 375, 'light');
    try {
      const dates = await page.locator('.paper-row .row-meta time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
      expect(dates.length).toBeGreaterThan(10);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(await page.locator('.paper-row .row-meta').first().innerText()).toMatch(/ · listed \d{1,2} \w+ \d{4}/);
    } finally {
      await context.close();
    }
  });
});

describe('the code repository of a paper', () => {
  it('gives its stars when counted, and no "0 stars" when not', async () => {
    const unstarred = papers.find((paper) => paper.codeUrl && paper.githubStars === 0)!;
    const starred = papers.find((paper) => paper.codeUrl && (paper.githubStars ?? 0) > 1)!;
    const { context, page } = await open(`papers/${unstarred.id}/`, 1280, 'light');
    try {
      expect(await page.locator('.paper-actions .read-links').innerText()).toMatch(/Code$/);
      await load(page, `papers/${starred.id}/`);
      expect(await page.locator('.paper-actions .read-links').innerText()).toMatch(new RegExp(`Code \\(${grouped(starred.githubStars!)} stars\\)$`));
    } finally {
      await context.close();
    }
  });
});

describe('keyboard order on a desktop day page', () => {
  it('Tab reaches the first paper before any link of the day overview', async () => {
    const { context, page } = await open('days/2020-01-06/', 1280, 'light');
    try {
      let where = '';
      for (let press = 0; press < 25 && where !== 'paper'; press++) {
        await page.keyboard.press('Tab');
        where = await page.evaluate(() => (document.activeElement?.closest('.paper-card') ? 'paper' : document.activeElement?.closest('.glance') ? 'glance' : 'other'));
        expect(where).not.toBe('glance');
      }
      expect(where).toBe('paper');
    } finally {
      await context.close();
    }
  });
});

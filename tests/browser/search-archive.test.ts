// Search over a multi-year archive of real Hugging Face days (tests/fixtures/search-archive: seven API answers, 134 papers, from
// June 2024 to August 2026), built with bundles of at most 40 pages so that it has five, as a large archive has
// many: every sort and filter gives the archive's own order, whatever the bundles; authors, arXiv ids and
// phrases are found; a word that matches nothing says so. The bundled site keeps three papers' search texts in a
// file (SEARCH_TEXTS_PER_FILE=3): every result's text still has to be its own.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFor, type SortName } from '../../src/index/search-keys.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { digestOf } from '../support/digest.ts';
import { recordWorkerMessages, searchingWorkers, workerMessages } from '../support/worker-messages.ts';
import { workerCount } from '../../src/client/search-workers.ts';
import { FIRST_SCREEN } from '../../src/client/search-page.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const listings = path.join(projectRoot, 'tests/fixtures/search-archive');
const digest = digestOf(listings);
const papers = digest.papers;
const byId = new Map(papers.map((paper) => [paper.id, paper]));
const topicName = new Map(digest.topics.map((topic) => [topic.slug, topic.name]));

let browser: Browser;
let split: StaticServer;
let single: StaticServer;
let splitDist: string;

beforeAll(async () => {
  const [bundled, whole] = [await buildSite({ listingsDir: listings, env: { SEARCH_BUNDLE_PAGES: '40', SEARCH_TEXTS_PER_FILE: '3' } }), await buildSite({ listingsDir: listings, env: { SEARCH_INDEX_SPLIT: 'none' } })];
  expect(bundled.status, bundled.output).toBe(0);
  expect(whole.status, whole.output).toBe(0);
  splitDist = bundled.outDir;
  split = await serveStatic(bundled.outDir);
  single = await serveStatic(whole.outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await split?.close();
  await single?.close();
});

async function withPage<T>(run: (page: Page, errors: string[]) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    return await run(page, errors);
  } finally {
    await context.close();
  }
}

const shownIds = (page: Page) => page.locator('[data-search-results] .search-hit-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/').at(-2)!));

/** Opens the search page with `params` and waits for its answer; with `all`, shows every result (`firstPage`: those shown before). */
async function search(page: Page, server: StaticServer, params: Record<string, string>, all = false): Promise<{ ids: string[]; status: string; firstPage: string[] }> {
  await page.goto(`${server.url}search/?${new URLSearchParams(params)}`);
  await page.waitForFunction(() => document.querySelector('[data-search-page]')?.hasAttribute('data-shown'), undefined, { timeout: 60_000 });
  const firstPage = await shownIds(page);
  const more = page.locator('[data-search-more]');
  while (all && (await more.isVisible())) {
    const before = (await shownIds(page)).length;
    await more.click();
    await page.waitForFunction((count) => document.querySelectorAll('[data-search-results] .search-hit').length > count, before, { timeout: 60_000 });
  }
  return { ids: await shownIds(page), status: (await page.locator('[data-search-status]').textContent()) ?? '', firstPage };
}

/** The archive's order for `sort`, as ids, computed from the listings. */
const inOrder = (ids: readonly string[], sort: SortName) => {
  const compare = compareFor(sort);
  const fields = (id: string) => ({ ...byId.get(id)!, firstListed: byId.get(id)!.days[0] });
  return ids.toSorted((a, b) => compare(fields(a), fields(b)));
};

describe('a multi-year archive in several bundles', () => {
  it('has several bundles spanning the years', () => {
    const manifest = JSON.parse(readFileSync(path.join(splitDist, 'pagefind/digest-indexes.json'), 'utf8'));
    expect(manifest.bundles.map((bundle: { period: string }) => bundle.period)).toEqual(['2026-08', '2026-05-20--2026-07-15', '2025-08-08', '2025-03-12', '2024-06-05--2024-10-17']);
    for (const { folder, pages } of manifest.bundles as { folder: string; pages: number }[]) {
      expect(readdirSync(path.join(splitDist, folder, 'fragment')), folder).toHaveLength(Math.ceil(pages / 3));
    }
  });

  it.each(['date', 'upvotes'] as const)('a year filter sorted by %s lists that year in the order computed from the listings', async (sort) => {
    await withPage(async (page, errors) => {
      for (const year of ['2024', '2025', '2026']) {
        const expected = inOrder(papers.filter((paper) => paper.published.startsWith(year)).map((paper) => paper.id), sort);
        expect(expected.length).toBeGreaterThan(20);
        const found = await search(page, split, { year, sort }, true);
        // The first screen is the first screen of the whole archive in that order…
        expect(found.firstPage).toEqual(expected.slice(0, 20));
        // …and so is every later one.
        expect(found.ids).toEqual(expected);
      }
      expect(errors).toEqual([]);
    });
  });

  it('a topic filter without words, newest first, merges every bundle in the listings order', async () => {
    const counts = new Map<string, number>();
    for (const paper of papers) for (const slug of paper.topics) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    const [slug] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const holding = papers.filter((paper) => paper.topics.includes(slug)).map((paper) => paper.id);
    await withPage(async (page) => {
      expect((await search(page, split, { topic: topicName.get(slug)! }, true)).ids).toEqual(inOrder(holding, 'date'));
      expect((await search(page, split, { topic: topicName.get(slug)!, sort: 'upvotes' }, true)).ids).toEqual(inOrder(holding, 'upvotes'));
    });
  });

  it.each(['date', 'upvotes'] as const)('words sorted by %s: the same papers as one index, in the order of the listings', async (sort) => {
    await withPage(async (page) => {
      for (const q of ['model ', 'speech ', 'reasoning model ']) {
        const whole = await search(page, single, { q, sort }, true);
        const found = await search(page, split, { q, sort }, true);
        expect(whole.ids.length).toBeGreaterThan(5);
        expect(found.ids).toEqual(inOrder(whole.ids, sort));
        expect(whole.ids).toEqual(found.ids);
      }
    });
  });

  it('best match ranks close to one index: the first paper among its first three, nearly the same first ten', async () => {
    // Pagefind scores within a bundle; rescaled to the archive (src/client/rank.ts) the order is close to a
    // single index, not identical (a word's variants and title matches keep their bundle's weights).
    await withPage(async (page) => {
      for (const q of ['model ', 'language ', 'reasoning ', 'agent ', 'benchmark ', 'speech ']) {
        const whole = (await search(page, single, { q })).ids;
        const found = (await search(page, split, { q })).ids;
        expect(whole.slice(0, 3), q).toContain(found[0]);
        expect(found.slice(0, 10).filter((id) => whole.slice(0, 10).includes(id)).length, q).toBeGreaterThanOrEqual(7);
      }
    });
  });
});

describe('what a search costs', () => {
  it('a word being typed is one Pagefind search per bundle; a finished word adds one exact search per bundle', async () => {
    const bundles = JSON.parse(readFileSync(path.join(splitDist, 'pagefind/digest-indexes.json'), 'utf8')).bundles.length;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await recordWorkerMessages(context);
    const page = await context.newPage();
    // The terms the page asks Pagefind's worker to search, in order (not the empty one that starts it).
    const asked = async () =>
      (await workerMessages(page)).filter((line) => line.startsWith('search ')).map((line) => line.slice('search '.length)).filter(Boolean);
    try {
      const typing = await search(page, split, { q: 'reasoning' });
      expect(typing.ids.length).toBeGreaterThan(5);
      expect(await asked()).toEqual(Array(bundles).fill('reasoning'));
      await search(page, split, { q: 'reasoning model' });
      expect((await asked()).sort()).toEqual([...Array(bundles).fill('"reasoning"'), ...Array(bundles).fill('reasoning model')]);
      // The bundles are searched side by side, in as many workers as the device's cores allow.
      const cores = await page.evaluate(() => navigator.hardwareConcurrency);
      expect(await searchingWorkers(page)).toBe(workerCount(bundles, cores));
      expect(await searchingWorkers(page)).toBeGreaterThan(1);
    } finally {
      await context.close();
    }
  });
});

describe('how soon results show', () => {
  it('the first screen’s texts are asked for in the same round as the check of each bundle’s first result', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await recordWorkerMessages(context);
    const page = await context.newPage();
    try {
      // A word as typed: each bundle's first text shows whether Pagefind found it or a shorter stand-in.
      const found = await search(page, split, { q: 'reasoning' });
      expect(found.ids.length).toBeGreaterThan(FIRST_SCREEN);
      const messages = await workerMessages(page);
      const firstAnswer = messages.findIndex((line) => line.startsWith('answered data '));
      expect(firstAnswer, messages.join('\n')).toBeGreaterThan(0);
      const askedAtOnce = new Set(messages.slice(0, firstAnswer).filter((line) => line.startsWith('data ')));
      // After the check, the page asks for the first screen's texts: they are already in the worker.
      const firstScreen = messages.slice(firstAnswer).filter((line) => line.startsWith('data ')).slice(0, FIRST_SCREEN);
      expect(firstScreen).toHaveLength(FIRST_SCREEN);
      expect(firstScreen.filter((line) => !askedAtOnce.has(line)), messages.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('what a reader types', () => {
  it('an author name finds that author’s papers, and says so', async () => {
    const expected = papers.filter((paper) => paper.authors?.includes('Chengsong Huang')).map((paper) => paper.id);
    expect(expected.length).toBeGreaterThan(0);
    await withPage(async (page) => {
      const found = await search(page, split, { q: 'Chengsong Huang' });
      expect([...found.ids].sort()).toEqual([...expected].sort());
      const byline = page.locator('[data-search-results] .search-hit-authors').first();
      expect(await byline.textContent()).toMatch(/^by .*Chengsong Huang/);
      expect(await byline.locator('mark').allTextContents()).toContain('Chengsong Huang');
      // The excerpt is the abstract, not the author list.
      const excerpt = await page.locator('[data-search-results] .search-hit-excerpt').first().textContent();
      expect(byId.get(found.ids[0])!.abstract.replace(/\s+/g, ' ')).toContain(excerpt!.replace(/^… | …$/g, '').split(' ').slice(0, 6).join(' '));
    });
  });

  it('an arXiv id, bare, versioned, with arXiv: or as a link, finds its paper alone', async () => {
    const paper = papers.find((candidate) => candidate.arxivId === '2410.12381')!;
    expect(paper).toBeDefined();
    await withPage(async (page) => {
      for (const q of ['2410.12381', '2410.12381v2', 'arXiv:2410.12381', 'https://arxiv.org/abs/2410.12381v1', 'https://arxiv.org/pdf/2410.12381', 'https://huggingface.co/papers/2410.12381']) {
        const found = await search(page, split, { q });
        expect(found.ids, q).toEqual([paper.id]);
        expect(found.status).toMatch(/^arXiv 2410\.12381/);
      }
      expect((await search(page, split, { q: '2410.99999' })).status).toBe('No paper with arXiv id 2410.99999 in this digest.');
    });
  });

  it('a word that matches nothing says so, with a near spelling when there is one', async () => {
    await withPage(async (page) => {
      for (const q of ['xyzzyqq', 'xyzzyqq ']) {
        const found = await search(page, split, { q });
        expect(found.ids).toEqual([]);
        expect(found.status).toBe('No papers match “xyzzyqq”.');
      }
      const typo = await search(page, split, { q: 'transfomer' });
      expect(typo.ids).toEqual([]);
      expect(typo.status).toBe('No papers match “transfomer”. Did you mean “transformer”?');
      const suggestion = page.locator('[data-search-suggestion]');
      await suggestion.click();
      await page.waitForFunction(() => document.querySelector('[data-search-page]')?.getAttribute('data-shown') === 'transformer', undefined, { timeout: 60_000 });
      expect((await shownIds(page)).length).toBeGreaterThan(0);
    });
  });

  it('one letter waits for a second', async () => {
    await withPage(async (page) => {
      const found = await search(page, split, { q: 'a' });
      expect(found.ids).toEqual([]);
      expect(found.status).toBe('Type at least two letters.');
    });
  });

  it('a phrase in quotes lists the papers holding it first, and says so', async () => {
    const phrase = /\bworld model\b/i;
    const holding = new Set(papers.filter((paper) => phrase.test(`${paper.title} ${paper.abstract}`.replace(/\s+/g, ' '))).map((paper) => paper.id));
    expect(holding.size).toBeGreaterThan(0);
    await withPage(async (page) => {
      const found = await search(page, split, { q: '"world model"' }, true);
      const first = found.ids.slice(0, holding.size);
      expect(new Set(first)).toEqual(holding);
      expect(found.ids.length).toBeGreaterThan(holding.size);
      expect(found.status).toContain(`with the phrase “world model” first`);
    });
  });
});

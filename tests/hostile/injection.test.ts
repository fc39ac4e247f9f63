// Nothing hostile runs: the markup corpus (tests/fixtures/hostile/markup) built and served, every page that
// shows its text opened in Chromium, searched for, and its feeds read by a feed reader. Markup in titles,
// abstracts and organisation names must stay text; no javascript:/data: link may appear; the Content-Security-
// Policy must block an inline script even if one got into a page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { isoWeek } from '../../src/util/dates/iso-week.ts';
import { digestOf } from '../support/digest.ts';
import { filesIn } from '../support/dist.ts';
import { readFeed } from '../support/feed-reader.ts';
import { hasFeedparser, noteFeedparserSkipped, parseFeed } from '../support/feedparser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { MARKUP_PAPERS } from './corpus.ts';
import { tokenize } from './html.ts';
import { markupListings, markupSite } from './sites.ts';

const digest = digestOf(markupListings);
const SCRIPT_TITLE = MARKUP_PAPERS.find((paper) => paper.title.endsWith('Script Tags in a Title'))!.title;
const BREAKOUT_TITLE = MARKUP_PAPERS.find((paper) => paper.title.endsWith('Attribute Breakout'))!.title;
const titles = new Set(MARKUP_PAPERS.map((paper) => paper.title));
const topicsShown = [...new Set(digest.papers.flatMap((paper) => paper.topics))].sort();

let browser: Browser;
let server: StaticServer;
let dist: string;

beforeAll(async () => {
  const build = await markupSite();
  if (build.status !== 0) throw new Error(`the markup corpus did not build:\n${build.output}`);
  dist = build.outDir;
  server = await serveStatic(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await server?.close();
});

declare global {
  interface Window {
    __pwned?: unknown;
    __violations?: string[];
  }
}

interface PageReport {
  pwned: string;
  csp: string | null;
  /** `a[href]`, `area[href]`, `form[action]` … whose URL is not http(s) or a same-site path. */
  unsafeUrls: string[];
  /** Attributes named on… anywhere in the document. */
  handlers: string[];
  /** Elements listing text could smuggle in: none of them belongs in our pages. */
  foreign: string[];
  violations: string[];
}

/** What a page holds that listing text could have turned into something live. */
function inspect(page: Page): Promise<PageReport> {
  return page.evaluate(() => {
    const unsafeUrls: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('[href], [src], [action], [formaction], [xlink\\:href]')) {
      for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
        const value = element.getAttribute(name);
        if (value === null) continue;
        const url = new URL(value, location.href);
        if (!['http:', 'https:'].includes(url.protocol)) unsafeUrls.push(`<${element.tagName.toLowerCase()} ${name}="${value}">`);
      }
    }
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => `<${element.tagName.toLowerCase()} ${attribute.name}>`),
    );
    const foreign = [...document.querySelectorAll('base, iframe, frame, object, embed, main img, main svg, main style, main form:not([role="search"]), main button:not([data-search-more]):not([data-save]):not([data-copy-bibtex]), meta[http-equiv="refresh"]')].map(
      (element) => element.outerHTML.slice(0, 120),
    );
    return {
      pwned: typeof window.__pwned,
      csp: document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? null,
      unsafeUrls,
      handlers,
      foreign,
      violations: window.__violations ?? [],
    };
  });
}

let page: Page;
const errors: string[] = [];

/** Opens a page in the shared tab (a new tab costs more than the page itself here), recording CSP violations and page errors from the first script on. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  if (!page) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__violations!.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
  }
  errors.length = 0;
  // 'load' waits for every image (an injected <img onerror> would have fired by then) and module script.
  const response = await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
  expect(response?.status(), url).toBe(200);
  return { page, errors };
}

function expectHarmless(report: PageReport, errors: string[], url: string): void {
  expect(report.pwned, `${url}: window.__pwned`).toBe('undefined');
  expect(report.unsafeUrls, url).toEqual([]);
  expect(report.handlers, url).toEqual([]);
  expect(report.foreign, url).toEqual([]);
  expect(report.violations, `${url}: CSP violations while loading`).toEqual([]);
  expect(errors, url).toEqual([]);
  expect(report.csp, `${url}: CSP meta`).toBeTruthy();
}

const cardTitles = (page: Page) => page.locator('.paper-card :is(h2, h3) > a').allInnerTexts();
const rowTitles = (page: Page) => page.locator('.paper-row > a').allInnerTexts();

describe('every page showing the hostile papers', () => {
  it('paper pages: the title is visible as text in <h1>, nothing runs', async () => {
    for (const paper of digest.papers) {
      const url = `papers/${paper.id}/`;
      const { page, errors } = await open(url);
      const heading = page.locator('h1');
      expect(await heading.isVisible(), url).toBe(true);
      expect(await heading.textContent(), url).toBe(paper.title);
      expect(titles.has(paper.title), paper.title).toBe(true);
      expectHarmless(await inspect(page), errors, url);
    }
  });

  it('day pages, the home page and the archive: every card title is text, nothing runs', async () => {
    for (const day of digest.days) {
      const url = `days/${day.date}/`;
      const { page, errors } = await open(url);
      const expected = day.papers.map((id) => digest.papers.find((paper) => paper.id === id)!.title);
      // innerText is what a reader sees (it drops nothing here: the titles hold no hidden text).
      expect((await cardTitles(page)).sort(), url).toEqual([...expected].sort());
      // Full abstracts (inside <details>) are text as well.
      await page.locator('details summary').evaluateAll((summaries) => summaries.forEach((summary) => (summary as HTMLElement).click()));
      expectHarmless(await inspect(page), errors, url);
    }
    for (const url of ['', 'days/', 'topics/', 'feeds/']) {
      const { page, errors } = await open(url);
      expectHarmless(await inspect(page), errors, url || '/');
    }
  });

  it(`topic, week and month pages (${topicsShown.length} topics): every row's title is text, nothing runs`, async () => {
    expect(topicsShown.length).toBeGreaterThan(1);
    for (const slug of topicsShown) {
      const expected = digest.papers.filter((paper) => paper.topics.includes(slug)).map((paper) => paper.title);
      const months = [...new Set(digest.papers.filter((paper) => paper.topics.includes(slug)).map((paper) => paper.days[0].slice(0, 7)))];
      for (const url of [`topics/${slug}/`, ...months.map((month) => `topics/${slug}/${month}/`)]) {
        const { page, errors } = await open(url);
        if (url.split('/').length === 4) expect((await rowTitles(page)).sort(), url).toEqual([...expected].sort());
        expectHarmless(await inspect(page), errors, url);
      }
    }
    for (const day of digest.days) {
      for (const url of [`weeks/${isoWeek(day.date)}/`, `months/${day.date.slice(0, 7)}/`]) {
        const { page, errors } = await open(url);
        expect((await rowTitles(page)).length, url).toBeGreaterThan(0);
        expectHarmless(await inspect(page), errors, url);
      }
    }
  });

  it('the search page lists every paper containing "pwned", their titles as text', async () => {
    const { page, errors } = await open('search/?q=pwned');
    const hits = page.locator('[data-search-results] .search-hit a');
    await hits.first().waitFor();
    const hostile = MARKUP_PAPERS.filter((paper) => paper.hostile).map((paper) => paper.title);
    expect((await hits.allTextContents()).sort()).toEqual(hostile.sort());
    // Excerpts keep Pagefind's <mark> highlights and nothing else.
    const tags = await page.locator('[data-search-results] .search-hit-excerpt *').evaluateAll((elements) => elements.map((element) => element.tagName));
    expect(tags.length).toBeGreaterThan(0);
    expect(new Set(tags)).toEqual(new Set(['MARK']));
    expectHarmless(await inspect(page), errors, 'search/?q=pwned');
  });

  it('the search page shows a hostile query as text and runs nothing', async () => {
    const query = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const url = `search/?q=${encodeURIComponent(query)}`;
    const { page, errors } = await open(url);
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 60_000 }).toMatch(/found|No papers match/);
    expect(await page.getByRole('searchbox', { name: 'Words to find' }).inputValue()).toBe(query);
    expectHarmless(await inspect(page), errors, url);
  });

  it('the search page finds the attribute-breakout paper by a plain word and shows its title exactly', async () => {
    const { page, errors } = await open('search/?q=Breakout');
    const first = page.locator('[data-search-results] .search-hit a').first();
    await first.waitFor();
    expect(await first.textContent()).toBe(BREAKOUT_TITLE);
    expect(await first.isVisible()).toBe(true);
    expectHarmless(await inspect(page), errors, 'search/?q=Breakout');
  });

  it('the header search box shows hostile titles as text too', async () => {
    const { page, errors } = await open('days/2025-12-09/');
    await page.getByRole('combobox', { name: 'Search papers' }).fill('onerror onload');
    const hit = page.locator('[data-search-popup] [role="option"] .search-hit-title').first();
    await hit.waitFor();
    expect(titles.has((await hit.textContent())!)).toBe(true);
    expectHarmless(await inspect(page), errors, 'header search');
  });
});

describe('the Content-Security-Policy', () => {
  it('is a <meta> on every page, allows no inline script and no plugins', () => {
    const pages = filesIn(dist, (file) => file.endsWith('.html'));
    const policies = new Set(
      pages.map((file) => {
        const meta = tokenize(readFileSync(path.join(dist, file), 'utf8')).elements.find(
          (element) => element.name === 'meta' && element.attributes['http-equiv']?.toLowerCase() === 'content-security-policy',
        );
        return meta?.attributes.content ?? `(none in ${file})`;
      }),
    );
    for (const policy of policies) {
      const directives = new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...values]) => [name, values]));
      expect(directives.get('script-src'), policy).toBeDefined();
      expect(directives.get('script-src'), policy).not.toContain("'unsafe-inline'");
      expect(directives.get('script-src'), policy).not.toContain("'unsafe-eval'");
      expect(directives.get('object-src'), policy).toEqual(["'none'"]);
      expect(directives.get('base-uri'), policy).toEqual(["'self'"]);
    }
  });

  it('blocks an inline script, an inline event handler and a javascript: URL injected into a hostile paper page', async () => {
    const paper = digest.papers.find((candidate) => candidate.title === SCRIPT_TITLE)!;
    const { page, errors } = await open(`papers/${paper.id}/`);
    const seen = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = "inline script"';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.__pwned = "inline handler"');
      image.src = '/no-such-image.png';
      document.body.append(image);
      const link = document.createElement('a');
      link.href = 'javascript:window.__pwned="javascript: URL"';
      document.body.append(link);
      link.click();
      // Reports arrive asynchronously: wait for the two the test needs, with a generous limit for a busy machine.
      const reported = () => ['script-src-elem inline', 'script-src-attr inline'].every((violation) => window.__violations!.includes(violation));
      for (let waited = 0; waited < 60_000 && !reported(); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      return window.__violations!;
    });
    console.log(`[csp] violations reported: ${seen.join('; ')}`);
    expect(await page.evaluate(() => typeof window.__pwned)).toBe('undefined');
    expect(seen).toEqual(expect.arrayContaining(['script-src-elem inline', 'script-src-attr inline']));
    expect(errors).toEqual([]);
  });
});

describe('feeds built from the hostile corpus', () => {
  const feeds = (): [string, string[]][] => [
    ['rss.xml', digest.papers.map((paper) => paper.title)],
    ...topicsShown.map((slug): [string, string[]] => [`topics/${slug}/rss.xml`, digest.papers.filter((paper) => paper.topics.includes(slug)).map((paper) => paper.title)]),
  ];
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

  it('are well-formed and carry every title exactly, markup included, as text', () => {
    for (const [feed, expected] of feeds()) {
      expect(readFeed(path.join(dist, feed)).items.map((item) => item.title).sort(), feed).toEqual([...expected].sort());
    }
  });

  it.skipIf(!hasFeedparser)('parse cleanly (bozo 0) with Debian’s feedparser too, titles exact', async () => {
    for (const [feed, expected] of feeds()) {
      const parsed = await parseFeed(path.join(dist, feed));
      expect(parsed.bozo, `${feed}: ${parsed.bozo_exception}`).toBe(0);
      expect(parsed.entries.map((entry) => entry.title).sort(), feed).toEqual([...expected].sort());
    }
  });
  it.runIf(!hasFeedparser)('notes that Debian’s feedparser is not installed (its extra check is skipped)', () => {
    noteFeedparserSkipped();
  });

  // Readers render <description> as HTML: the abstract must arrive as escaped text in <p> elements.
  it('carry every abstract as text: the feed reader reads it back with no element but <p>, word for word', () => {
    const problems: string[] = [];
    for (const item of readFeed(path.join(dist, 'rss.xml')).items) {
      const paper = digest.papers.find((candidate) => candidate.title === item.title)!;
      const { elements, texts } = tokenize(item.descriptionHtml ?? '');
      const foreign = elements.filter((element) => element.name !== 'p' && element.name !== 'br');
      if (foreign.length > 0) problems.push(`${paper.title}: elements ${foreign.map((element) => element.name).join(', ')}`);
      if (normalise(texts.join(' ')) !== normalise(paper.abstract)) problems.push(`${paper.title}: text differs:\n  ${normalise(texts.join(' '))}\n  ${normalise(paper.abstract)}`);
    }
    expect(problems).toEqual([]);
  });
});

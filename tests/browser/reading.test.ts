// A person reading the sample digest: a full abstract opened in place, a day's overview that lands on its
// cards, and a way out to every paper itself. Every template's fit at each width and scheme, and axe, are
// checked on a larger archive of real days in tests/browser/layout.test.ts.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { plainText } from '../../src/view/rich-text.ts';
import { digestOf } from '../support/digest.ts';
import { read } from '../support/dist.ts';
import { sharedSite } from '../support/shared-site.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const digest = digestOf();
let browser: Browser;
let server: StaticServer;
let dist: string;

beforeAll(async () => {
  dist = await sharedSite('default');
  server = await serveStatic(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('reading without leaving the page', () => {
  it('opens a full abstract in place, by keyboard', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}days/2025-12-09/`);
      const summary = page.locator('.paper-card details summary').first();
      const fullText = page.locator('.paper-card details').first().locator('p').first();
      expect(await fullText.isVisible()).toBe(false);
      await summary.focus();
      await page.keyboard.press('Enter');
      expect(await fullText.isVisible()).toBe(true);
      expect(await fullText.textContent()).toMatch(/inductive bias that helps OoD generalization/);
      expect(page.url()).toBe(`${server.url}days/2025-12-09/`);
    } finally {
      await context.close();
    }
  });
});

describe('a day at a glance', () => {
  const day = digest.days.find((candidate) => candidate.date === '2025-12-09')!;

  it('lists every paper of the day in order, each linking to its card, most upvoted first beside them', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}days/2025-12-09/`);
      const hrefs = await page.locator('.glance-list a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs).toEqual(day.papers.map((id) => `#paper-${id}`));
      for (const href of hrefs) expect(await page.locator(href!).count(), href!).toBe(1);
      const byId = new Map(digest.papers.map((paper) => [paper.id, paper]));
      const upvotes = day.papers.map((id) => byId.get(id)!.upvotes);
      const top = await page.locator('.glance-top a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.replace('#paper-', '')));
      expect(top.length).toBeGreaterThan(0);
      expect(top.map((id) => byId.get(id)!.upvotes)).toEqual([...upvotes].sort((a, b) => b - a).slice(0, top.length));
      // Beside the papers on a wide screen.
      const glance = (await page.locator('.glance').boundingBox())!;
      const list = (await page.locator('.paper-list').boundingBox())!;
      expect(glance.x).toBeGreaterThan(list.x + list.width - 1);
    } finally {
      await context.close();
    }
  });

  it.each([375, 1280])('at %i px, following an overview link by keyboard brings its card to the top of the screen', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}days/2025-12-09/`);
      const list = page.locator('.glance-list');
      if (width === 375) {
        // On a phone the list is folded under the most upvoted papers, so the first card is close; Enter opens it.
        expect(await list.isVisible()).toBe(false);
        expect((await page.locator('.paper-card').first().boundingBox())!.y).toBeLessThan(1600);
        await page.locator('.glance-all summary').focus();
        await page.keyboard.press('Enter');
      }
      expect(await list.isVisible()).toBe(true);
      for (const index of [0, Math.floor(day.papers.length / 2), day.papers.length - 1]) {
        const id = day.papers[index];
        await page.locator(`.glance-list a[href="#paper-${id}"]`).focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction((target) => location.hash === `#paper-${target}`, id);
        const card = page.locator(`#paper-${id}`);
        expect(await card.evaluate((element) => element.matches(':target'))).toBe(true);
        await expect.poll(async () => Math.round((await card.boundingBox())!.y)).toBeGreaterThanOrEqual(0);
        const { y } = (await card.boundingBox())!;
        // The last card may not reach the top of a long page's final screen, but it is on screen.
        expect(y, id).toBeLessThan(index === day.papers.length - 1 ? 800 : 40);
      }
    } finally {
      await context.close();
    }
  });

  it('offers the days before and after above and below the papers', async () => {
    const html = read(dist, 'days/2025-12-09/index.html');
    const pagers = html.match(/<nav class="day-pager"[\s\S]*?<\/nav>/g)!;
    expect(pagers).toHaveLength(2);
    for (const pager of pagers) {
      expect(pager).toContain('href="/days/2025-12-08/" rel="prev"');
      expect(pager).toContain('href="/days/2025-12-10/" rel="next"');
    }
    expect(html.indexOf(pagers[0])).toBeLessThan(html.indexOf('class="paper-list"'));
    expect(html.lastIndexOf(pagers[1])).toBeGreaterThan(html.lastIndexOf('class="paper-card"'));
  });
});

describe('a way out to every paper', () => {
  const unescape = (value: string) => value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const readLinks = (html: string) =>
    [...(html.match(/<p class="read-links">([\s\S]*?)<\/p>/)?.[1] ?? '').matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map(([, href, label]) => ({ href: unescape(href), label }));

  it('every paper page links to arXiv, its PDF and Hugging Face, or searches both for the exact title', () => {
    expect(digest.papers.some((paper) => paper.arxivId)).toBe(true);
    expect(digest.papers.some((paper) => !paper.arxivId)).toBe(true);
    for (const paper of digest.papers) {
      const links = readLinks(read(dist, `papers/${paper.id}/index.html`));
      if (paper.arxivId) {
        expect(links.slice(0, 3), paper.id).toEqual([
          { label: 'arXiv', href: `https://arxiv.org/abs/${paper.arxivId}` },
          { label: 'PDF', href: `https://arxiv.org/pdf/${paper.arxivId}` },
          { label: 'Hugging Face', href: `https://huggingface.co/papers/${paper.arxivId}` },
        ]);
      } else {
        const [arxiv, hf] = links.map((link) => ({ ...link, url: new URL(link.href) }));
        expect(arxiv.label, paper.id).toBe('Find on arXiv');
        expect(`${arxiv.url.origin}${arxiv.url.pathname}`).toBe('https://arxiv.org/search/');
        expect(arxiv.url.searchParams.get('query')).toBe(paper.title);
        expect(arxiv.url.searchParams.get('searchtype')).toBe('title');
        expect(hf.label).toBe('Find on Hugging Face');
        expect(`${hf.url.origin}${hf.url.pathname}`).toBe('https://huggingface.co/papers');
        expect(hf.url.searchParams.get('q')).toBe(paper.title);
      }
    }
  });

  it('every card of a day carries the same links and at most three topic chips', () => {
    const html = read(dist, 'days/2025-12-09/index.html');
    const cards = html.split('<article class="paper-card"').slice(1);
    expect(cards).toHaveLength(44);
    for (const card of cards) {
      const links = readLinks(card);
      expect(links.length).toBeGreaterThanOrEqual(2);
      expect(links[0].label).toMatch(/^(arXiv|Find on arXiv)$/);
      const chips = (card.match(/<ul class="chips"[\s\S]*?<\/ul>/)?.[0] ?? '').match(/<a href="\/topics\//g) ?? [];
      expect(chips.length).toBeLessThanOrEqual(3);
    }
  });

  it('a card shows its strongest topics and says how many more the paper page has', () => {
    const busy = digest.papers.find((paper) => paper.days.includes('2025-12-09') && paper.topics.length > 3)!;
    const html = read(dist, 'days/2025-12-09/index.html');
    const card = html.split(`<article class="paper-card" id="paper-${busy.id}"`)[1].split('</article>')[0];
    const chips = [...card.matchAll(/<a href="\/topics\/([^/]+)\/"/g)].map(([, slug]) => slug);
    expect(chips).toEqual(busy.topics.slice(0, 3));
    expect(card).toContain(`+${busy.topics.length - 3} more`);
    const page = read(dist, `papers/${busy.id}/index.html`);
    for (const slug of busy.topics) expect(page).toContain(`href="/topics/${slug}/"`);
  });

  it('the paper page describes itself with whole words, with an ellipsis only when cut', () => {
    for (const paper of digest.papers) {
      const description = unescape(read(dist, `papers/${paper.id}/index.html`).match(/<meta name="description" content="([^"]*)"/)![1]);
      // The description is the abstract as a reader sees it: TeX escapes as their characters.
      const text = plainText(paper.abstract).replace(/\s+/g, ' ').trim();
      expect(description.length, paper.id).toBeLessThanOrEqual(161);
      if (text.length <= 160) expect(description).toBe(text);
      else {
        expect(description.endsWith('…')).toBe(true);
        const kept = description.slice(0, -1);
        expect(text.startsWith(kept)).toBe(true);
        expect(text[kept.length], paper.id).toMatch(/[\s,;:.!?\-–—]/);
      }
    }
  });
});

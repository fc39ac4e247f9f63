// What a reader's first search costs: the bytes fetched from the search index and, on our site, how long
// after the last keystroke the results appear. Real Chromium against the built site on a local server.
import { launchBrowser } from '../lib/browser.ts';
import { serveStatic } from '../lib/static-server.ts';

/** What a search loads: the index's folders, and on our site the search worker that runs pagefind.js. */
const SEARCH_FILES = /\/pagefind[^/]*\/|\/_astro\/search-worker[^/]*\.js$/;

/** Our site: type `query` into the /search/ page like a reader. */
export async function firstSearchOurs(dist, query) {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // Everything the search loads counts, from the page's load on (as for the reference).
    server.requests.length = 0;
    await page.goto(`${server.url}search/`);
    await page.waitForLoadState('networkidle');
    // Both moments are taken inside the page: the last keystroke's input event and the first result in the
    // list (a MutationObserver). Polling from outside (waitForSelector) would round the wait up to its next try.
    await page.evaluate(() => {
      const input = document.querySelector('#search-query');
      const list = document.querySelector('[data-search-results]');
      input.addEventListener('input', () => (window.lastKeystroke = performance.now()));
      window.firstResult = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!list.querySelector('.search-hit')) return;
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(list, { childList: true, subtree: true });
      });
    });
    const input = page.locator('#search-query');
    await input.click();
    await input.pressSequentially(query, { delay: 50 });
    const latencyMs = await page.evaluate(async () => (await window.firstResult) - window.lastKeystroke);
    // The bytes of the whole first page of results (20, as for the reference), not only of the first screen.
    await page.waitForFunction((typed) => document.querySelector('[data-search-page]')?.dataset.shown === typed, query, { timeout: 120_000 });
    const bytes = server.requests.filter((request) => SEARCH_FILES.test(request.path)).reduce((sum, request) => sum + request.bytes, 0);
    const bundles = new Set(server.requests.filter((request) => /pf_meta$/.test(request.path)).map((request) => request.path)).size;
    return { bytes, latencyMs, bundles };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * A site with Pagefind's default bundle at /pagefind/ (the reference): the same search through Pagefind's API.
 * `searchMs` is Pagefind's own time for it, from the search call to the first `results` fragments loaded,
 * with the query's index chunks already fetched (as ours are by the preload while the reader types) and
 * nothing drawn: the engine's floor that our time after the typing pause compares with.
 */
export async function firstSearchPagefind(dist, query, results = 20) {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    server.requests.length = 0;
    const { found, searchMs } = await page.evaluate(
      async ({ query, results }) => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.init();
        await pagefind.preload(query);
        const started = performance.now();
        const search = await pagefind.search(query);
        await Promise.all(search.results.slice(0, results).map((result) => result.data()));
        return { found: search.results.length, searchMs: performance.now() - started };
      },
      { query, results },
    );
    await page.waitForLoadState('networkidle');
    const bytes = server.requests.filter((request) => SEARCH_FILES.test(request.path)).reduce((sum, request) => sum + request.bytes, 0);
    return { bytes, found, searchMs };
  } finally {
    await browser.close();
    await server.close();
  }
}

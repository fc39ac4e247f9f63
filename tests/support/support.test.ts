/**
 * Self-test of the test-support modules: static server, browser + axe, feed readers, vnu.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'playwright-core';
import { formatViolations, launchBrowser, resolveChromiumInfo, runAxe, seriousViolations } from '../../scripts/lib/browser.ts';
import { readFeed } from './feed-reader.ts';
import { FEEDPARSER_MISSING, hasFeedparser, noteFeedparserSkipped, parseFeed } from './feedparser.ts';
import { bytesFetched, serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { checkHtml, formatVnuMessages } from './vnu.ts';
import { buildOnce } from './build-once.ts';

const page = (title: string, body: string, head = '') =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>\n`;

// A strict CSP like the real site's: no inline or injected scripts.
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">`;

let dir: string;
let site: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'support-test-'));
  site = path.join(dir, 'site');
  mkdirSync(path.join(site, 'papers', 'one'), { recursive: true });
  mkdirSync(path.join(site, 'pagefind'), { recursive: true });
  mkdirSync(path.join(site, 'empty'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), page('Home', '<main><h1>Home</h1><p><a href="papers/one/">One</a></p></main>', CSP + '<link rel="stylesheet" href="style.css"><script type="module" src="app.js"></script>'));
  writeFileSync(path.join(site, 'papers', 'one', 'index.html'), page('One', '<main><h1>Paper one</h1></main>'));
  writeFileSync(path.join(site, '404.html'), page('Not found', '<main><h1>Page not found</h1></main>'));
  writeFileSync(path.join(site, 'axe.html'), page('Axe', '<main><h1>Axe</h1><img src="missing.png"></main>', CSP));
  writeFileSync(path.join(site, 'style.css'), 'body { color: #111; }\n');
  writeFileSync(path.join(site, 'app.js'), "document.documentElement.dataset.js = 'ran';\n");
  writeFileSync(path.join(site, 'data.json'), '{"ok":true}\n');
  writeFileSync(path.join(site, 'feed.xml'), '<rss version="2.0"></rss>\n');
  writeFileSync(path.join(site, 'module.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  writeFileSync(path.join(site, 'site.webmanifest'), '{}\n');
  writeFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), '{}\n');
  writeFileSync(path.join(site, 'pagefind', 'en_1234.pf_meta'), Buffer.from([1, 2, 3]));
  writeFileSync(path.join(site, 'pagefind', 'wasm.en.pagefind'), Buffer.from([4]));
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the site\n');
  symlinkSync(path.join(dir, 'secret.txt'), path.join(site, 'link.txt'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A raw GET that does not follow redirects or normalize the path (fetch would do both). */
function get(url: string, target: string, headers: http.OutgoingHttpHeaders = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path: target, agent: false, headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on('error', reject);
  });
}

describe('serveStatic', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(site, { basePath: '/digest/' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves the root under the base path', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/digest\/$/);
    const res = await get(server.url, '/digest/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<h1>Home</h1>');
  });

  it('sends the right content types', async () => {
    const types: Record<string, string> = {
      'style.css': 'text/css; charset=utf-8',
      'app.js': 'text/javascript; charset=utf-8',
      'data.json': 'application/json; charset=utf-8',
      'feed.xml': 'application/xml; charset=utf-8',
      'module.wasm': 'application/wasm',
      'site.webmanifest': 'application/manifest+json',
      'pagefind/en_1234.pf_meta': 'application/octet-stream',
      'pagefind/wasm.en.pagefind': 'application/octet-stream',
      'papers/one/index.html': 'text/html; charset=utf-8',
    };
    for (const [file, type] of Object.entries(types)) {
      const res = await get(server.url, `/digest/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers['content-type'], file).toBe(type);
    }
  });

  it('redirects folder URLs without a trailing slash, like a static host', async () => {
    const res = await get(server.url, '/digest/papers/one?q=1');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/digest/papers/one/?q=1');
    expect((await get(server.url, '/digest')).headers.location).toBe('/digest/');
    // A folder without index.html is not a page.
    expect((await get(server.url, '/digest/empty')).status).toBe(404);
  });

  it('serves 404.html with status 404', async () => {
    for (const target of ['/digest/nope.html', '/digest/nope/', '/elsewhere/', '/digest/style.css/']) {
      const res = await get(server.url, target);
      expect(res.status, target).toBe(404);
      expect(res.body, target).toContain('Page not found');
    }
  });

  it('refuses path traversal', async () => {
    for (const target of ['/digest/..%2fsecret.txt', '/digest/%2e%2e/secret.txt', '/digest/../secret.txt', '/digest/link.txt']) {
      const res = await get(server.url, target);
      expect([403, 404], target).toContain(res.status);
      expect(res.body, target).not.toContain('outside the site');
    }
  });

  it('lets the browser keep a file but ask again each time, as Netlify and Cloudflare Pages do', async () => {
    const first = await get(server.url, '/digest/style.css');
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers.etag).toMatch(/^"[0-9a-z]+-[0-9a-z]+"$/);
    const again = await get(server.url, '/digest/style.css', { 'If-None-Match': first.headers.etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect((await get(server.url, '/digest/style.css', { 'If-None-Match': '"other"' })).status).toBe(200);
    // Error pages are never kept.
    const missing = await get(server.url, '/digest/nope.html');
    expect(missing.headers['cache-control']).toBe('no-store');
    expect(missing.headers.etag).toBeUndefined();
  });

  it('records bytes per request', async () => {
    server.requests.length = 0;
    await get(server.url, '/digest/style.css');
    await get(server.url, '/digest/missing');
    // A request is recorded when its response closes, which can come just after the client has the body:
    // an earlier test's last request may still land after the reset above.
    const mine = () => server.requests.filter((request) => ['/digest/style.css', '/digest/missing'].includes(request.path));
    await vi.waitFor(() => expect(mine()).toHaveLength(2), { timeout: 60_000, interval: 50 });
    expect(mine()).toMatchObject([
      { path: '/digest/style.css', status: 200, bytes: 'body { color: #111; }\n'.length, contentType: 'text/css; charset=utf-8' },
      { path: '/digest/missing', status: 404 },
    ]);
    expect(mine()[1]!.bytes).toBeGreaterThan(0);
    expect(bytesFetched(mine(), (r) => r.path.endsWith('.css'))).toBe(22);
  });
});

// Timeouts are explicit so the file also passes under vitest's defaults (5 s per test) on a busy machine.
describe('browser', { timeout: 120_000 }, () => {
  let server: StaticServer;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(site, { basePath: '/digest/' });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads a served page with its CSS and module script under CSP', async () => {
    const info = await resolveChromiumInfo();
    console.log(`Chromium: ${info.source} ${info.executablePath} (${browser!.version()})`);
    const context = await browser!.newContext();
    try {
      const tab = await context.newPage();
      server.requests.length = 0;
      const response = await tab.goto(server.url);
      expect(response?.status()).toBe(200);
      await expect.poll(() => tab.evaluate(() => document.documentElement.dataset.js), { timeout: 60_000 }).toBe('ran');
      expect(await tab.title()).toBe('Home');
      await tab.click('a');
      await tab.waitForURL(`${server.url}papers/one/`);
      // A request is recorded when its response closes, which can come after the browser has shown the page.
      await expect.poll(() => server.requests.map((r) => r.path)).toEqual(expect.arrayContaining(['/digest/', '/digest/style.css', '/digest/app.js', '/digest/papers/one/']));
      expect(bytesFetched(server.requests)).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('runs axe despite a strict CSP and finds a missing alt', async () => {
    const context = await browser!.newContext();
    try {
      const tab = await context.newPage();
      const cspErrors: string[] = [];
      tab.on('console', (message) => {
        if (message.type() === 'error') cspErrors.push(message.text());
      });
      await tab.goto(`${server.url}axe.html`);
      const violations = await runAxe(tab);
      const serious = seriousViolations(violations);
      expect(serious.map((v) => v.id), formatViolations(violations)).toContain('image-alt');
      // A page without problems has no serious violations.
      await tab.goto(`${server.url}papers/one/`);
      expect(seriousViolations(await runAxe(tab))).toEqual([]);
      expect(cspErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('launches the bundled @sparticuz/chromium too (the fallback when no system Chromium exists)', async () => {
    // Only one browser at a time: close the shared one first.
    await browser?.close();
    browser = undefined;
    const bundled = await launchBrowser({ only: 'bundled' });
    try {
      const tab = await bundled.newPage();
      await tab.goto(`${server.url}axe.html`);
      expect(seriousViolations(await runAxe(tab)).map((v) => v.id)).toContain('image-alt');
      console.log(`bundled Chromium ${bundled.version()} works`);
    } finally {
      await bundled.close();
    }
  });
});

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Paper digest</title><link>https://digest.example.org/</link><description>Daily papers</description>
  <item>
    <title>A paper</title><link>https://digest.example.org/papers/a/</link>
    <guid isPermaLink="true">https://digest.example.org/papers/a/</guid>
    <pubDate>Tue, 09 Dec 2025 10:00:00 +0100</pubDate>
    <description>&lt;p&gt;Summary&lt;/p&gt;</description>
    <category>tree search</category>
  </item>
</channel></rss>`;

describe('readFeed (npm feed reader)', () => {
  it('reads a valid RSS feed', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'feed-')), 'feed.xml');
    writeFileSync(file, RSS);
    const feed = readFeed(file);
    expect(feed).toMatchObject({ format: 'rss 2.0', title: 'Paper digest', url: 'https://digest.example.org/' });
    expect(feed.items).toEqual([
      {
        title: 'A paper',
        url: 'https://digest.example.org/papers/a/',
        id: 'https://digest.example.org/papers/a/',
        published: '2025-12-09T09:00:00.000Z',
        categories: ['tree search'],
        descriptionHtml: '<p>Summary</p>',
      },
    ]);
  });

  it('refuses XML that is not well-formed, with its line', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'feed-')), 'broken.xml');
    writeFileSync(file, '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Broken & bad</title><item><title>x</item></channel>');
    expect(() => readFeed(file)).toThrow(/broken\.xml is not well-formed XML: line 2/);
  });
});

it.runIf(!hasFeedparser)('notes that Debian’s feedparser is not installed (its self-test is skipped)', () => {
  noteFeedparserSkipped();
});

describe.skipIf(!hasFeedparser)('parseFeed (Debian’s feedparser, where installed)', { timeout: 120_000 }, () => {
  const rss = RSS;

  it('parses a valid RSS feed', async () => {
    const feed = await parseFeed(rss);
    expect(feed.bozo).toBe(0);
    expect(feed.version).toBe('rss20');
    expect(feed.feed.title).toBe('Paper digest');
    expect(feed.entries).toHaveLength(1);
    const [entry] = feed.entries;
    expect(entry).toMatchObject({
      title: 'A paper',
      link: 'https://digest.example.org/papers/a/',
      id: 'https://digest.example.org/papers/a/',
      published_parsed: '2025-12-09T09:00:00.000Z',
      summary: '<p>Summary</p>',
    });
    expect(entry!.tags.map((t) => t.term)).toEqual(['tree search']);
  });

  it('reads a file path too', async () => {
    const file = path.join(dir, 'feed.xml');
    writeFileSync(file, rss);
    expect((await parseFeed(file)).entries[0]!.title).toBe('A paper');
  });

  it('flags a broken feed as bozo', async () => {
    const feed = await parseFeed('<?xml version="1.0"?><rss version="2.0"><channel><title>Broken & bad</title><item><title>x</item></channel>');
    expect(feed.bozo).toBe(1);
    expect(feed.bozo_exception).toBeTruthy();
  });

  it('has the install hint ready', () => {
    expect(FEEDPARSER_MISSING).toContain('install it with `apt-get install -y python3-feedparser`');
  });
});

describe('checkHtml', { timeout: 120_000 }, () => {
  it('reports errors only for the invalid file', async () => {
    const valid = path.join(dir, 'valid.html');
    const invalid = path.join(dir, 'in valid.html');
    writeFileSync(valid, page('Valid', '<main><h1>Fine</h1><img src="a.png" alt="A"></main>'));
    writeFileSync(invalid, page('Invalid', '<main><h1>Bad</h1>\n<p>text</span><img src="a.png"></main>'));
    const errors = await checkHtml([valid, invalid]);
    expect(errors.length, formatVnuMessages(errors)).toBeGreaterThan(0);
    expect(errors.every((e) => e.file === invalid), formatVnuMessages(errors)).toBe(true);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/alt/);
    expect(errors[0]).toMatchObject({ type: 'error', line: 3 });
  });

  it('refuses files that do not exist (vnu would skip them silently)', async () => {
    await expect(checkHtml([path.join(dir, 'nope.html')])).rejects.toThrow(/no such file/);
  });
});

describe('buildOnce', () => {
  it('builds once for callers that ask at the same time, and gives each the result', async () => {
    const root = path.join(dir, 'once');
    let builds = 0;
    const build = async () => {
      builds += 1;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { status: 0, output: `build ${builds}`, outDir: root };
    };
    const results = await Promise.all([buildOnce(root, build), buildOnce(root, build), buildOnce(root, build)]);
    expect(builds).toBe(1);
    expect(results.map((result) => result.output)).toEqual(['build 1', 'build 1', 'build 1']);
    expect(await buildOnce(root, build)).toEqual(results[0]);
    expect(builds).toBe(1);
  });

  it('takes over the lock of a builder that died', async () => {
    const root = path.join(dir, 'orphan');
    mkdirSync(`${root}.lock`, { recursive: true });
    writeFileSync(path.join(`${root}.lock`, 'pid'), '999999999');
    const result = await buildOnce(root, async () => ({ status: 0, output: 'rebuilt', outDir: root }));
    expect(result.output).toBe('rebuilt');
  });
});

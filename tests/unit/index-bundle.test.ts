// What indexBundle asks of Pagefind beyond its defaults, on about 200 real papers: smaller index chunks
// (src/index/index-chunks.ts), an unstable setting read from the environment that a Pagefind could silently
// stop reading, and, when asked, several papers' texts in a file (src/index/search-text-files.ts).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import type { PagefindModule } from '../../src/client/pagefind-api.ts';
import { indexBundle } from '../../src/index/index-bundle.ts';
import { CHUNK_SIZE_VARIABLE } from '../../src/index/index-chunks.ts';
import { indexedDocument } from '../../src/index/indexed-content.ts';
import { parseListingFile } from '../../src/parse/listing-file.ts';

const REAL_DAYS = path.join(import.meta.dirname, '../fixtures/real-archive');
let out: string;
let server: Awaited<ReturnType<typeof serveStatic>>;
const pages: string[] = [];
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
// Three sites of the same pages: Pagefind as it comes, the build's bundle, and the build's with four texts a file.
const site = (name: 'default' | 'ours' | 'four') => path.join(out, name);
const filesIn = (name: 'default' | 'ours' | 'four', folder: 'index' | 'fragment') => readdirSync(path.join(site(name), 'pagefind', folder)).length;

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'index-bundle-'));
  // Real titles and abstracts: about 200 papers, 40,000 words.
  for (const day of readdirSync(REAL_DAYS).filter((file) => file.endsWith('.json'))) {
    for (const { arxivId, title, abstract } of parseListingFile(day, readFileSync(path.join(REAL_DAYS, day)), day).entries) {
      const page = `papers/${arxivId}/index.html`;
      if (pages.includes(page)) continue;
      mkdirSync(path.join(site('default'), path.dirname(page)), { recursive: true });
      writeFileSync(path.join(site('default'), page), `<html lang="en"><body><article data-pagefind-body><h1>${escape(title)}</h1><p>${escape(abstract)}</p></article></body></html>`);
      pages.push(page);
    }
  }
  for (const name of ['ours', 'four'] as const) {
    mkdirSync(site(name));
    symlinkSync(path.join(site('default'), 'papers'), path.join(site(name), 'papers'));
  }
  delete process.env[CHUNK_SIZE_VARIABLE];
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  for (const sourcePath of pages) await index!.addHTMLFile({ sourcePath, content: indexedDocument(readFileSync(path.join(site('default'), sourcePath), 'utf8')) });
  await index!.writeFiles({ outputPath: path.join(site('default'), 'pagefind') });
  await pagefind.close();
  const order = pages.map(() => ({ published: '2025-01-01', upvotes: 0 }));
  await indexBundle(site('ours'), { folder: 'pagefind/', pages, order, textsPerFile: 1 });
  await indexBundle(site('four'), { folder: 'pagefind/', pages, order, textsPerFile: 4 });
  server = await serveStatic(out);
}, 180_000);
afterAll(async () => {
  delete process.env[CHUNK_SIZE_VARIABLE];
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

it("splits a bundle's words into several times as many chunks as Pagefind's default", () => {
  expect(pages.length).toBeGreaterThan(150);
  const byDefault = filesIn('default', 'index');
  expect(byDefault).toBeGreaterThanOrEqual(2);
  expect(filesIn('ours', 'index')).toBeGreaterThanOrEqual(3 * byDefault);
});

it('puts four papers\' texts in a file when asked, and every result still gets its own text', async () => {
  expect(filesIn('ours', 'fragment')).toBe(pages.length);
  expect(filesIn('four', 'fragment')).toBe(Math.ceil(pages.length / 4));
  // The same search in both bundles: the same results in the same order, each with the same text.
  const answers = await Promise.all(
    (['ours', 'four'] as const).map(async (name) => {
      const { createInstance } = (await import(path.join(site(name), 'pagefind', 'pagefind.js'))) as PagefindModule;
      const instance = createInstance({ basePath: `${server.url}${name}/pagefind/`, baseUrl: '/' });
      const found = await instance.search('model');
      return Promise.all(found.results.map(async (result) => ({ id: result.id, ...(({ url, content }) => ({ url, content }))(await result.data()) })));
    }),
  );
  const [ours, four] = answers;
  expect(ours.length).toBeGreaterThan(pages.length / 2);
  expect(four).toEqual(ours);
  // Each text is its paper's: the URL names the page, and the text holds that page's title.
  for (const { url, content } of four.slice(0, 20)) {
    const html = readFileSync(path.join(site('default'), url, 'index.html'), 'utf8');
    const title = html.match(/<h1>([^<]*)<\/h1>/)![1].replace(/&lt;/g, '<').replace(/&amp;/g, '&');
    expect(content.startsWith(title.slice(0, 40).trim())).toBe(true);
  }
});

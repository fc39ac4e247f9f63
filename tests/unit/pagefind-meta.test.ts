// Pagefind's page list, as the browser reads it to place results (src/index/pagefind-meta.ts), with the real
// Pagefind: it keeps the order pages were handed to it, which is what a bundle's sort file relies on.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { indexBundle } from '../../src/index/index-bundle.ts';
import { readPagefindMeta } from '../../src/index/pagefind-meta.ts';
import { publishedDays, SEARCH_SORT_FILE, type SortFile } from '../../src/index/search-sort-file.ts';
import { dayNumber } from '../../src/index/search-keys.ts';

let out: string;
// Forty pages handed over in an order that is neither their names' nor their dates'.
const ids = Array.from({ length: 40 }, (_, at) => `paper-${String((at * 17) % 40).padStart(2, '0')}`);
const order = ids.map((_, at) => ({ published: `2025-${String(12 - Math.floor(at / 4)).padStart(2, '0')}-01`, upvotes: (at * 7) % 11 }));

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'pagefind-meta-'));
  for (const id of ids) {
    mkdirSync(path.join(out, 'papers', id), { recursive: true });
    writeFileSync(path.join(out, 'papers', id, 'index.html'), `<html lang="en"><body><article data-pagefind-body><h1>${id}</h1><p>Words about ${id} and pruning.</p></article></body></html>`);
  }
  const pages = ids.map((id) => `papers/${id}/index.html`);
  await indexBundle(out, { folder: 'pagefind/', pages, order, textsPerFile: 1 });
  await indexBundle(out, { folder: 'grouped/', pages, order, textsPerFile: 4 });
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const metaOf = (folder: string) => {
  const sort = JSON.parse(readFileSync(path.join(out, folder, SEARCH_SORT_FILE), 'utf8')) as SortFile;
  return { sort, meta: readPagefindMeta(gunzipSync(readFileSync(path.join(out, folder, sort.meta)))) };
};
const fragmentUrl = (hash: string) => JSON.parse(gunzipSync(readFileSync(path.join(out, 'pagefind', 'fragment', `${hash}.pf_fragment`))).subarray('pagefind_dcd'.length).toString()).url;

it('reads the page list in the order the pages were indexed, as result ids', () => {
  const { sort, meta } = metaOf('pagefind');
  expect(meta.version).toBe('1.6.0');
  expect(meta.pages).toHaveLength(40);
  expect(meta.pages.map(fragmentUrl)).toEqual(ids.map((id) => `/papers/${id}/`));
  // The sort file follows the same list.
  expect([...publishedDays(sort)]).toEqual(order.map((page) => dayNumber(page.published)));
  expect(sort.upvotes).toEqual(order.map((page) => page.upvotes));
  expect(readdirSync(path.join(out, 'pagefind')).filter((file) => file.endsWith('.pf_meta'))).toEqual([sort.meta]);
});

it('reads the same page list where several pages share a text file (SEARCH_TEXTS_PER_FILE)', () => {
  expect(readdirSync(path.join(out, 'grouped', 'fragment'))).toHaveLength(10);
  expect(metaOf('grouped').meta.pages).toEqual(metaOf('pagefind').meta.pages);
});

it('refuses what is not Pagefind metadata, or ends early', () => {
  expect(() => readPagefindMeta(new TextEncoder().encode('{"pages":[]}'))).toThrow('not Pagefind metadata');
  const whole = gunzipSync(readFileSync(path.join(out, 'pagefind', readdirSync(path.join(out, 'pagefind')).find((file) => file.endsWith('.pf_meta'))!)));
  expect(() => readPagefindMeta(whole.subarray(0, 60))).toThrow(/ends early|expected CBOR/);
});

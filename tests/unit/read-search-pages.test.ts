import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readSearchPages } from '../../src/index/read-search-pages.ts';

let out: string;
const page = (id: string, title: string, month = '2025-12') => {
  mkdirSync(path.join(out, 'papers', id), { recursive: true });
  writeFileSync(path.join(out, 'papers', id, 'index.html'), `<article data-pagefind-body data-search-order="2025-10-30 4 ${month}-03"><h1>${title}</h1></article>`);
};
beforeEach(() => {
  out = mkdtempSync(path.join(tmpdir(), 'search-pages-'));
  page('a', 'Alpha');
  page('b', 'Beta', '2025-11');
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

it('reads every paper page: its id, place in the order and the hash of its indexed text', async () => {
  const pages = await readSearchPages(out, 'papers');
  expect(pages.map(({ sourcePath, id, published, upvotes, firstListed }) => [sourcePath, id, published, upvotes, firstListed])).toEqual([
    ['papers/a/index.html', 'a', '2025-10-30', 4, '2025-12-03'],
    ['papers/b/index.html', 'b', '2025-10-30', 4, '2025-11-03'],
  ]);
  expect(pages[0].hash).toMatch(/^[\w-]{43}$/);
});

it('does not read a page again that was not written again, and reads one that was', async () => {
  const cache = path.join(out, 'cache', 'pages.json');
  const file = path.join(out, 'papers', 'a', 'index.html');
  const mtime = new Date(2025, 11, 10, 12, 0, 0);
  utimesSync(file, mtime, mtime);
  const first = await readSearchPages(out, 'papers', cache);
  // Same size and time: taken from the cache, so the edit is not seen (Astro never does this; it proves no read).
  page('a', 'Alfa!');
  utimesSync(file, mtime, mtime);
  expect(await readSearchPages(out, 'papers', cache)).toEqual(first);
  // Written again: read again.
  utimesSync(file, new Date(mtime.getTime() + 5000), new Date(mtime.getTime() + 5000));
  const third = await readSearchPages(out, 'papers', cache);
  expect(third[0].hash).not.toBe(first[0].hash);
  expect(third[1]).toEqual(first[1]);
});

it('refuses a paper page without an indexed body', async () => {
  writeFileSync(path.join(out, 'papers', 'a', 'index.html'), '<p>no body</p>');
  await expect(readSearchPages(out, 'papers')).rejects.toThrow('papers/a/index.html has no data-pagefind-body element with a data-search-order mark');
});

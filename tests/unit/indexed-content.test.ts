import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { indexedContent, indexedDocument } from '../../src/index/indexed-content.ts';

const page = (body: string, aside = '') =>
  `<html><body><header>site</header><article class="paper" data-pagefind-body data-search-order="2025-12-01 3 2025-12-02">${body}</article><aside>${aside}</aside></body></html>`;

it('hashes what Pagefind indexes and nothing around it', () => {
  const one = indexedContent(page('<h1>Title</h1>', 'related: A'));
  expect(one?.order).toEqual({ published: '2025-12-01', upvotes: 3, firstListed: '2025-12-02' });
  expect(indexedContent(page('<h1>Title</h1>', 'related: B'))).toEqual(one);
  expect(indexedContent(page('<h1>Another title</h1>', 'related: A'))?.hash).not.toBe(one?.hash);
});

it('finds no indexed content on a page without a body mark', () => {
  expect(indexedContent('<html><body><article>x</article></body></html>')).toBeUndefined();
  expect(indexedContent('<article data-pagefind-body>no order mark</article>')).toBeUndefined();
  expect(indexedContent('<article data-pagefind-body data-search-order="2025-12">a broken one</article>')).toBeUndefined();
});

it('hands Pagefind the indexed element alone, as a document of its own', () => {
  const document = indexedDocument(page('<h1>Title</h1>', 'related: A'));
  expect(document).toBe('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><article class="paper" data-pagefind-body data-search-order="2025-12-01 3 2025-12-02"><h1>Title</h1></article></body></html>');
});

it('keeps nothing of the pages it read: the order mark is a copy, not a slice of the page', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const filler = (at: number) => `<p>${String(at).repeat(1 << 18)}</p>`; // about 1 MB a page (2 bytes a character)
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = Array.from({ length: 200 }, (_, at) => indexedContent(page(`<h1>T</h1>${filler(at)}`)));
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  expect(kept.every((content) => content?.order.published === '2025-12-01' && content.order.firstListed === '2025-12-02')).toBe(true);
  // 200 pages of 0.5 MB each: about 100 MB if any piece kept its page alive.
  expect(grown).toBeLessThan(20 * 1024 * 1024);
});

import { expect, it } from 'vitest';
import { indexedContent, indexedDocument } from '../../src/index/indexed-content.ts';

const page = (body: string, aside = '') =>
  `<html><body><header>site</header><article class="paper" data-pagefind-body data-search-month="2025-12">${body}</article><aside>${aside}</aside></body></html>`;

it('hashes what Pagefind indexes and nothing around it', () => {
  const one = indexedContent(page('<h1>Title</h1>', 'related: A'));
  expect(one?.month).toBe('2025-12');
  expect(indexedContent(page('<h1>Title</h1>', 'related: B'))).toEqual(one);
  expect(indexedContent(page('<h1>Another title</h1>', 'related: A'))?.hash).not.toBe(one?.hash);
});

it('finds no indexed content on a page without a body mark', () => {
  expect(indexedContent('<html><body><article>x</article></body></html>')).toBeUndefined();
  expect(indexedContent('<article data-pagefind-body>no month</article>')).toBeUndefined();
});

it('hands Pagefind the indexed element alone, as a document of its own', () => {
  const document = indexedDocument(page('<h1>Title</h1>', 'related: A'));
  expect(document).toBe('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><article class="paper" data-pagefind-body data-search-month="2025-12"><h1>Title</h1></article></body></html>');
});

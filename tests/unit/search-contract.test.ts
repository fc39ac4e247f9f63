import { expect, it } from 'vitest';
import { indexedContent } from '../../src/index/indexed-content.ts';
import { parseSearchOrder, SEARCH_BODY, SEARCH_ORDER, searchBodyAttributes } from '../../src/index/search-contract.ts';

it('marks a page the way the indexer reads it back', () => {
  const order = { published: '2025-11-30', upvotes: 12, firstListed: '2025-12-02' };
  const attributes = Object.entries(searchBodyAttributes(order))
    .map(([name, value]) => (value === '' ? name : `${name}="${value}"`))
    .join(' ');
  expect(attributes).toBe(`${SEARCH_BODY} ${SEARCH_ORDER}="2025-11-30 12 2025-12-02"`);
  const html = `<main><article class="paper" ${attributes}><h1>T</h1></article></main>`;
  expect(indexedContent(html)?.order).toEqual(order);
  expect(indexedContent('<article class="paper"><h1>T</h1></article>')).toBeUndefined();
});

it('reads back only a well-formed order mark', () => {
  expect(parseSearchOrder('2025-11-30 0 2025-12-02')).toEqual({ published: '2025-11-30', upvotes: 0, firstListed: '2025-12-02' });
  for (const mark of ['', '2025-11-30 12', '2025-11-30 -1 2025-12-02', '2025-11-30 twelve 2025-12-02', '2025-11-30 12 2025-12-02 x']) expect(parseSearchOrder(mark), mark).toBeUndefined();
});

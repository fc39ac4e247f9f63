import { expect, it } from 'vitest';
import { indexedContent } from '../../src/index/indexed-content.ts';
import { SEARCH_BODY, SEARCH_MONTH, SEARCH_SORT, searchBodyAttributes } from '../../src/index/search-contract.ts';
import { sortKey } from '../../src/index/search-keys.ts';

it('marks a page the way the indexer reads it back', () => {
  const attributes = Object.entries(searchBodyAttributes('2025-12'))
    .map(([name, value]) => (value === '' ? name : `${name}="${value}"`))
    .join(' ');
  expect(attributes).toBe(`${SEARCH_BODY} ${SEARCH_MONTH}="2025-12"`);
  const html = `<main><article class="paper" ${attributes}><h1>T</h1><span data-pagefind-sort="${SEARCH_SORT.date}:k"></span></article></main>`;
  expect(indexedContent(html)).toMatchObject({ month: '2025-12', sort: { date: 'k' } });
  expect(indexedContent('<article class="paper"><h1>T</h1></article>')).toBeUndefined();
});

it('has a sort key for every sort field', () => {
  expect(Object.keys(sortKey).sort()).toEqual(Object.values(SEARCH_SORT).sort());
});

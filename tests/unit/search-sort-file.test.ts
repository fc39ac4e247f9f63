import { expect, it } from 'vitest';
import { dayNumber } from '../../src/index/search-keys.ts';
import { publishedDays, sortFileOf } from '../../src/index/search-sort-file.ts';

it('writes each published day as the days back from the page before, and reads them back', () => {
  const pages = [
    { published: '2026-01-02', upvotes: 4 },
    { published: '2026-01-02', upvotes: 1 },
    { published: '2025-12-30', upvotes: 9 },
    { published: '2019-03-01', upvotes: 0 },
  ];
  const file = sortFileOf('pagefind.en_1234567.pf_meta', pages);
  expect(file).toEqual({ meta: 'pagefind.en_1234567.pf_meta', published: [dayNumber('2026-01-02'), 0, 3, dayNumber('2025-12-30') - dayNumber('2019-03-01')], upvotes: [4, 1, 9, 0] });
  expect([...publishedDays(file)]).toEqual(pages.map((page) => dayNumber(page.published)));
  expect([...publishedDays(sortFileOf('m', []))]).toEqual([]);
});

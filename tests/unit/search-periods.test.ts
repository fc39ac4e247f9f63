import { describe, expect, it } from 'vitest';
import { MAX_BUNDLE_PAGES, periodName, planSearchBundles, searchPeriods, type SearchPage } from '../../src/index/search-periods.ts';

/** `count` pages first listed in each month from `from` to `to`. */
function months(from: string, to: string, count = 1): SearchPage[] {
  const pages: SearchPage[] = [];
  for (let year = Number(from.slice(0, 4)), month = Number(from.slice(5)); `${year}-${String(month).padStart(2, '0')}` <= to; month === 12 ? ((month = 1), year++) : month++) {
    const name = `${year}-${String(month).padStart(2, '0')}`;
    for (let page = 0; page < count; page++) pages.push({ sourcePath: `papers/${name}-${page}/index.html`, month: name });
  }
  return pages;
}

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

/** The periods whose pages changed when `day` is added to `before`. */
function touched(before: SearchPage[], day: SearchPage, maxPages?: number): string[] {
  const old = new Map(planSearchBundles(before, maxPages).map((bundle) => [bundle.folder, bundle.pages.join()]));
  return planSearchBundles([...before, day], maxPages)
    .filter((bundle) => old.get(bundle.folder) !== bundle.pages.join())
    .map((bundle) => bundle.period);
}

describe('search periods', () => {
  it('names a period by its month, or its first and last month', () => {
    expect(periodName('2025-08', '2025-08')).toBe('2025-08');
    expect(periodName('2024-05', '2025-07')).toBe('2024-05--2025-07');
  });

  it('gives the newest month a bundle and fills the others with closed months, oldest first, up to the cap', () => {
    const periods = searchPeriods(counts({ '2024-03': 30, '2024-12': 30, '2025-01': 30, '2025-11': 30, '2025-12': 10 }), 70);
    expect(Object.fromEntries(periods)).toEqual({ '2024-03': '2024-03--2024-12', '2024-12': '2024-03--2024-12', '2025-01': '2025-01--2025-11', '2025-11': '2025-01--2025-11', '2025-12': '2025-12' });
    // A month larger than the cap is a bundle of its own; the newest month stays whole whatever its size.
    expect(Object.fromEntries(searchPeriods(counts({ '2025-01': 500, '2025-02': 500 }), 70))).toEqual({ '2025-01': '2025-01', '2025-02': '2025-02' });
  });

  it('never puts more than the cap in a bundle of more than one month, so indexing memory is bounded', () => {
    const archive = [...months('2019-01', '2026-08', 1_500), ...months('2026-03', '2026-03', 6_000)];
    const plan = planSearchBundles(archive);
    for (const bundle of plan) {
      const spansMonths = new Set(bundle.pages.map((page) => page.slice('papers/'.length, 'papers/YYYY-MM'.length))).size > 1;
      if (spansMonths) expect(bundle.pages.length, bundle.period).toBeLessThanOrEqual(MAX_BUNDLE_PAGES);
    }
    // 100,000 papers at 50 a day: fifteen bundles of five months and the newest month, not one a quarter.
    const large = planSearchBundles(months('2021-01', '2026-07', 1_500));
    expect(large.length).toBe(15);
    expect(large[1]).toMatchObject({ period: '2026-06', pages: { length: 1_500 } });
    expect(large[2]).toMatchObject({ period: '2026-01--2026-05', pages: { length: 7_500 } });
  });

  it('keeps an archive of a few thousand papers a year to a bundle per year and a half', () => {
    const plan = planSearchBundles(months('2019-01', '2026-08', 400));
    expect(plan.map((bundle) => bundle.period)).toEqual(['2026-08', '2026-07', '2025-01--2026-06', '2023-07--2024-12', '2022-01--2023-06', '2020-07--2021-12', '2019-01--2020-06']);
  });

  it('a new day touches its own month only, and the bundle being filled when it opens a month', () => {
    const archive = months('2023-01', '2026-08', 1_000);
    expect(touched(archive, { sourcePath: 'papers/new/index.html', month: '2026-08' })).toEqual(['2026-08']);
    // Opening a month: the new month, and last month joins the bundle being filled (the monthly merge).
    expect(planSearchBundles(archive).map((bundle) => `${bundle.period}: ${bundle.pages.length}`)).toEqual([
      '2026-08: 1000',
      '2026-07: 1000',
      '2025-12--2026-06: 7000',
      '2025-05--2025-11: 7000',
      '2024-10--2025-04: 7000',
      '2024-03--2024-09: 7000',
      '2023-08--2024-02: 7000',
      '2023-01--2023-07: 7000',
    ]);
    expect(touched(archive, { sourcePath: 'papers/new/index.html', month: '2026-09' })).toEqual(['2026-09', '2026-07--2026-08']);
    // A full bundle is sealed: the next closed month starts a bundle of its own.
    const full = months('2025-06', '2026-01', 1_000); // 2025-06..2025-12 fill one bundle of 7,000
    expect(touched(full, { sourcePath: 'papers/new/index.html', month: '2026-02' }, 7_000)).toEqual(['2026-02', '2026-01']);
  });

  it('puts the newest period in the primary folder and the others beside it, newest first, pages in the order given', () => {
    const plan = planSearchBundles([
      { sourcePath: 'papers/b/index.html', month: '2025-08' },
      { sourcePath: 'papers/a/index.html', month: '2025-07' },
      { sourcePath: 'papers/c/index.html', month: '2025-11' },
      { sourcePath: 'papers/d/index.html', month: '2025-12' },
    ]);
    expect(plan).toEqual([
      { period: '2025-12', folder: 'pagefind/', pages: ['papers/d/index.html'] },
      { period: '2025-07--2025-11', folder: 'pagefind-archive/2025-07--2025-11/', pages: ['papers/b/index.html', 'papers/a/index.html', 'papers/c/index.html'] },
    ]);
    const split = planSearchBundles([...months('2024-01', '2024-06', 3), { sourcePath: 'papers/d/index.html', month: '2025-12' }], 10);
    expect(split.map((bundle) => bundle.folder)).toEqual(['pagefind/', 'pagefind-archive/2024-04--2024-06/', 'pagefind-archive/2024-01--2024-03/']);
  });

  it('keeps a closed period stable while days are added to the current one', () => {
    const older = [{ sourcePath: 'papers/a/index.html', month: '2025-07' }];
    const before = planSearchBundles([...older, { sourcePath: 'papers/x/index.html', month: '2025-11' }]);
    const after = planSearchBundles([...older, { sourcePath: 'papers/x/index.html', month: '2025-11' }, { sourcePath: 'papers/y/index.html', month: '2025-11' }]);
    expect(after.at(-1)).toEqual(before.at(-1));
  });

  it('plans nothing for no pages', () => {
    expect(planSearchBundles([])).toEqual([]);
  });
});

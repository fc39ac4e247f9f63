import { describe, expect, it } from 'vitest';
import { firstMonthOf, MAX_BUNDLE_PAGES, planSearchBundles, quarterOf, searchPeriods, type SearchPage } from '../../src/index/search-periods.ts';

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
  it('names quarters and the first month of every kind of period', () => {
    expect(['2025-01', '2025-03', '2025-04', '2025-12'].map(quarterOf)).toEqual(['2025q1', '2025q1', '2025q2', '2025q4']);
    expect(['2024', '2024q3', '2024-08'].map(firstMonthOf)).toEqual(['2024-01', '2024-07', '2024-08']);
  });

  it('gives the newest month a bundle, the rest of its year one and each closed year one', () => {
    const periods = searchPeriods(counts({ '2024-03': 10, '2024-12': 10, '2025-01': 10, '2025-11': 10, '2025-12': 10 }));
    expect(Object.fromEntries(periods)).toEqual({ '2024-03': '2024', '2024-12': '2024', '2025-01': '2025', '2025-11': '2025', '2025-12': '2025-12' });
  });

  it('splits a year that would pass the cap into quarters, and a quarter that would into months', () => {
    const periods = searchPeriods(counts({ '2024-01': 40, '2024-02': 40, '2024-04': 30, '2024-05': 30, '2024-07': 10, '2025-01': 5 }), 70);
    expect(Object.fromEntries(periods)).toEqual({ '2024-01': '2024-01', '2024-02': '2024-02', '2024-04': '2024q2', '2024-05': '2024q2', '2024-07': '2024q3', '2025-01': '2025-01' });
    // The newest month stays whole whatever its size: a month is never split.
    expect(searchPeriods(counts({ '2025-01': 500 }), 70).get('2025-01')).toBe('2025-01');
  });

  it('never puts more than the cap in a bundle of more than one month, so indexing memory is bounded', () => {
    const archive = [...months('2019-01', '2026-08', 1_500), ...months('2026-03', '2026-03', 6_000)];
    for (const bundle of planSearchBundles(archive)) {
      const spansMonths = new Set(bundle.pages.map((page) => page.slice('papers/'.length, 'papers/YYYY-MM'.length))).size > 1;
      if (spansMonths) expect(bundle.pages.length, bundle.period).toBeLessThanOrEqual(MAX_BUNDLE_PAGES);
    }
  });

  it('keeps an archive of a few thousand papers a year to one bundle a year', () => {
    const plan = planSearchBundles(months('2019-01', '2026-08', 400));
    expect(plan.map((bundle) => bundle.period)).toEqual(['2026-08', '2026', '2025', '2024', '2023', '2022', '2021', '2020', '2019']);
    expect(plan[1].pages).toHaveLength(7 * 400);
  });

  it('a new day touches its own month only, and the year (or quarter) so far when it opens a month', () => {
    const archive = months('2023-01', '2026-08');
    expect(touched(archive, { sourcePath: 'papers/new/index.html', month: '2026-08' })).toEqual(['2026-08']);
    // Opening a month: the new month, and last month joins the year so far (the monthly merge).
    expect(touched(archive, { sourcePath: 'papers/new/index.html', month: '2026-09' })).toEqual(['2026-09', '2026']);
    // Opening a year closes last year's bundle with its December: the same single merge.
    expect(touched(months('2023-01', '2026-12'), { sourcePath: 'papers/new/index.html', month: '2027-01' })).toEqual(['2027-01', '2026']);
    // A year split into quarters: opening a month touches its own quarter, not the closed ones.
    const busy = months('2026-01', '2026-08', 30);
    expect(touched(busy, { sourcePath: 'papers/new/index.html', month: '2026-09' }, 100)).toEqual(['2026-09', '2026q3']);
  });

  it('puts the newest period in the primary folder and the others beside it, newest first', () => {
    const plan = planSearchBundles([
      { sourcePath: 'papers/b/index.html', month: '2025-08' },
      { sourcePath: 'papers/a/index.html', month: '2025-07' },
      { sourcePath: 'papers/c/index.html', month: '2025-11' },
      { sourcePath: 'papers/d/index.html', month: '2025-12' },
    ]);
    expect(plan).toEqual([
      { period: '2025-12', folder: 'pagefind/', pages: ['papers/d/index.html'] },
      { period: '2025', folder: 'pagefind-archive/2025/', pages: ['papers/a/index.html', 'papers/b/index.html', 'papers/c/index.html'] },
    ]);
    const split = planSearchBundles([...months('2024-01', '2024-06', 3), { sourcePath: 'papers/d/index.html', month: '2025-12' }], 10);
    expect(split.map((bundle) => bundle.folder)).toEqual(['pagefind/', 'pagefind-archive/2024q2/', 'pagefind-archive/2024q1/']);
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

import { describe, expect, it } from 'vitest';
import { firstMonthOf, planSearchBundles, searchPeriodOf, type SearchPage } from '../../src/index/search-periods.ts';

describe('search periods', () => {
  it('gives the newest month a bundle, the rest of its year one, each closed year one', () => {
    expect(searchPeriodOf('2025-12', '2025-12')).toBe('2025-12');
    expect(searchPeriodOf('2025-11', '2025-12')).toBe('2025');
    expect(searchPeriodOf('2025-01', '2025-12')).toBe('2025');
    expect(searchPeriodOf('2024-12', '2025-01')).toBe('2024');
    expect(searchPeriodOf('2019-03', '2025-01')).toBe('2019');
    expect(['2024', '2024-08'].map(firstMonthOf)).toEqual(['2024-01', '2024-08']);
  });

  /** One page per month from `from` to `to`, as first-listing months. */
  const months = (from: string, to: string): SearchPage[] => {
    const pages: SearchPage[] = [];
    for (let year = Number(from.slice(0, 4)), month = Number(from.slice(5)); `${year}-${String(month).padStart(2, '0')}` <= to; month === 12 ? ((month = 1), year++) : month++) {
      const name = `${year}-${String(month).padStart(2, '0')}`;
      pages.push({ sourcePath: `papers/${name}/index.html`, month: name });
    }
    return pages;
  };

  it('keeps the number of bundles to one a closed year, however old the archive', () => {
    const plan = planSearchBundles(months('2019-01', '2026-08'));
    expect(plan.map((bundle) => bundle.period)).toEqual(['2026-08', '2026', '2025', '2024', '2023', '2022', '2021', '2020', '2019']);
    expect(plan[1].pages).toHaveLength(7);
    expect(plan[2].pages).toHaveLength(12);
    // Never more than two bundles of the current year (one in January), and the closed years.
    for (const latest of ['2026-01', '2026-03', '2026-06', '2026-12']) expect(planSearchBundles(months('2019-01', latest)).length).toBe(latest === '2026-01' ? 1 + 7 : 2 + 7);
  });

  it('a new day touches its own month only, and the year so far when it opens a month', () => {
    const touched = (before: SearchPage[], day: SearchPage) => {
      const old = new Map(planSearchBundles(before).map((bundle) => [bundle.folder, bundle.pages.join()]));
      return planSearchBundles([...before, day]).filter((bundle) => old.get(bundle.folder) !== bundle.pages.join()).map((bundle) => bundle.period);
    };
    const archive = months('2023-01', '2026-08');
    // A day in the current month: that month's bundle only (the newest, in the primary folder).
    expect(touched(archive, { sourcePath: 'papers/new/index.html', month: '2026-08' })).toEqual(['2026-08']);
    // A day that opens a month: the new month, and last month joins the year so far (the monthly merge).
    expect(touched(archive, { sourcePath: 'papers/new/index.html', month: '2026-09' })).toEqual(['2026-09', '2026']);
    // Opening a year closes last year's bundle with its December: the same single merge.
    expect(touched(months('2023-01', '2026-12'), { sourcePath: 'papers/new/index.html', month: '2027-01' })).toEqual(['2027-01', '2026']);
    // The closed years are never touched.
    expect(touched(archive, { sourcePath: 'papers/new/index.html', month: '2026-09' })).not.toContain('2025');
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
    expect(planSearchBundles([{ sourcePath: 'papers/o/index.html', month: '2024-05' }, { sourcePath: 'papers/d/index.html', month: '2025-12' }]).map((bundle) => bundle.folder)).toEqual(['pagefind/', 'pagefind-archive/2024/']);
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

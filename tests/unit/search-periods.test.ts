import { describe, expect, it } from 'vitest';
import { MAX_BUNDLE_PAGES, periodName, planSearchBundles, searchPeriods, type SearchPage } from '../../src/index/search-periods.ts';

/** `perDay` pages first listed on each day from `from` to `to` (`YYYY-MM-DD`). */
function days(from: string, to: string, perDay = 1): SearchPage[] {
  const pages: SearchPage[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day.toISOString().slice(0, 10) <= to; day.setUTCDate(day.getUTCDate() + 1)) {
    const name = day.toISOString().slice(0, 10);
    for (let page = 0; page < perDay; page++) pages.push({ sourcePath: `papers/${name}-${page}/index.html`, firstListed: name });
  }
  return pages;
}

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));
const periodsOf = (pages: SearchPage[], maxPages?: number) => planSearchBundles(pages, maxPages).map((bundle) => `${bundle.period}: ${bundle.pages.length}`);

/** The periods whose pages changed when `day` is added to `before`. */
function touched(before: SearchPage[], day: SearchPage, maxPages?: number): string[] {
  const old = new Map(planSearchBundles(before, maxPages).map((bundle) => [bundle.folder, bundle.pages.join()]));
  return planSearchBundles([...before, day], maxPages)
    .filter((bundle) => old.get(bundle.folder) !== bundle.pages.join())
    .map((bundle) => bundle.period);
}

describe('search periods', () => {
  it('names a period by the newest month, or by its first and last day', () => {
    expect(periodName('2025-08', '2025-08')).toBe('2025-08');
    expect(periodName('2024-05-27', '2025-07-14')).toBe('2024-05-27--2025-07-14');
  });

  it('gives the newest month a bundle and fills the others with closed days, oldest first, up to the cap', () => {
    const periods = searchPeriods(counts({ '2024-03-02': 30, '2024-12-01': 30, '2024-12-09': 30, '2025-11-30': 30, '2025-12-01': 10, '2025-12-02': 5 }), 70);
    expect(Object.fromEntries(periods)).toEqual({
      '2024-03-02': '2024-03-02--2024-12-01',
      '2024-12-01': '2024-03-02--2024-12-01',
      '2024-12-09': '2024-12-09--2025-11-30',
      '2025-11-30': '2024-12-09--2025-11-30',
      '2025-12-01': '2025-12',
      '2025-12-02': '2025-12',
    });
    // A day larger than the cap is a bundle of its own; the newest month stays whole whatever its size.
    expect(Object.fromEntries(searchPeriods(counts({ '2025-01-05': 500, '2025-01-06': 1, '2025-02-01': 500 }), 70))).toEqual({ '2025-01-05': '2025-01-05', '2025-01-06': '2025-01-06', '2025-02-01': '2025-02' });
  });

  it('fills every sealed bundle to the cap, so indexing memory is bounded and bundles are as few as it allows', () => {
    // 100,000 papers at 50 a day: thirteen full bundles, the one being filled, and the newest month.
    const plan = planSearchBundles(days('2020-06-13', '2025-12-10', 50));
    expect(plan.length).toBe(15);
    expect(plan.slice(2).every((bundle) => bundle.pages.length === MAX_BUNDLE_PAGES)).toBe(true);
    for (const bundle of plan) expect(bundle.pages.length).toBeLessThanOrEqual(MAX_BUNDLE_PAGES);
    expect(plan[0]).toMatchObject({ period: '2025-12', pages: { length: 500 } });
  });

  it('keeps an archive of a few thousand papers a year to a bundle a year or two', () => {
    expect(periodsOf(days('2024-05-27', '2026-08-21', 11))).toEqual(['2026-08: 231', '2026-04-08--2026-07-31: 1265', '2024-05-27--2026-04-07: 7491']);
  });

  it('a new day touches its own month only; a month that closes goes to the bundle being filled (and the next, when it fills it)', () => {
    const archive = days('2025-01-01', '2026-08-20', 20);
    expect(periodsOf(archive)).toEqual(['2026-08: 400', '2026-01-11--2026-07-31: 4040', '2025-01-01--2026-01-10: 7500']);
    expect(touched(archive, { sourcePath: 'papers/new/index.html', firstListed: '2026-08-21' })).toEqual(['2026-08']);
    // Opening a month: the new month, and last month's days join the bundle being filled (the monthly merge).
    expect(touched(archive, { sourcePath: 'papers/new/index.html', firstListed: '2026-09-01' })).toEqual(['2026-09', '2026-01-11--2026-08-20']);
    // A month that fills the bundle seals it and starts the next: the two bundles its days go to change, once.
    const small = days('2025-01-01', '2025-03-10', 20);
    expect(periodsOf(small, 300)).toEqual(['2025-03: 200', '2025-02-15--2025-02-28: 280', '2025-01-31--2025-02-14: 300', '2025-01-16--2025-01-30: 300', '2025-01-01--2025-01-15: 300']);
    expect(touched(small, { sourcePath: 'papers/new/index.html', firstListed: '2025-04-01' }, 300)).toEqual(['2025-04', '2025-03-02--2025-03-10', '2025-02-15--2025-03-01']);
  });

  it('puts the newest period in the primary folder and the others beside it, newest first, pages in the order given', () => {
    const plan = planSearchBundles([
      { sourcePath: 'papers/b/index.html', firstListed: '2025-08-02' },
      { sourcePath: 'papers/a/index.html', firstListed: '2025-07-30' },
      { sourcePath: 'papers/c/index.html', firstListed: '2025-11-12' },
      { sourcePath: 'papers/d/index.html', firstListed: '2025-12-01' },
    ]);
    expect(plan).toEqual([
      { period: '2025-12', folder: 'pagefind/', pages: ['papers/d/index.html'] },
      { period: '2025-07-30--2025-11-12', folder: 'pagefind-archive/2025-07-30--2025-11-12/', pages: ['papers/b/index.html', 'papers/a/index.html', 'papers/c/index.html'] },
    ]);
  });

  it('keeps a closed period stable while days are added to the current one', () => {
    const older = [{ sourcePath: 'papers/a/index.html', firstListed: '2025-07-01' }];
    const before = planSearchBundles([...older, { sourcePath: 'papers/x/index.html', firstListed: '2025-11-01' }]);
    const after = planSearchBundles([...older, { sourcePath: 'papers/x/index.html', firstListed: '2025-11-01' }, { sourcePath: 'papers/y/index.html', firstListed: '2025-11-02' }]);
    expect(after.at(-1)).toEqual(before.at(-1));
  });

  it('plans nothing for no pages', () => {
    expect(planSearchBundles([])).toEqual([]);
  });
});

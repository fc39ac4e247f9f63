import { describe, expect, it } from 'vitest';
import { planSearchBundles, quarterOf, searchPeriodOf } from '../../src/index/search-periods.ts';

describe('search periods', () => {
  it('names quarters', () => {
    expect(['2025-01', '2025-03', '2025-04', '2025-12'].map(quarterOf)).toEqual(['2025q1', '2025q1', '2025q2', '2025q4']);
  });

  it('gives the current quarter a bundle per month and each closed quarter one bundle', () => {
    expect(searchPeriodOf('2025-11', '2025-12')).toBe('2025-11');
    expect(searchPeriodOf('2025-09', '2025-12')).toBe('2025q3');
    expect(searchPeriodOf('2024-12', '2025-01')).toBe('2024q4');
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
      { period: '2025-11', folder: 'pagefind-archive/2025-11/', pages: ['papers/c/index.html'] },
      { period: '2025q3', folder: 'pagefind-archive/2025q3/', pages: ['papers/a/index.html', 'papers/b/index.html'] },
    ]);
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

import { describe, expect, it } from 'vitest';
import { fetchWindow } from '../../src/fetch/fetch-window.ts';

const listed = (...days: string[]) => new Set(days);

describe('the days a scheduled fetch asks for', () => {
  it('the recent days, on a new archive', () => {
    expect(fetchWindow('2025-12-10', 3, 30, listed())).toEqual({ days: ['2025-12-07', '2025-12-08', '2025-12-09'], olderMissing: [] });
  });

  it('reaches back to the day after the last listed one when the schedule stopped for a while', () => {
    const { days } = fetchWindow('2025-12-20', 3, 30, listed('2025-12-01', '2025-12-02'));
    expect(days[0]).toBe('2025-12-03');
    expect(days.at(-1)).toBe('2025-12-19');
    expect(days).toHaveLength(17);
  });

  it('keeps asking for a day that failed after the recent window moved past it', () => {
    // 2025-12-03 failed three runs in a row while the days after it were fetched.
    const have = listed('2025-12-01', '2025-12-02', '2025-12-04', '2025-12-05', '2025-12-06', '2025-12-07', '2025-12-08', '2025-12-09');
    expect(fetchWindow('2025-12-10', 3, 30, have).days).toEqual(['2025-12-03', '2025-12-07', '2025-12-08', '2025-12-09']);
  });

  it('names the holes older than the look-back instead of fetching them', () => {
    const have = listed('2025-10-01', '2025-10-03', ...Array.from({ length: 40 }, (_, i) => `2025-11-${String(i % 30 + 1).padStart(2, '0')}`), '2025-12-01', '2025-12-02');
    const window = fetchWindow('2025-12-03', 1, 30, have);
    expect(window.days).toEqual(['2025-12-02']);
    expect(window.olderMissing[0]).toBe('2025-10-02');
    expect(window.olderMissing).toContain('2025-10-31');
    expect(window.olderMissing).not.toContain('2025-11-15');
  });

  it('never asks for today', () => {
    expect(fetchWindow('2025-12-10', 3, 30, listed('2025-12-10')).days).not.toContain('2025-12-10');
  });
});

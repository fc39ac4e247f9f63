// The date helpers of src/util/dates/: words for days and weeks, ISO weeks, a month's calendar.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/util/dates/format-date.ts';
import { formatWeek } from '../../src/util/dates/format-week.ts';
import { isoWeek } from '../../src/util/dates/iso-week.ts';
import { monthCalendar } from '../../src/util/dates/month-calendar.ts';

describe('formatDate', () => {
  it('writes a day or a month in words, in every style', () => {
    expect(formatDate('2025-12-09')).toBe('9 December 2025');
    expect(formatDate('2025-12-09', 'long')).toBe('Tuesday, 9 December 2025');
    expect(formatDate('2025-12', 'month')).toBe('December 2025');
    expect(formatDate('2025-12-09', 'month')).toBe('December 2025');
  });
  it('gives the same answer the second time (it remembers)', () => {
    expect(formatDate('2024-02-29')).toBe(formatDate('2024-02-29'));
  });
});

describe('ISO weeks', () => {
  it('numbers weeks from Monday, across year ends', () => {
    expect(isoWeek('2025-12-08')).toBe('2025-W50'); // Monday
    expect(isoWeek('2025-12-14')).toBe('2025-W50'); // Sunday
    expect(isoWeek('2025-12-29')).toBe('2026-W01');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
  });

  it('are shown as Monday to Sunday', () => {
    expect(formatWeek('2025-W50')).toBe('8 – 14 December 2025');
    expect(formatWeek('2025-W49')).toBe('1 – 7 December 2025');
    expect(formatWeek('2025-W48')).toBe('24 – 30 November 2025');
    expect(formatWeek('2026-W01')).toBe('29 December 2025 – 4 January 2026');
  });
});

describe('month calendar', () => {
  it('lays out a month in Monday-first rows', () => {
    const rows = monthCalendar('2025-12');
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual({ week: '2025-W49', days: ['2025-12-01', '2025-12-02', '2025-12-03', '2025-12-04', '2025-12-05', '2025-12-06', '2025-12-07'] });
    expect(rows.at(-1)).toEqual({ week: '2026-W01', days: ['2025-12-29', '2025-12-30', '2025-12-31', undefined, undefined, undefined, undefined] });
  });

  it('leaves the cells before the first day empty', () => {
    expect(monthCalendar('2026-02')[0].days).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, '2026-02-01']);
  });
});

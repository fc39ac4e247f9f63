import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, recentDays, utcDay } from '../../src/fetch/day-range.ts';

describe('UTC day arithmetic', () => {
  it('takes the UTC day of an instant, whatever the local zone says', () => {
    expect(utcDay(new Date('2025-12-09T23:59:59.999Z'))).toBe('2025-12-09');
    expect(utcDay(new Date('2025-12-10T00:30:00+02:00'))).toBe('2025-12-09');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
  });

  it('lists a range with both ends, and nothing for a reversed one', () => {
    expect(daysBetween('2025-02-27', '2025-03-02')).toEqual(['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02']);
    expect(daysBetween('2025-12-09', '2025-12-09')).toEqual(['2025-12-09']);
    expect(daysBetween('2025-12-10', '2025-12-09')).toEqual([]);
  });

  it('takes the recent days before today, oldest first, leaving today out', () => {
    expect(recentDays('2026-01-02', 3)).toEqual(['2025-12-30', '2025-12-31', '2026-01-01']);
  });
});

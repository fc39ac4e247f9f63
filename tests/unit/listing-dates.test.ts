import { expect, it } from 'vitest';
import { inferYear, isIsoDate, isoDate, isRealDate, monthNumber } from '../../src/parse/listing-dates.ts';

it('reads month names as the listings print them', () => {
  expect(monthNumber('Jan')).toBe(1);
  expect(monthNumber('Dec')).toBe(12);
  expect(monthNumber('December')).toBeUndefined();
});

it('knows real days from impossible ones', () => {
  expect(isRealDate(2024, 2, 29)).toBe(true);
  expect(isRealDate(2025, 2, 29)).toBe(false);
  expect(isIsoDate('2025-12-09')).toBe(true);
  expect(isIsoDate('2025-02-30')).toBe(false);
  expect(isIsoDate('2025-2-3')).toBe(false);
  expect(isoDate(987, 3, 4)).toBe('0987-03-04');
});

it('gives a date printed without a year the edition year, or the year before', () => {
  expect(inferYear(12, 1, '2025-12-09')).toBe(2025);
  expect(inferYear(12, 30, '2026-01-02')).toBe(2025);
});

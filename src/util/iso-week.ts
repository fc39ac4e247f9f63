import { getISOWeek, getISOWeekYear } from 'date-fns';

/** The ISO 8601 week of a `YYYY-MM-DD` day, as `YYYY-Www` (weeks start on Monday; 2025-12-29 is 2026-W01). */
export function isoWeek(isoDate: string): string {
  // Noon UTC: the same calendar day in every time zone the build machine may have.
  const day = new Date(`${isoDate}T12:00:00Z`);
  return `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}`;
}

/** The ISO 8601 week of a `YYYY-MM-DD` day, as `YYYY-Www` (weeks start on Monday; 2025-12-29 is 2026-W01). */
const DAY_MS = 86_400_000;

export function isoWeek(isoDate: string): string {
  // Pure UTC arithmetic: date-fns reads a Date in the machine's zone, which moved days near midnight UTC
  // into the next or previous week at UTC+13/+14 or UTC-10.
  const [year, month, date] = isoDate.split('-').map(Number);
  const day = Date.UTC(year, month - 1, date);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  const thursday = day + (3 - weekday) * DAY_MS; // a week belongs to the year of its Thursday
  const weekYear = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(weekYear, 0, 1)) / DAY_MS / 7);
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of an ISO week (`YYYY-Www`) as `YYYY-MM-DD`, or undefined when there is no such week. */
export function isoWeekMonday(week: string): string | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return undefined;
  const [weekYear, number] = [Number(match[1]), Number(match[2])];
  const january4 = Date.UTC(weekYear, 0, 4); // always in week 1
  const monday = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * DAY_MS + (number - 1) * 7 * DAY_MS;
  const day = new Date(monday).toISOString().slice(0, 10);
  return number >= 1 && isoWeek(day) === week ? day : undefined;
}

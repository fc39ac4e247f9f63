/** Day arithmetic on `YYYY-MM-DD` strings, always in UTC (the API's days are UTC days). */

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC calendar day of an instant. */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function addDays(day: string, count: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS));
}

/** Every day from `from` to `to`, both included, oldest first. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The `count` days before `today`, oldest first. Today itself is left out: its list still grows until the
 * day is over, and a partial file would stop the next runs from fetching the day again.
 */
export function recentDays(today: string, count: number): string[] {
  return daysBetween(addDays(today, -count), addDays(today, -1));
}

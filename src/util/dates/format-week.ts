import { formatDate } from './format-date.ts';
import { isoWeekMonday } from './iso-week.ts';

const DAY_MS = 86_400_000;

/** `2025-W49` → "1 – 7 December 2025", the week's Monday to Sunday (ISO 8601 weeks). */
export function formatWeek(week: string): string {
  // UTC arithmetic on plain days: the build machine's time zone never enters.
  const start = isoWeekMonday(week);
  if (start === undefined) throw new Error(`not an ISO week: ${week}`);
  const end = new Date(Date.parse(`${start}T00:00:00Z`) + 6 * DAY_MS).toISOString().slice(0, 10);
  const [startDay, startMonth, startYear] = formatDate(start).split(' ');
  const [, endMonth, endYear] = formatDate(end).split(' ');
  const from = startYear !== endYear ? formatDate(start) : startMonth !== endMonth ? `${startDay} ${startMonth}` : startDay;
  return `${from} – ${formatDate(end)}`;
}

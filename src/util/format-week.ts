import { addDays, format, parse } from 'date-fns';
import { formatDate } from './format-date.ts';

/** `2025-W49` → "1 – 7 December 2025", the week's Monday to Sunday (ISO 8601 weeks). */
export function formatWeek(week: string): string {
  // date-fns reads and writes local time on both sides, so the build machine's time zone cancels out.
  const monday = parse(week, "RRRR-'W'II", new Date(2000, 0, 1));
  if (Number.isNaN(monday.getTime())) throw new Error(`not an ISO week: ${week}`);
  const [start, end] = [monday, addDays(monday, 6)].map((day) => format(day, 'yyyy-MM-dd'));
  const [startDay, startMonth, startYear] = formatDate(start).split(' ');
  const [, endMonth, endYear] = formatDate(end).split(' ');
  const from = startYear !== endYear ? formatDate(start) : startMonth !== endMonth ? `${startDay} ${startMonth}` : startDay;
  return `${from} – ${formatDate(end)}`;
}

import { isoWeek } from './iso-week.ts';

export interface CalendarWeek {
  /** ISO week of the row (`YYYY-Www`). */
  week: string;
  /** Seven cells, Monday first: a `YYYY-MM-DD` day of the month, or undefined outside it. */
  days: (string | undefined)[];
}

/** The weeks of a month (`YYYY-MM`) as calendar rows, Monday first, like a wall calendar. */
export function monthCalendar(month: string): CalendarWeek[] {
  const [year, monthNumber] = month.split('-').map(Number);
  const length = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate(); // day 0 of the next month, in UTC
  const rows: CalendarWeek[] = [];
  for (let day = 1; day <= length; day++) {
    const date = `${month}-${String(day).padStart(2, '0')}`;
    const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
    if (rows.length === 0 || weekday === 0) rows.push({ week: isoWeek(date), days: Array(7).fill(undefined) });
    rows.at(-1)!.days[weekday] = date;
  }
  return rows;
}

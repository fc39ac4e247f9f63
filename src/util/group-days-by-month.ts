import type { Day } from '../collect/schema.ts';

/** Days grouped by `YYYY-MM`, keeping the order given (newest first in the archive). */
export function groupDaysByMonth(days: readonly Day[]): { month: string; days: Day[] }[] {
  const groups: { month: string; days: Day[] }[] = [];
  for (const day of days) {
    const month = day.date.slice(0, 7);
    if (groups.at(-1)?.month === month) groups.at(-1)!.days.push(day);
    else groups.push({ month, days: [day] });
  }
  return groups;
}

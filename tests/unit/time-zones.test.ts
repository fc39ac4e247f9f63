// Date maths must not depend on the build machine's time zone. Node reads process.env.TZ anew when it
// changes, so each zone is tried in this process. The reference weeks come from date-fns under TZ=UTC,
// where its local-time reading is UTC: an independent implementation of ISO 8601 weeks.
import { getISOWeek, getISOWeekYear } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { formatWeek } from '../../src/util/dates/format-week.ts';
import { isoWeek, isoWeekMonday } from '../../src/util/dates/iso-week.ts';
import { monthCalendar } from '../../src/util/dates/month-calendar.ts';

const ZONES = ['UTC', 'Pacific/Kiritimati', 'America/Adak', 'Pacific/Auckland', 'Pacific/Pago_Pago', 'Asia/Kolkata'];
const saved = process.env.TZ;
afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`); at += 86_400_000) out.push(new Date(at).toISOString().slice(0, 10));
  return out;
}
const all = days('2019-12-20', '2028-01-10');

function reference(): Map<string, string> {
  process.env.TZ = 'UTC';
  return new Map(all.map((day) => {
    const date = new Date(`${day}T00:00:00`);
    return [day, `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`];
  }));
}

describe('date maths in any time zone', () => {
  it('the Sunday 2026-03-15 is in week 2026-W11 everywhere', () => {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      expect(isoWeek('2026-03-15'), zone).toBe('2026-W11');
      expect(isoWeek('2026-03-16'), zone).toBe('2026-W12');
    }
  });

  it('every day of 2020–2027 has the ISO week of the UTC reference, in every zone', () => {
    const weeks = reference();
    for (const zone of ZONES) {
      process.env.TZ = zone;
      const wrong = all.filter((day) => isoWeek(day) !== weeks.get(day));
      expect(wrong.slice(0, 5), `${zone}: ${wrong.length} days in the wrong week`).toEqual([]);
    }
  });

  it('weeks, their Mondays and month calendars are the same in every zone', () => {
    const weeks = [...new Set(reference().values())];
    const months = [...new Set(all.map((day) => day.slice(0, 7)))];
    const render = () => ({
      weeks: weeks.map((week) => `${week} ${isoWeekMonday(week)} ${formatWeek(week)}`),
      calendars: months.map((month) => JSON.stringify(monthCalendar(month))),
    });
    process.env.TZ = 'UTC';
    const expected = render();
    expect(expected.weeks).toContain('2026-W11 2026-03-09 9 – 15 March 2026');
    for (const zone of ZONES.slice(1)) {
      process.env.TZ = zone;
      expect(render(), zone).toEqual(expected);
    }
  });

  it('a week that does not exist is refused', () => {
    expect(isoWeekMonday('2025-W53')).toBeUndefined(); // 2025 has 52 weeks
    expect(isoWeekMonday('2020-W53')).toBe('2020-12-28');
    expect(() => formatWeek('2025-W00')).toThrow(/not an ISO week/);
  });
});

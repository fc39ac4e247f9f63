/**
 * Which days `npm run fetch` without a day asks for. The recent days (FETCH_RECENT_DAYS before today), and
 * every day owed: a day without a listing after the first listed day, within FETCH_LOOKBACK_DAYS, and every
 * day since the last listed one (a schedule that stopped for a while catches up, up to a year). A day that
 * failed is thus tried again on every run until it is fetched, not given up after the recent window moved
 * past it; a hole older than the look-back is not fetched but named on every run.
 */
import { addDays, daysBetween, recentDays } from './day-range.ts';
import { MAX_DAYS } from './fetch-args.ts';

export interface FetchWindow {
  /** Days to ask for, oldest first. */
  days: string[];
  /** Days without a listing, older than the look-back: named, not fetched. */
  olderMissing: string[];
}

export function fetchWindow(today: string, recent: number, lookback: number, listed: ReadonlySet<string>): FetchWindow {
  const wanted = new Set(recentDays(today, recent));
  const sorted = [...listed].sort();
  const [first, last] = [sorted[0], sorted.at(-1)];
  const yesterday = addDays(today, -1);
  const earliest = addDays(today, -MAX_DAYS);
  const olderMissing: string[] = [];
  if (first !== undefined && last !== undefined && first <= yesterday) {
    // Since the last listed day, however long ago (up to a year).
    for (const day of daysBetween(last > earliest ? addDays(last, 1) : earliest, yesterday)) wanted.add(day);
    const lookbackStart = addDays(today, -lookback);
    for (const day of daysBetween(first, last < yesterday ? last : yesterday)) {
      if (listed.has(day)) continue;
      if (day >= lookbackStart) wanted.add(day);
      else olderMissing.push(day);
    }
  }
  return { days: [...wanted].filter((day) => day <= yesterday).sort(), olderMissing };
}

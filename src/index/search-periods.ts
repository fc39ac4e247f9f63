/**
 * Which search bundle a paper goes into. Papers are grouped by the month they were first listed, which
 * never changes, and periods are merged as they close, like the levels of an LSM tree: the newest month
 * has a bundle of its own, and the rest of each year is one bundle, or, when that would pass
 * MAX_BUNDLE_PAGES, one bundle per quarter (or, past it again, per month).
 * - A new day re-indexes only its own month; the bundle its year (or quarter) so far is in is indexed once
 *   more when a month closes.
 * - Every bundle a search touches costs the reader at least one index chunk of its own (about 25 kB a
 *   word), so the fewer bundles, the fewer bytes and the less waiting: an archive of a few thousand papers
 *   a year has one bundle a year.
 * - Pagefind holds every page of a bundle in memory while it indexes it (measured on the real archive:
 *   about 300 MB, plus 0.2 MB a page being indexed), so the cap bounds the indexing's memory, whatever
 *   the archive's size.
 */

/** The most pages in a bundle of more than one month: with as many being indexed at a time, about 1.5 GB. */
export const MAX_BUNDLE_PAGES = 6_000;

/** `2025-11` → `2025q4`. */
export function quarterOf(month: string): string {
  return `${month.slice(0, 4)}q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * The bundle of each month (`YYYY-MM` → period), from how many pages were first listed in each: the newest
 * month alone, the other months by year, split into quarters and then months where a year passes `maxPages`.
 */
export function searchPeriods(pagesByMonth: ReadonlyMap<string, number>, maxPages = MAX_BUNDLE_PAGES): Map<string, string> {
  const months = [...pagesByMonth.keys()].sort();
  const latest = months.at(-1);
  const periods = new Map<string, string>();
  const total = (group: readonly string[]) => group.reduce((sum, month) => sum + pagesByMonth.get(month)!, 0);
  for (const [year, ofYear] of Map.groupBy(months.filter((month) => month !== latest), (month) => month.slice(0, 4))) {
    if (total(ofYear) <= maxPages) {
      for (const month of ofYear) periods.set(month, year);
      continue;
    }
    for (const [quarter, ofQuarter] of Map.groupBy(ofYear, quarterOf)) {
      for (const month of ofQuarter) periods.set(month, total(ofQuarter) <= maxPages ? quarter : month);
    }
  }
  if (latest) periods.set(latest, latest);
  return periods;
}

/** The first month a period (`2025`, `2025q3` or `2025-08`) covers. */
export function firstMonthOf(period: string): string {
  if (/^\d{4}$/.test(period)) return `${period}-01`;
  if (period.includes('q')) return `${period.slice(0, 4)}-${String((Number(period.slice(5)) - 1) * 3 + 1).padStart(2, '0')}`;
  return period;
}

export interface SearchPage {
  /** Path of the page's HTML, relative to the output folder. */
  sourcePath: string;
  /** `YYYY-MM` of the paper's first listing. */
  month: string;
}

export interface SearchBundlePlan {
  period: string;
  /** Folder of the bundle, relative to the output folder, ending in `/`. */
  folder: string;
  pages: string[];
}

/** The primary bundle, which the browser loads first, is the newest period; the others sit in their own folders. */
export const PRIMARY_FOLDER = 'pagefind/';
export const ARCHIVE_FOLDER = 'pagefind-archive/';

/** Splits the pages into bundles, newest period first; page lists sorted, so the plan never depends on file order. */
export function planSearchBundles(pages: readonly SearchPage[], maxPages = MAX_BUNDLE_PAGES): SearchBundlePlan[] {
  const pagesByMonth = new Map<string, number>();
  for (const page of pages) pagesByMonth.set(page.month, (pagesByMonth.get(page.month) ?? 0) + 1);
  const periodOf = searchPeriods(pagesByMonth, maxPages);
  const byPeriod = Map.groupBy(pages, (page) => periodOf.get(page.month)!);
  // Periods never overlap: newest first is by the first month each covers.
  const periods = [...byPeriod.keys()].sort((a, b) => (firstMonthOf(a) < firstMonthOf(b) ? 1 : -1));
  return periods.map((period, index) => ({
    period,
    folder: index === 0 ? PRIMARY_FOLDER : `${ARCHIVE_FOLDER}${period}/`,
    pages: byPeriod.get(period)!.map((page) => page.sourcePath).sort(),
  }));
}

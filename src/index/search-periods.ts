/**
 * Which search bundle a paper goes into. Papers are grouped by the day they were first listed, which never
 * changes, and closed days are merged into larger bundles as their month closes, like the levels of an LSM
 * tree: the newest month has a bundle of its own, and the days of the closed months, oldest first, fill
 * bundles of up to `maxPages` pages each. A bundle that is full is sealed and never indexed again; the newest
 * of them takes each month's days as the month closes until it is full in turn (a month may end one bundle
 * and start the next).
 * - A new day re-indexes only its own month; when a month closes, the bundles its days go to are indexed once more.
 * - Every bundle a search touches costs the reader at least one index chunk of its own (about 25 kB a
 *   word) and a Pagefind instance to start, so the fewer bundles, the fewer bytes and the less waiting:
 *   9,000 papers are three bundles, 100,000 fifteen.
 * - Pagefind holds every page of a bundle in memory while it indexes it (measured on real papers: about
 *   100 MB, plus 0.16 MB a page being indexed), so the cap bounds the indexing's memory, whatever the
 *   archive's size.
 */

/** The most pages in a bundle of closed days: being indexed, 1.3 to 1.5 GB (measured: 1,353 MB for 7,451 real papers). */
export const MAX_BUNDLE_PAGES = 7_500;

/** A period's name: the newest month's (`2025-08`), or its first and last day (`2024-05-27--2025-07-14`). */
export function periodName(first: string, last: string): string {
  return first === last ? first : `${first}--${last}`;
}

/**
 * The bundle of each day (`YYYY-MM-DD` → period), from how many pages were first listed on each: the days
 * of the newest month together; the other days, oldest first, in runs of at most `maxPages` pages (a day
 * larger than that is a run of its own).
 */
export function searchPeriods(pagesByDay: ReadonlyMap<string, number>, maxPages = MAX_BUNDLE_PAGES): Map<string, string> {
  const days = [...pagesByDay.keys()].sort();
  const newestMonth = days.at(-1)?.slice(0, 7) ?? '';
  const inNewestMonth = (day: string) => day.slice(0, 7) === newestMonth;
  const runs: string[][] = [];
  let pages = 0;
  for (const day of days.filter((day) => !inNewestMonth(day))) {
    const size = pagesByDay.get(day)!;
    if (runs.length === 0 || pages + size > maxPages) {
      runs.push([]);
      pages = 0;
    }
    runs.at(-1)!.push(day);
    pages += size;
  }
  const periods = new Map<string, string>();
  for (const run of runs) for (const day of run) periods.set(day, periodName(run[0], run.at(-1)!));
  for (const day of days.filter(inNewestMonth)) periods.set(day, newestMonth);
  return periods;
}

export interface SearchPage {
  /** Path of the page's HTML, relative to the output folder. */
  sourcePath: string;
  /** `YYYY-MM-DD` of the paper's first listing. */
  firstListed: string;
}

export interface SearchBundlePlan {
  period: string;
  /** Folder of the bundle, relative to the output folder, ending in `/`. */
  folder: string;
  /** In the order they are indexed. */
  pages: string[];
}

/** The primary bundle, which the browser loads first, is the newest period; the others sit in their own folders. */
export const PRIMARY_FOLDER = 'pagefind/';
export const ARCHIVE_FOLDER = 'pagefind-archive/';

/**
 * Splits the pages into bundles, newest period first. Pages keep the order they are given in (the index's
 * order, see search-keys.ts), so the plan never depends on file order.
 */
export function planSearchBundles(pages: readonly SearchPage[], maxPages = MAX_BUNDLE_PAGES): SearchBundlePlan[] {
  const pagesByDay = new Map<string, number>();
  for (const page of pages) pagesByDay.set(page.firstListed, (pagesByDay.get(page.firstListed) ?? 0) + 1);
  const periodOf = searchPeriods(pagesByDay, maxPages);
  const byPeriod = Map.groupBy(pages, (page) => periodOf.get(page.firstListed)!);
  // Periods never overlap, and their names start with their first day or month: newest first is by name.
  const periods = [...byPeriod.keys()].sort().reverse();
  return periods.map((period, index) => ({
    period,
    folder: index === 0 ? PRIMARY_FOLDER : `${ARCHIVE_FOLDER}${period}/`,
    pages: byPeriod.get(period)!.map((page) => page.sourcePath),
  }));
}

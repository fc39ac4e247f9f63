/**
 * Which search bundle a paper goes into. Papers are grouped by the month they were first listed, which
 * never changes, and closed months are merged into larger bundles as they close, like the levels of an LSM
 * tree: the newest month has a bundle of its own, and the closed months, oldest first, fill bundles of up to
 * `maxPages` pages each. A bundle that is full is sealed and never indexed again; the newest of them takes
 * each month as it closes until it is full in turn.
 * - A new day re-indexes only its own month; the bundle being filled is indexed once more when a month closes.
 * - Every bundle a search touches costs the reader at least one index chunk of its own (about 25 kB a
 *   word) and a Pagefind instance to start, so the fewer bundles, the fewer bytes and the less waiting:
 *   9,000 papers are three bundles, 100,000 fifteen.
 * - Pagefind holds every page of a bundle in memory while it indexes it (measured on real papers: about
 *   100 MB, plus 0.16 MB a page being indexed), so the cap bounds the indexing's memory, whatever the
 *   archive's size.
 */

/** The most pages in a bundle of closed months: being indexed, about 1.3 GB. */
export const MAX_BUNDLE_PAGES = 7_500;

/** A period's name: its month (`2025-08`), or its first and last month (`2024-05--2025-07`). */
export function periodName(first: string, last: string): string {
  return first === last ? first : `${first}--${last}`;
}

/**
 * The bundle of each month (`YYYY-MM` → period), from how many pages were first listed in each: the newest
 * month alone; the other months, oldest first, in runs of consecutive months of at most `maxPages` pages (a
 * month larger than that is a run of its own).
 */
export function searchPeriods(pagesByMonth: ReadonlyMap<string, number>, maxPages = MAX_BUNDLE_PAGES): Map<string, string> {
  const months = [...pagesByMonth.keys()].sort();
  const latest = months.pop();
  const runs: string[][] = [];
  let pages = 0;
  for (const month of months) {
    const size = pagesByMonth.get(month)!;
    if (runs.length === 0 || pages + size > maxPages) {
      runs.push([]);
      pages = 0;
    }
    runs.at(-1)!.push(month);
    pages += size;
  }
  const periods = new Map<string, string>();
  for (const run of runs) for (const month of run) periods.set(month, periodName(run[0], run.at(-1)!));
  if (latest) periods.set(latest, latest);
  return periods;
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
  /** In the order they are indexed. */
  pages: string[];
}

/** The primary bundle, which the browser loads first, is the newest period; the others sit in their own folders. */
export const PRIMARY_FOLDER = 'pagefind/';
export const ARCHIVE_FOLDER = 'pagefind-archive/';

/**
 * Splits the pages into bundles, newest period first. Pages keep the order they are given in (the index's
 * order, see search-order.ts), so the plan never depends on file order.
 */
export function planSearchBundles(pages: readonly SearchPage[], maxPages = MAX_BUNDLE_PAGES): SearchBundlePlan[] {
  const pagesByMonth = new Map<string, number>();
  for (const page of pages) pagesByMonth.set(page.month, (pagesByMonth.get(page.month) ?? 0) + 1);
  const periodOf = searchPeriods(pagesByMonth, maxPages);
  const byPeriod = Map.groupBy(pages, (page) => periodOf.get(page.month)!);
  // Periods never overlap, and their names start with their first month: newest first is by name.
  const periods = [...byPeriod.keys()].sort().reverse();
  return periods.map((period, index) => ({
    period,
    folder: index === 0 ? PRIMARY_FOLDER : `${ARCHIVE_FOLDER}${period}/`,
    pages: byPeriod.get(period)!.map((page) => page.sourcePath),
  }));
}

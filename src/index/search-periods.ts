/**
 * Which search bundle a paper goes into. Papers are grouped by the month they were first listed, which
 * never changes, and periods are merged as they close, like the levels of an LSM tree: the newest month
 * has a bundle of its own, the earlier months of its year one bundle, and every closed year one bundle.
 * A new day therefore re-indexes only its own month; the year so far is indexed once more when a month
 * closes; indexing memory is bounded by one year's papers; and the browser merges two bundles of the
 * current year and one per closed year, however old the archive. (Each bundle a search touches costs the
 * reader at least one index chunk of its own, so fewer bundles are fewer bytes and less waiting.)
 */

/** The bundle of a paper first listed in `month` (`YYYY-MM`), when the newest month of the digest is `latestMonth`. */
export function searchPeriodOf(month: string, latestMonth: string): string {
  return month === latestMonth ? month : month.slice(0, 4);
}

/** The first month a period (`2025` or `2025-08`) covers. */
export function firstMonthOf(period: string): string {
  return /^\d{4}$/.test(period) ? `${period}-01` : period;
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
export function planSearchBundles(pages: readonly SearchPage[]): SearchBundlePlan[] {
  const latestMonth = pages.reduce((latest, page) => (page.month > latest ? page.month : latest), '');
  const byPeriod = new Map<string, string[]>();
  for (const page of pages) {
    const period = searchPeriodOf(page.month, latestMonth);
    const list = byPeriod.get(period);
    if (list) list.push(page.sourcePath);
    else byPeriod.set(period, [page.sourcePath]);
  }
  // Periods never overlap: newest first is by the first month each covers.
  const periods = [...byPeriod.keys()].sort((a, b) => (firstMonthOf(a) < firstMonthOf(b) ? 1 : -1));
  return periods.map((period, index) => ({
    period,
    folder: index === 0 ? PRIMARY_FOLDER : `${ARCHIVE_FOLDER}${period}/`,
    pages: byPeriod.get(period)!.sort(),
  }));
}

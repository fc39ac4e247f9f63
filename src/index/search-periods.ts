/**
 * Which search bundle a paper goes into. Papers are grouped by the month they were first listed, which
 * never changes: every month of the current quarter has a bundle of its own, and every closed quarter one
 * bundle. A new day therefore re-indexes only its own month; a quarter is indexed once more when it
 * closes; and indexing memory is bounded by one quarter whatever the size of the archive, while the
 * browser merges only a handful of bundles (about four a year).
 */

/** `2025-11` → `2025q4`. */
export function quarterOf(month: string): string {
  return `${month.slice(0, 4)}q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The bundle of a paper first listed in `month`, when the newest month of the digest is `latestMonth`. */
export function searchPeriodOf(month: string, latestMonth: string): string {
  const quarter = quarterOf(month);
  return quarter === quarterOf(latestMonth) ? month : quarter;
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
  // Months (YYYY-MM) and quarters (YYYYqN) of one year sort together by their first 7 characters' meaning;
  // compare by the first month each period covers.
  const firstMonth = (period: string) => (period.includes('q') ? `${period.slice(0, 4)}-${String((Number(period.slice(5)) - 1) * 3 + 1).padStart(2, '0')}` : period);
  const periods = [...byPeriod.keys()].sort((a, b) => (firstMonth(a) < firstMonth(b) ? 1 : -1));
  return periods.map((period, index) => ({
    period,
    folder: index === 0 ? PRIMARY_FOLDER : `${ARCHIVE_FOLDER}${period}/`,
    pages: byPeriod.get(period)!.sort(),
  }));
}

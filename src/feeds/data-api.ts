/**
 * The static data API: `/api/index.json` (every day and its count) and `/api/days/YYYY-MM-DD.json` (a day's
 * papers with every field the site knows). One file per day, not per paper, so the file count stays small.
 * Their JSON Schemas are public/api/schema/*.json; bump API_VERSION when a field changes meaning.
 */
import type { Day, Paper } from '../collect/schema.ts';

export const API_VERSION = 1;

export interface ApiContext {
  /** Absolute URLs, exactly as the site links them. */
  paperUrl(id: string): string;
  dayUrl(date: string): string;
  dayApiUrl(date: string): string;
  schemaUrl(name: 'index' | 'day'): string;
}

/** A paper as the API gives it: what its page shows, without the build's own bookkeeping. */
export function apiPaper(paper: Paper, context: ApiContext) {
  const { sources: _sources, related: _related, later: _later, ...shown } = paper;
  return { ...shown, url: context.paperUrl(paper.id) };
}

export function dayFile(day: Day, papers: readonly Paper[], context: ApiContext) {
  return {
    $schema: context.schemaUrl('day'),
    version: API_VERSION,
    date: day.date,
    url: context.dayUrl(day.date),
    papers: papers.map((paper) => apiPaper(paper, context)),
  };
}

export function indexFile(site: { title: string; url: string }, days: readonly Day[], context: ApiContext) {
  return {
    $schema: context.schemaUrl('index'),
    version: API_VERSION,
    site,
    days: days.map((day) => ({ date: day.date, papers: day.papers.length, url: context.dayUrl(day.date), data: context.dayApiUrl(day.date) })),
  };
}

/**
 * Stable JSON: the same digest always gives the same bytes. Compact, with each item of a list (a day's
 * papers, the index's days) on a line of its own: indenting every field would add a sixth to the archive's
 * largest files, and an item a line still reads and diffs well.
 */
export function jsonBody(value: Record<string, unknown>): string {
  const list = (items: unknown[]) => (items.length === 0 ? '[]' : `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`);
  // Fields left undefined are left out, as JSON.stringify leaves them out of an object.
  const fields = Object.entries(value).filter(([, field]) => field !== undefined).map(([key, field]) => `${JSON.stringify(key)}:${Array.isArray(field) ? list(field) : JSON.stringify(field)}`);
  return `{${fields.join(',')}}\n`;
}

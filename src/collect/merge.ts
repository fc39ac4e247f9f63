/**
 * Merges listing entries into one record per real paper (DESIGN.md): the same arXiv id, or, lacking ids,
 * the same normalised title. Where entries differ, the latest day's values win; every day is kept.
 */
import type { ListingEntry } from '../parse/entry.ts';
import type { ListingProblem } from '../parse/problems.ts';
import { titleKey } from './title-key.ts';

export interface MergedPaper {
  /** The entries of this paper, oldest first. */
  entries: ListingEntry[];
  /** The paper as its latest entries describe it. */
  latest: ListingEntry;
  firstTitle: string;
  /** arXiv id, or the normalised title when no listing gave an id. */
  identity: string;
  days: string[];
}

export interface MergeResult {
  /** In order of first appearance: day, then position in that day's listing. */
  papers: MergedPaper[];
  /** Entries listed twice on one day: kept once, reported so nobody wonders where one went. */
  duplicates: ListingProblem[];
}

function byDayThenPosition(a: ListingEntry, b: ListingEntry): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return a.position - b.position;
}

/** Later entries overwrite earlier ones field by field, but a field a later entry lacks keeps its earlier value. */
function combine(entries: ListingEntry[]): ListingEntry {
  const latest: ListingEntry = { ...entries[0] };
  for (const entry of entries.slice(1)) {
    for (const [key, value] of Object.entries(entry)) {
      if (value !== undefined) (latest as unknown as Record<string, unknown>)[key] = value;
    }
  }
  // A paper listed with an author count or an organisation shows the latest of those, not both.
  const last = entries.at(-1)!;
  if (last.organization && last.authorCount === undefined && !last.authors) delete latest.authorCount;
  if (last.authorCount !== undefined && !last.organization) delete latest.organization;
  return latest;
}

export function mergeEntries(all: readonly ListingEntry[]): MergeResult {
  const entries = [...all].sort(byDayThenPosition);
  const groups: ListingEntry[][] = [];
  const byArxivId = new Map<string, ListingEntry[]>();
  const idGroupByTitle = new Map<string, ListingEntry[]>();
  const byTitle = new Map<string, ListingEntry[]>();

  // Entries with an arXiv id group by it; their titles are remembered so id-less entries can join them.
  for (const entry of entries) {
    if (!entry.arxivId) continue;
    let group = byArxivId.get(entry.arxivId);
    if (!group) {
      group = [];
      byArxivId.set(entry.arxivId, group);
      groups.push(group);
    }
    group.push(entry);
    const key = titleKey(entry.title);
    if (!idGroupByTitle.has(key)) idGroupByTitle.set(key, group);
  }
  for (const entry of entries) {
    if (entry.arxivId) continue;
    const key = titleKey(entry.title);
    let group = idGroupByTitle.get(key) ?? byTitle.get(key);
    if (!group) {
      group = [];
      byTitle.set(key, group);
      groups.push(group);
    }
    group.push(entry);
  }

  const duplicates: ListingProblem[] = [];
  const papers = groups.map((group): MergedPaper => {
    group.sort(byDayThenPosition);
    const kept: ListingEntry[] = [];
    for (const entry of group) {
      const sameDay = kept.find((earlier) => earlier.day === entry.day);
      if (sameDay) {
        duplicates.push({
          file: entry.file,
          line: entry.line,
          reason: `the same paper as line ${sameDay.line} of ${sameDay.file} (listed once)`,
        });
      }
      kept.push(entry);
    }
    const first = group[0];
    const latest = combine(group);
    return {
      entries: group,
      latest,
      firstTitle: first.title,
      identity: latest.arxivId ?? titleKey(first.title),
      days: [...new Set(group.map((entry) => entry.day))],
    };
  });
  papers.sort((a, b) => byDayThenPosition(a.entries[0], b.entries[0]));
  return { papers, duplicates };
}

/**
 * Merges listing entries into one record per real paper. Two entries are the same paper when their arXiv ids
 * match; when either lacks an id, only when the normalised title and the publication date both agree (a title
 * alone is not enough: different papers do share titles). Where entries differ, the latest day's values win,
 * except upvotes, which never decrease; every day is kept.
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
  /**
   * arXiv id, or the normalised title when no listing gave an id; a later paper whose title an earlier one
   * already has adds its publication date, so each paper keeps an identity of its own.
   */
  identity: string;
  days: string[];
}

export interface MergeResult {
  /** In order of first appearance: day, then position in that day's listing. */
  papers: MergedPaper[];
  /** Entries listed twice on one day: kept once, reported so nobody wonders where one went. */
  duplicates: ListingProblem[];
  /** Entries that share a title with another paper but are a paper of their own: both are published. */
  sameTitle: ListingProblem[];
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
  // A count only grows: a later listing showing fewer (or none) means a stale or partial copy, not fewer readers.
  const counts = entries.flatMap((entry) => (entry.upvotes === undefined ? [] : [entry.upvotes]));
  if (counts.length > 0) latest.upvotes = Math.max(...counts);
  else delete latest.upvotes;
  return latest;
}

export function mergeEntries(all: readonly ListingEntry[]): MergeResult {
  const entries = [...all].sort(byDayThenPosition);
  // Each title normalised once: NFKC and a Unicode-aware pass were the merge's costliest step, five times an entry.
  const keys = new Map(entries.map((entry) => [entry, titleKey(entry.title)]));
  const keyOf = (entry: ListingEntry) => keys.get(entry)!;
  /** What makes id-less entries the same paper: the normalised title and the publication date. */
  const titleAndDate = (entry: ListingEntry) => `${keyOf(entry)}\0${entry.published}`;
  const groups: ListingEntry[][] = [];
  const byArxivId = new Map<string, ListingEntry[]>();
  const byTitleAndDate = new Map<string, ListingEntry[]>();
  // The first entry seen with each normalised title, to warn when another paper has the same title.
  const firstWithTitle = new Map<string, ListingEntry>();
  const sameTitle: ListingProblem[] = [];

  // Entries with an arXiv id group by it; their titles and dates are remembered so id-less entries can join them.
  for (const entry of entries) {
    if (!entry.arxivId) continue;
    let group = byArxivId.get(entry.arxivId);
    if (!group) {
      group = [];
      byArxivId.set(entry.arxivId, group);
      groups.push(group);
    }
    group.push(entry);
    if (!byTitleAndDate.has(titleAndDate(entry))) byTitleAndDate.set(titleAndDate(entry), group);
    if (!firstWithTitle.has(keyOf(entry))) firstWithTitle.set(keyOf(entry), entry);
  }
  for (const entry of entries) {
    if (entry.arxivId) continue;
    let group = byTitleAndDate.get(titleAndDate(entry));
    if (!group) {
      const namesake = firstWithTitle.get(keyOf(entry));
      if (namesake) {
        sameTitle.push({
          file: entry.file,
          line: entry.line,
          reason:
            `same title as line ${namesake.line} of ${namesake.file} but ${namesake.arxivId ? `no arXiv id to match ${namesake.arxivId} and ` : ''}` +
            `published ${entry.published}, not ${namesake.published}: published as two papers`,
        });
      }
      group = [];
      byTitleAndDate.set(titleAndDate(entry), group);
      groups.push(group);
    }
    group.push(entry);
    if (!firstWithTitle.has(keyOf(entry))) firstWithTitle.set(keyOf(entry), entry);
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
      identity: latest.arxivId ?? keyOf(first),
      days: [...new Set(group.map((entry) => entry.day))],
    };
  });
  papers.sort((a, b) => byDayThenPosition(a.entries[0], b.entries[0]));
  // Id-less papers sharing a title: the first keeps the title as identity (its URL does not move), later ones add their date.
  const identities = new Set<string>();
  for (const paper of papers) {
    if (identities.has(paper.identity)) paper.identity = `${paper.identity} ${paper.entries[0].published}`;
    identities.add(paper.identity);
  }
  return { papers, duplicates, sameTitle };
}

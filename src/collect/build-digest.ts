/**
 * The whole pure pipeline after parsing: merge entries into papers, give them ids, topics and related
 * papers, build the days, and validate everything. No file I/O and no Astro, so tests call it directly.
 */
import { findCodeLink } from '../parse/links.ts';
import type { ParsedListingFile } from '../parse/listing-file.ts';
import type { ListingProblem } from '../parse/problems.ts';
import { mergeEntries } from './merge.ts';
import { assignPaperIds } from './paper-ids.ts';
import { relatedPapers } from './related.ts';
import { DaySchema, PaperSchema, type Day, type Paper } from './schema.ts';
import { featureKey, paperFeatures, type FeatureCache, type PaperFeatures } from './paper-features.ts';
import { createTopicMatcher, type Topic } from './topics.ts';

export interface Digest {
  papers: Paper[];
  /** Newest first. */
  days: Day[];
  topics: Topic[];
  /** Things worth a warning that lose nothing: duplicate entries, papers in no topic. */
  warnings: ListingProblem[];
}

export type DigestResult = { ok: true; digest: Digest } | { ok: false; problems: ListingProblem[] };

/** `features`: what earlier builds computed of each paper's text (see paper-features.ts); optional, never changes the result. */
export function buildDigest(files: readonly ParsedListingFile[], topics: readonly Topic[], relatedCount = 5, features?: FeatureCache): DigestResult {
  const problems: ListingProblem[] = files.flatMap((file) => file.problems);

  const filesByDay = new Map<string, ParsedListingFile[]>();
  for (const file of files) {
    if (!file.day) continue;
    filesByDay.set(file.day, [...(filesByDay.get(file.day) ?? []), file]);
  }
  for (const [day, sameDay] of filesByDay) {
    if (sameDay.length < 2) continue;
    const names = sameDay.map((file) => file.file);
    for (const name of names) {
      problems.push({ file: name, line: 1, reason: `two listing files for ${day} (${names.join(', ')}): keep one` });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const { papers: merged, duplicates, sameTitle } = mergeEntries(files.flatMap((file) => file.entries));
  const ids = assignPaperIds(merged);
  // Each paper's text is read once for its topics, its terms and its links (or taken from an earlier build).
  const matcher = createTopicMatcher(topics);
  const textKeys = merged.map(({ latest }) => featureKey(latest.title, latest.abstract));
  const featuresOf: PaperFeatures[] = merged.map(({ latest }, index) => {
    const known = features?.get(textKeys[index]);
    if (known) return known;
    const computed = paperFeatures(latest.title, latest.abstract, matcher);
    features?.set(textKeys[index], computed);
    return computed;
  });
  const related = relatedPapers(
    merged.map((paper, index) => ({ id: ids[index], firstDay: paper.days[0], terms: featuresOf[index].terms, counts: featuresOf[index].counts, textKey: textKeys[index] })),
    relatedCount,
    3,
    features,
  );
  const warnings: ListingProblem[] = [...duplicates, ...sameTitle];

  const papers: Paper[] = [];
  const idOfEntry = new Map<object, string>();
  merged.forEach((paper, index) => {
    const id = ids[index];
    const { latest } = paper;
    for (const entry of paper.entries) idOfEntry.set(entry, id);
    const { links } = featuresOf[index];
    const candidate = {
      id,
      title: latest.title,
      abstract: latest.abstract,
      published: latest.published,
      upvotes: latest.upvotes ?? 0, // no listing showed a count
      arxivId: latest.arxivId,
      authors: latest.authors,
      authorCount: latest.authorCount,
      organization: latest.organization,
      links,
      codeUrl: latest.githubRepo ?? findCodeLink(links),
      projectUrl: latest.projectPage,
      keywords: latest.keywords ?? [],
      aiSummary: latest.aiSummary,
      githubStars: latest.githubRepo ? latest.githubStars : undefined,
      comments: latest.comments,
      days: paper.days,
      topics: featuresOf[index].topics,
      related: related.earlier.get(id) ?? [],
      later: related.later.get(id) ?? [],
      sources: paper.entries.map((entry) => `${entry.file}:${entry.line}`),
    };
    const result = PaperSchema.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file: latest.file, line: latest.line, reason: `${issue.path.join('.') || 'paper'}: ${issue.message}` });
      }
      return;
    }
    if (result.data.topics.length === 0) {
      warnings.push({ file: latest.file, line: latest.line, reason: `"${latest.title}" matches no topic (it is still published)` });
    }
    papers.push(result.data);
  });

  const days: Day[] = [];
  for (const file of files) {
    if (!file.day) continue;
    // A day that listed nothing is still a day of the digest: kept (its page says so), with a warning.
    if (file.entries.length === 0) warnings.push({ file: file.file, line: 1, reason: 'no papers were listed on this day (published as an empty day)' });
    const day = { date: file.day, file: file.file, papers: [...new Set(file.entries.map((entry) => idOfEntry.get(entry)!))] };
    const result = DaySchema.safeParse(day);
    if (result.success) days.push(result.data);
    else problems.push({ file: day.file, line: 1, reason: result.error.issues.map((issue) => issue.message).join('; ') });
  }
  days.sort((a, b) => (a.date < b.date ? 1 : -1));

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, digest: { papers, days, topics: [...topics], warnings } };
}

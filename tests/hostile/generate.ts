/**
 * Large listings generated at run time (committing megabytes of fixtures would help nobody): a
 * deterministic word salad drawn from the real sample abstracts, so topics and related papers see
 * realistic vocabulary. Every title carries its number, so no two generated papers share a title key.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixtureListings } from '../support/build-site.ts';
import { pageText, paperText } from '../support/fixture.ts';
import { random } from '../../scripts/bench/generate-listings.mjs';


let vocabulary: string[] | undefined;

/** The distinct words of the sample listings' abstracts (lower case, letters only, 3+ letters). */
export function sampleVocabulary(): string[] {
  vocabulary ??= [
    ...new Set(
      readFileSync(path.join(fixtureListings, '2025-12-09.txt'), 'utf8')
        .toLowerCase()
        .match(/\b[a-z]{3,}\b/g) ?? [],
    ),
  ].sort();
  return vocabulary;
}

export function words(next: () => number, count: number): string {
  const list = sampleVocabulary();
  return Array.from({ length: count }, () => list[Math.floor(next() * list.length)]).join(' ');
}

/** A sentence-ish abstract of about `length` characters. */
export function abstractOf(next: () => number, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const sentence = words(next, 8 + Math.floor(next() * 14));
    const text = `${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
    parts.push(text);
    size += text.length + 1;
  }
  return parts.join(' ').slice(0, length).replace(/\s+\S*$/, '.');
}

export interface GeneratedPaper {
  title: string;
  abstract: string;
  authors: number;
  /** `Mon D, YYYY`, as the page text prints it */
  date: string;
  /** The same day, YYYY-MM-DD */
  published: string;
  upvotes: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Paper number `n` (from 0) of a generated set: the same n always gives the same paper. */
export function generatedPaper(n: number, abstractLength = 900): GeneratedPaper {
  const next = random(n + 1);
  const head = words(next, 3 + Math.floor(next() * 5));
  const title = `Paper ${n}: ${head[0].toUpperCase()}${head.slice(1)}`;
  const abstract = abstractOf(next, abstractLength);
  const authors = 1 + Math.floor(next() * 30);
  const [year, month, day] = [2018 + Math.floor(next() * 5), Math.floor(next() * 12), 1 + Math.floor(next() * 28)];
  return {
    title,
    abstract,
    authors,
    date: `${MONTHS[month]} ${day}, ${year}`,
    published: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    upvotes: Math.floor(next() * 200),
  };
}

/** A page-text listing for `day` (YYYY-MM-DD) holding the given papers. */
export function textListing(day: string, papers: GeneratedPaper[]): string {
  const date = new Date(`${day}T00:00:00Z`);
  const header = `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
  return pageText(
    header,
    papers.map((paper) => paperText(paper.title, `${paper.date} ${paper.upvotes}`, `  • ${paper.authors} authors`, paper.abstract)),
  );
}

/** An API JSON listing holding the given papers; `idOffset` keeps the arXiv ids distinct across files. */
export function jsonListing(papers: GeneratedPaper[], idOffset: number): string {
  return JSON.stringify(
    papers.map((paper, index) => {
      return {
        paper: {
          id: `2401.${String(10000 + idOffset + index).padStart(5, '0')}`,
          title: paper.title,
          summary: paper.abstract,
          authors: Array.from({ length: paper.authors }, (_, author) => ({ _id: `a${author}`, name: `Author ${author + 1}` })),
          publishedAt: `${paper.published}T12:00:00.000Z`,
          upvotes: paper.upvotes,
        },
        title: paper.title,
        summary: paper.abstract,
        numComments: 0,
      };
    }),
    null,
    1,
  );
}

/** Day `index` (from 0) of a run of consecutive days ending on 2025-12-10. */
export function dayOf(index: number, total: number): string {
  return new Date(Date.UTC(2025, 11, 10) - (total - 1 - index) * 86_400_000).toISOString().slice(0, 10);
}

/** One listing file of `count` papers (page text), numbered from `first`. */
export function bigListing(count: number, day = '2025-12-10', first = 0): { name: string; text: string } {
  return { name: `${day}.txt`, text: textListing(day, Array.from({ length: count }, (_, n) => generatedPaper(first + n))) };
}

/**
 * A folder of `files` listing files on consecutive days, `perFile` papers each, alternating page text and
 * API JSON. Returns the folder and the number of papers written.
 */
export function writeListingFolder(dir: string, files: number, perFile: number): number {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for (let index = 0; index < files; index++) {
    const day = dayOf(index, files);
    const papers = Array.from({ length: perFile }, () => generatedPaper(n++));
    if (index % 2 === 0) writeFileSync(path.join(dir, `${day}.txt`), textListing(day, papers));
    else writeFileSync(path.join(dir, `${day}.json`), jsonListing(papers, n - perFile));
  }
  return n;
}

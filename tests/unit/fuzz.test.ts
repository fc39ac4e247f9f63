// Property-based tests: whatever a listing holds, the parsers and the merge answer with papers or
// file:line problems; they never throw, never hang, and never drop an entry without a word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEntries } from '../../src/collect/merge.ts';
import { parseApiJson } from '../../src/parse/api-json.ts';
import { cleanText } from '../../src/parse/clean-text.ts';
import type { ListingEntry, ParsedListing } from '../../src/parse/entry.ts';
import { parsePageText } from '../../src/parse/page-text.ts';
import { apiItem } from '../support/fixture.ts';

// Bounded so the suite stays fast; a failure prints the seed and the shrunk input to replay.
const RUNS = { numRuns: 200 };
const DAY = '2025-12-09';
const FILE = 'listings/2025-12-09';

function expectWellFormedProblems(parsed: ParsedListing, text: string, file: string): void {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const problem of parsed.problems) {
    expect(problem.file).toBe(file);
    expect(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lineCount, `line ${problem.line} of ${lineCount}`).toBe(true);
    expect(problem.reason.trim()).not.toBe('');
  }
}

// Lines a page-text listing is made of, good and damaged, so random files look like real ones often.
const pageLine = fc.oneof(
  fc.constantFrom('new', 'Daily Papers', 'Subscribe', 'byAK and the research community', 'Dec 9', 'Dec 8', '·', ' · ', '', '', '', '  • 3 authors', '• 1 author', '  • 0 authors'),
  fc.constantFrom('Oct 17, 2024 2', 'Sep 17', 'Feb 30', 'Dec 31, 2030', 'Mar 24, 2022', 'Jan 1 999999999999999999999'),
  fc.constantFrom('A Title', 'Another Paper: Tree Search?', 'An abstract sentence that ends.', 'westlake Westlake University', '<script>alert(1)</script>'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const pageTextFile = fc.tuple(fc.array(pageLine, { maxLength: 80 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n')).map(([lines, end]) => lines.join(end));

/** Line numbers (1-based) of the `·` lines, and of each line's next non-blank line, as the parser numbers them. */
function dotLines(text: string): { dots: number[]; nextNonBlank: (line: number) => number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map(cleanText);
  const dots = lines.flatMap((line, index) => (line === '·' ? [index + 1] : []));
  return {
    dots,
    nextNonBlank: (line) => {
      for (let index = line; index < lines.length; index++) if (lines[index] !== '') return index + 1;
      return line;
    },
  };
}

describe('page text, fuzzed', () => {
  it('any text parses or yields file:line problems, and every "·" line becomes a paper or a problem', () => {
    fc.assert(
      fc.property(fc.oneof(pageTextFile, fc.string({ unit: 'binary', maxLength: 2000 })), (text) => {
        const parsed = parsePageText(text, FILE, DAY);
        expectWellFormedProblems(parsed, text, FILE);
        const { dots, nextNonBlank } = dotLines(text);
        dots.forEach((dot, index) => {
          const previous = index === 0 ? 0 : dots[index - 1];
          const paper = parsed.entries.some((entry) => entry.line > previous && entry.line < dot);
          const problem = parsed.problems.some((found) => found.line > previous && found.line <= nextNonBlank(dot));
          expect(paper || problem, `the "·" on line ${dot} became neither a paper nor a problem`).toBe(true);
        });
        for (const entry of parsed.entries) expect(entry.published <= DAY).toBe(true);
      }),
      RUNS,
    );
  });
});

// API items with fields replaced by wrong types, missing, or hostile values.
const oddValue = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.string({ unit: 'binary', maxLength: 20 }), fc.constant([]), fc.constant({}), fc.constant(''));
const apiEntry = fc
  .record({
    field: fc.constantFrom('id', 'title', 'summary', 'authors', 'publishedAt', 'upvotes', 'githubRepo', 'projectPage', 'ai_keywords', 'organization', 'none'),
    value: oddValue,
    id: fc.integer({ min: 10000, max: 99999 }),
  })
  .map(({ field, value, id }) => apiItem({ id: `2512.${id}`, ...(field === 'none' ? {} : { [field]: value }) }));

describe('API JSON, fuzzed', () => {
  it('any text parses or yields file:line problems, without throwing', () => {
    const jsonish = fc.oneof(
      fc.json({ maxDepth: 4 }),
      fc.string({ unit: 'binary', maxLength: 500 }),
      fc.tuple(fc.array(apiEntry, { maxLength: 5 }), fc.nat()).map(([items, cut]) => {
        const text = JSON.stringify(items, null, 2);
        return text.slice(0, cut % (text.length + 1)); // truncated somewhere, as a failed download would be
      }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        expectWellFormedProblems(parseApiJson(text, `${FILE}.json`, DAY), text, `${FILE}.json`);
      }),
      RUNS,
    );
  });

  it('every item of an array becomes a paper or a problem on its own line', () => {
    fc.assert(
      fc.property(fc.array(apiEntry, { maxLength: 12 }), (items) => {
        // One item per line, so line i + 2 is item i.
        const text = `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
        const parsed = parseApiJson(text, `${FILE}.json`, DAY);
        expectWellFormedProblems(parsed, text, `${FILE}.json`);
        items.forEach((_, index) => {
          const line = index + 2;
          const accounted = parsed.entries.some((entry) => entry.line === line) || parsed.problems.some((problem) => problem.line === line);
          expect(accounted, `item ${index + 1} (line ${line}) became neither a paper nor a problem`).toBe(true);
        });
      }),
      RUNS,
    );
  });
});

// Few titles, ids and dates, so the merge sees many clashes.
const listingEntry = fc.record({
  day: fc.constantFrom('2025-12-07', '2025-12-08', '2025-12-09'),
  title: fc.constantFrom('Deep Learning', 'deep learning!', 'Tree Search', 'Tree   search', '深度学习', '🙂'),
  published: fc.constantFrom('2019-03-03', '2024-06-05'),
  upvotes: fc.option(fc.nat({ max: 50 }), { nil: undefined }),
  arxivId: fc.option(fc.constantFrom('1903.00001', '2406.00002', '2406.00003'), { nil: undefined }),
  authorCount: fc.integer({ min: 1, max: 9 }),
});

/** Entries as listings give them: a (day, position) pair is unique, as in a real listing file. */
function entriesOf(records: ReadonlyArray<Omit<ListingEntry, 'file' | 'line' | 'abstract' | 'position'>>): ListingEntry[] {
  const positions = new Map<string, number>();
  return records.map((record, index) => {
    const position = positions.get(record.day) ?? 0;
    positions.set(record.day, position + 1);
    const entry: ListingEntry = { ...record, position, file: `${record.day}.txt`, line: index + 1, abstract: `Abstract ${index}.` };
    if (entry.upvotes === undefined) delete entry.upvotes;
    if (entry.arxivId === undefined) delete entry.arxivId;
    return entry;
  });
}

describe('merge, fuzzed', () => {
  it('puts every entry in exactly one paper, keeps arXiv ids together, never lowers upvotes, and ignores input order', () => {
    fc.assert(
      fc.property(
        fc.array(listingEntry, { maxLength: 30 }).chain((records) => fc.tuple(fc.constant(records), fc.shuffledSubarray([...records.keys()], { minLength: records.length }))),
        ([records, order]) => {
          const entries = entriesOf(records);
          const { papers } = mergeEntries(entries);
          const paperOf = new Map<ListingEntry, number>();
          papers.forEach((paper, index) => {
            for (const entry of paper.entries) {
              expect(paperOf.has(entry), 'an entry in two papers').toBe(false);
              paperOf.set(entry, index);
            }
            const counts = paper.entries.flatMap((entry) => (entry.upvotes === undefined ? [] : [entry.upvotes]));
            expect(paper.latest.upvotes).toBe(counts.length > 0 ? Math.max(...counts) : undefined);
          });
          expect(paperOf.size).toBe(entries.length);
          const byArxivId = new Map<string, number>();
          for (const entry of entries) {
            if (!entry.arxivId) continue;
            expect(byArxivId.get(entry.arxivId) ?? paperOf.get(entry)).toBe(paperOf.get(entry));
            byArxivId.set(entry.arxivId, paperOf.get(entry)!);
          }
          expect(new Set(papers.map((paper) => paper.identity)).size).toBe(papers.length);
          // Same entries in another order: the same papers, with the same identities, in the same order.
          const reordered = mergeEntries(order.map((index) => entries[index]));
          expect(reordered.papers.map((paper) => paper.identity)).toEqual(papers.map((paper) => paper.identity));
        },
      ),
      RUNS,
    );
  });
});

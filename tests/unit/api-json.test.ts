import { describe, expect, it } from 'vitest';
import { carefulParseApiJson, itemOffsets, parseApiJson } from '../../src/parse/api-json.ts';
import { apiItem } from '../support/fixture.ts';

const DAY = '2025-12-09';
const parse = (text: string) => parseApiJson(text, 'content/listings/2025-12-09.json', DAY);
const json = (items: unknown) => JSON.stringify(items, null, 2);

describe('the Hugging Face API JSON for one day', () => {
  it('reads every field we use, joins hard line breaks and keeps paragraphs', () => {
    const { entries, problems } = parse(json([apiItem({ projectPage: 'https://example.org/project' }, { organization: { name: 'westlake', fullname: 'Westlake University' } })]));
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      {
        file: 'content/listings/2025-12-09.json',
        line: 2,
        day: DAY,
        position: 0,
        title: 'A Paper From The API',
        abstract: 'First line of the abstract wrapped by arXiv.\n\nSecond paragraph with code at https://github.com/org/repo.',
        published: '2025-12-08',
        upvotes: 12,
        arxivId: '2512.01234',
        authors: ['Ada Lovelace', 'Alan Turing'],
        authorCount: 2,
        organization: { account: 'westlake', name: 'Westlake University' },
        githubRepo: 'https://github.com/org/repo',
        projectPage: 'https://example.org/project',
        keywords: ['tree search', 'pruning'],
        comments: 3,
      },
    ]);
  });

  it("reads Hugging Face's AI summary, the code's stars and the comment count", () => {
    const summary = 'A one-line summary\nwrapped like the abstract.';
    const { entries } = parse(json([apiItem({ ai_summary: summary, githubStars: 1234 }, { numComments: 7 })]));
    expect(entries[0]).toMatchObject({ aiSummary: 'A one-line summary wrapped like the abstract.', githubStars: 1234, comments: 7 });
  });

  it('keeps no stars without a code repository to give them to', () => {
    const { entries } = parse(json([apiItem({ githubRepo: undefined, githubStars: 12 })]));
    expect(entries[0].githubStars).toBeUndefined();
  });

  it('leaves out a malformed summary, star or comment count, and keeps the paper', () => {
    const { entries, problems } = parse(json([apiItem({ ai_summary: 42, githubStars: 'many' }, { numComments: 'lots' })]));
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ title: 'A Paper From The API' });
    expect(entries[0].aiSummary).toBeUndefined();
    expect(entries[0].githubStars).toBeUndefined();
    expect(entries[0].comments).toBeUndefined();
  });

  it('leaves out the authors Hugging Face hides, and counts only the shown ones', () => {
    const authors = [{ name: 'Shown One' }, { name: 'Hidden Person', hidden: true }, { name: 'Shown Two', hidden: false }];
    const { entries } = parse(json([apiItem({ authors })]));
    expect(entries[0]).toMatchObject({ authors: ['Shown One', 'Shown Two'], authorCount: 2 });
  });

  it('gives only the number of authors when every one is hidden', () => {
    const authors = [{ name: 'A', hidden: true }, { name: 'B', hidden: true }];
    const { entries } = parse(json([apiItem({ authors })]));
    expect(entries[0].authors).toBeUndefined();
    expect(entries[0].authorCount).toBe(2);
  });

  it('ignores unknown fields and accepts missing optional ones', () => {
    const { entries, problems } = parse(json([apiItem({ githubRepo: undefined, ai_keywords: undefined, somethingNew: { deep: true } }, { extra: 1 })]));
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ keywords: [], githubRepo: undefined });
  });

  it('accepts a BOM', () => {
    expect(parse(`\uFEFF${json([apiItem()])}`).entries).toHaveLength(1);
  });
});

describe('bad API JSON: every problem with its line', () => {
  it('reports malformed JSON with its position', () => {
    const text = '[\n  {"paper": {"id": "2512.01234",\n  "title": "x"\n]';
    const { entries, problems } = parse(text);
    expect(entries).toEqual([]);
    expect(problems).toEqual([{ file: 'content/listings/2025-12-09.json', line: 4, reason: expect.stringMatching(/^malformed JSON at line 4 column 1: /) }]);
  });

  it('reports a truncated file', () => {
    const text = json([apiItem(), apiItem({ id: '2512.09999' })]);
    const { problems } = parse(text.slice(0, text.length / 2));
    expect(problems).toHaveLength(1);
    expect(problems[0].reason).toMatch(/^malformed JSON/);
  });

  it('reports a top-level object instead of an array', () => {
    expect(parse(json({ papers: [apiItem()] })).problems).toEqual([
      { file: 'content/listings/2025-12-09.json', line: 1, reason: 'expected an array of papers (the /api/daily_papers response), found an object' },
    ]);
  });

  it('reports wrong types and missing fields on their own lines, for every item', () => {
    const items = [apiItem(), apiItem({ upvotes: 'many', title: '' }), apiItem({ authors: undefined, publishedAt: '2025-02-30T00:00:00Z' })];
    const text = json(items);
    const lines = text.split('\n');
    const lineOf = (needle: string, from = 0) => lines.findIndex((line, index) => index >= from && line.includes(needle)) + 1;
    const secondItem = lineOf('"paper"', lineOf('"paper"') + 1);
    const thirdItem = lineOf('"paper"', secondItem);
    const { entries, problems } = parse(text);
    expect(entries.map((entry) => entry.position)).toEqual([0]);
    expect(problems).toEqual([
      { file: expect.any(String), line: lineOf('"title": ""'), reason: 'paper 2: paper.title: must not be empty' },
      { file: expect.any(String), line: lineOf('"upvotes": "many"'), reason: expect.stringMatching(/^paper 2: paper.upvotes: .*number/) },
      { file: expect.any(String), line: thirdItem, reason: expect.stringMatching(/^paper 3: paper.authors: /) },
      { file: expect.any(String), line: lineOf('2025-02-30'), reason: expect.stringMatching(/^paper 3: paper.publishedAt: /) },
    ]);
  });

  it('refuses non-http links and a publication date after the digest day', () => {
    const { problems } = parse(json([apiItem({ projectPage: 'javascript:alert(1)' }), apiItem({ id: '2512.00001', publishedAt: '2025-12-11T00:00:00Z' })]));
    expect(problems.map((problem) => problem.reason)).toEqual([
      'paper 1: paper.projectPage: must be an http(s) URL',
      'publication date 2025-12-11 is after the digest day 2025-12-09',
    ]);
  });

  it('reads an empty array as an empty day, not a problem', () => {
    expect(parse('[]')).toEqual({ entries: [], problems: [] });
    expect(parse(' [ ]\n')).toEqual({ entries: [], problems: [] });
  });
});

describe('the quick way and the careful way', () => {
  it('give the same entries, lines included, for every real day in the fixtures', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const folder = new URL('../fixtures/real-archive/', import.meta.url);
    const names = readdirSync(folder).filter((name) => name.endsWith('.json'));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const source = readFileSync(new URL(name, folder), 'utf8');
      const day = name.slice(0, 10);
      const quick = parseApiJson(source, name, day);
      expect(quick.problems, name).toEqual([]);
      expect(quick, name).toEqual(carefulParseApiJson(source, name, day));
    }
  });

  it('finds where each item of an array starts, whatever the strings hold', () => {
    const body = '[\n {"a": "x,{[\\"]"},\n  "s",\n [1, [2]] ,3, null\n]';
    expect(itemOffsets(body)!.map((at) => body[at])).toEqual(['{', '"', '[', '3', 'n']);
    // A string ending in an escaped backslash ends at the quote after it; an escaped quote does not end one.
    const backslashes = String.raw`["a\\", "b\\\"c", "d"]`;
    expect(JSON.parse(backslashes)).toEqual(['a\\', 'b\\"c', 'd']);
    expect(itemOffsets(backslashes)!.map((at) => backslashes.slice(at, at + 2))).toEqual(['"a', '"b', '"d']);
    expect(itemOffsets('[]')).toEqual([]);
    expect(itemOffsets(' [ ] ')).toEqual([]);
    expect(itemOffsets(`[${'['.repeat(200)}${']'.repeat(200)}]`)).toBeUndefined();
  });

  it('takes the careful way for a file with a problem, naming its line', () => {
    const source = `[\n${JSON.stringify({ paper: { id: 'x' } })}\n]`;
    const parsed = parseApiJson(source, 'day.json', '2025-01-01');
    expect(parsed.entries).toEqual([]);
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(parsed.problems.every((problem) => problem.line === 2)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePageText } from '../../src/parse/page-text.ts';
import { fixtureText, pageText, paperText } from '../support/fixture.ts';

const FILE = 'content/listings/2025-12-09.txt';

describe('the real Hugging Face page text of 2025-12-09', () => {
  const { entries, problems } = parsePageText(fixtureText, FILE, '2025-12-09');
  const byTitle = (start: string) => entries.find((entry) => entry.title.startsWith(start))!;

  it('parses to exactly 44 papers and no problems', () => {
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(44);
    expect(fixtureText.endsWith('\n')).toBe(false); // the file ends without a final newline
  });

  it('reads 43 author counts and one organisation', () => {
    expect(entries.filter((entry) => entry.authorCount !== undefined)).toHaveLength(43);
    const withOrganisation = entries.filter((entry) => entry.organization);
    expect(withOrganisation).toHaveLength(1);
    expect(withOrganisation[0].title).toBe('Is Oracle Pruning the True Oracle?');
    expect(withOrganisation[0].organization).toEqual({ account: 'Westlake-University', name: 'Westlake University' });
    expect(withOrganisation[0].authorCount).toBeUndefined();
  });

  it('reads the first paper by value, with its source line', () => {
    expect(entries[0]).toMatchObject({
      file: FILE,
      line: 13,
      day: '2025-12-09',
      position: 0,
      title: 'Rich Feature Construction for the Optimization-Generalization Dilemma',
      published: '2022-03-24',
      authorCount: 3,
    });
    // "Mar 24, 2022" shows no count: unknown, not zero (a merge must not take it for a drop to zero).
    expect(entries[0].upvotes).toBeUndefined();
    expect(entries[0].abstract).toMatch(/^There often is a dilemma between ease of optimization/);
  });

  it('resolves dates without a year to the edition year, or the year before', () => {
    expect(byTitle('ShinkaEvolve').published).toBe('2025-09-17'); // "Sep 17"
    expect(byTitle('Decision Tree Induction Through LLMs').published).toBe('2025-03-18'); // "Mar 18"
    expect(byTitle('ETS: Efficient Tree Search').published).toBe('2025-02-19'); // "Feb 19"
  });

  it('reads upvotes after the date', () => {
    const o1 = byTitle("A Comparative Study on Reasoning Patterns of OpenAI's o1 Model");
    expect(o1).toMatchObject({ published: '2024-10-17', upvotes: 2, authorCount: 17 });
    expect(byTitle('Evolutionary Optimization of Model Merging Recipes').upvotes).toBe(4);
  });

  it('keeps the entries in listing order with positions', () => {
    expect(entries.map((entry) => entry.position)).toEqual([...entries.keys()]);
    expect(entries.at(-1)!.title).toMatch(/^Shortcut Partitions in Minor-Free Graphs/);
    expect(entries.at(-1)!.published).toBe('2023-07-31');
  });
});

describe('text format details', () => {
  const day = '2025-12-09';
  const one = paperText('A Paper', 'Oct 17, 2024 2');

  it('accepts a UTF-8 BOM and CRLF line endings', () => {
    const text = `\uFEFF${pageText('Dec 9', [one, paperText('B Paper', 'Sep 17')])}`.replace(/\n/g, '\r\n');
    const { entries, problems } = parsePageText(text, 'x.txt', day);
    expect(problems).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.published, entry.upvotes])).toEqual([
      ['A Paper', '2024-10-17', 2],
      ['B Paper', '2025-09-17', undefined],
    ]);
  });

  it('infers the year across a year boundary: an edition on Jan 2 listing "Dec 31"', () => {
    const text = pageText('Jan 2', [paperText('Late', 'Dec 31'), paperText('Early', 'Jan 1')]);
    const { entries, problems } = parsePageText(text, '2026-01-02.txt', '2026-01-02');
    expect(problems).toEqual([]);
    expect(entries.map((entry) => entry.published)).toEqual(['2025-12-31', '2026-01-01']);
  });

  it('accepts "1 author" and any author count', () => {
    const { entries } = parsePageText(pageText('Dec 9', [paperText('Solo', 'Dec 1', '  • 1 author'), paperText('Many', 'Dec 1', '  • 112 authors')]), 'x.txt', day);
    expect(entries.map((entry) => entry.authorCount)).toEqual([1, 112]);
  });
});

describe('damaged page text: every problem, with its line, and nothing glued together', () => {
  const day = '2025-12-09';
  const parse = (text: string) => parsePageText(text, 'bad.txt', day);

  it('reports a header day that disagrees with the file name', () => {
    const { problems } = parse(pageText('Dec 8', [paperText('A')]));
    expect(problems).toEqual([{ file: 'bad.txt', line: 11, reason: expect.stringMatching(/"Dec 8".*2025-12-09/) }]);
  });

  it('reports an impossible date and a date after the digest day', () => {
    const { entries, problems } = parse(pageText('Dec 9', [paperText('A', 'Feb 30, 2024'), paperText('B', 'Mar 18, 2030'), paperText('C')]));
    expect(entries.map((entry) => entry.title)).toEqual(['C']);
    expect(problems.map((problem) => [problem.line, problem.reason])).toEqual([
      [19, expect.stringMatching(/"Feb 30, 2024" is not a real date/)],
      [27, expect.stringMatching(/2030-03-18 is after the digest day 2025-12-09/)],
    ]);
  });

  it('reports a missing date line without swallowing the next paper', () => {
    const text = pageText('Dec 9', ['Cut\n\nAbstract.\n\n  • 2 authors\n·', paperText('Next')]);
    const { entries, problems } = parse(text);
    expect(entries.map((entry) => entry.title)).toEqual(['Next']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 20, reason: expect.stringContaining('expected a date line') });
  });

  it('reports a truncated entry in the middle instead of gluing it onto its neighbour, naming the other reading too', () => {
    const text = pageText('Dec 9', ['Truncated title\n\nHalf an abstract', paperText('Whole')]);
    const { entries, problems } = parse(text);
    expect(entries.map((entry) => [entry.title, entry.abstract, entry.line])).toEqual([['Whole', 'Abstract of Whole.', 17]]);
    expect(problems).toEqual([{ file: 'bad.txt', line: 13, reason: expect.stringMatching(/"Truncated title" is cut off: only 2 lines before the next paper at line 17; or lines 13–21 are one paper split by stray line breaks/) }]);
  });

  it('reports an entry missing its author line', () => {
    const text = pageText('Dec 9', ['No byline\n\nAn abstract that goes on.\n·\nNov 28, 2024', paperText('Fine')]);
    const { entries, problems } = parse(text);
    expect(entries.map((entry) => entry.title)).toEqual(['Fine']);
    expect(problems).toEqual([{ file: 'bad.txt', line: 13, reason: expect.stringMatching(/"No byline" is missing its author line/) }]);
  });

  it('reports a cut-off last entry at the end of the file', () => {
    const { entries, problems } = parse(pageText('Dec 9', [paperText('Fine'), 'Last one\n\nIts abstract']));
    expect(entries).toHaveLength(1);
    expect(problems).toEqual([{ file: 'bad.txt', line: 21, reason: expect.stringMatching(/"Last one".*cut off.*ends before/) }]);
  });

  it('reports every problem in a file, not just the first', () => {
    const text = pageText('Dec 7', [paperText('A', 'Feb 31'), paperText('B', 'Jan 1', 'this byline is not an organisation because it is a sentence.'), paperText('C')]);
    const { entries, problems } = parse(text);
    expect(entries.map((entry) => entry.title)).toEqual(['C']);
    expect(problems.map((problem) => problem.line)).toEqual([11, 19, 25]);
  });

  it('reads a file with only the page chrome and the day as an empty day, not a problem', () => {
    expect(parse(pageText('Dec 9', []))).toEqual({ entries: [], problems: [] });
    expect(parse(`${pageText('Dec 9', [])}\n\n`)).toEqual({ entries: [], problems: [] });
  });

  it('reports an empty file', () => {
    expect(parse('').problems).toEqual([{ file: 'bad.txt', line: 1, reason: expect.stringContaining('no papers') }]);
  });
});

describe('an abstract with blank lines between its paragraphs (the real page text, edited)', () => {
  const day = '2025-12-09';
  const sentence = 'In this work, we make several surprising observations which contradict common beliefs.';
  const split = (text: string, breaks: string) => text.replace(` ${sentence} `, ` ${sentence}${breaks}`);

  it('joins the paragraphs, keeping a blank line between them, and loses no paper', () => {
    for (const breaks of ['\n\n', '\n\n\n', '\r\n\r\n']) {
      const text = split(fixtureText, breaks);
      expect(text).not.toBe(fixtureText);
      const { entries, problems } = parsePageText(text, FILE, day);
      expect(problems).toEqual([]);
      expect(entries).toHaveLength(44);
      const paper = entries.find((entry) => entry.title === 'Rethinking the Value of Network Pruning')!;
      expect(paper.abstract).toMatch(new RegExp(`^Network pruning is widely used .* ${sentence}\n\nFor all state-of-the-art .* random initialization\\.$`, 's'));
      expect(paper).toMatchObject({ line: 157, authorCount: 5, published: '2018-10-11' });
    }
  });

  it('joins three paragraphs too', () => {
    const text = split(fixtureText, '\n\n').replace(' Our results suggest', '\n\nOur results suggest');
    const paper = parsePageText(text, FILE, day).entries.find((entry) => entry.title === 'Rethinking the Value of Network Pruning')!;
    expect(paper.abstract.split('\n\n')).toHaveLength(3);
  });

  it('says both possibilities when a line in the middle could be the title of another paper', () => {
    const text = pageText('Dec 9', [paperText('First Title', 'Dec 1', '  • 2 authors', 'First paragraph of an abstract.\n\nSecond Title Or Paragraph\n\nThe last paragraph.')]);
    const { problems } = parsePageText(text, 'x.txt', day);
    expect(problems).toEqual([
      {
        file: 'x.txt',
        line: 13,
        reason:
          'the paper "First Title" is cut off: only 2 lines before the next paper at line 17; or lines 13–21 are one paper split by stray line breaks (between abstract paragraphs, or inside its title): join them',
      },
    ]);
  });
});

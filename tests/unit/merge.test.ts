import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/collect/build-digest.ts';
import { assignPaperIds } from '../../src/collect/paper-ids.ts';
import { parseListingFile } from '../../src/parse/listing-file.ts';
import { apiItem, pageText, paperText } from '../support/fixture.ts';

const TOPICS = [{ slug: 'search', name: 'Search', description: 'Search.', match: ['tree search', 'search'], exclude: [] }];
const file = (name: string, text: string) => parseListingFile(name, Buffer.from(text), `listings/${name}`);

describe('merging the same paper across days and formats', () => {
  const day1 = file('2025-12-08.txt', pageText('Dec 8', [paperText('Guided Tree Search, Revisited', 'Dec 1, 2025 3', '  • 4 authors', 'We study tree search.'), paperText('Only On Day One', 'Dec 1')]));
  const day2 = file(
    '2025-12-09.json',
    JSON.stringify([apiItem({ id: '2512.00042', title: 'Guided tree search — revisited', summary: 'We study tree search, now longer.', upvotes: 9, publishedAt: '2025-12-01T08:00:00Z' })]),
  );

  it('becomes one paper with both days and the later values', () => {
    const result = buildDigest([day2, day1], TOPICS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { papers, days } = result.digest;
    expect(papers).toHaveLength(2);
    const merged = papers.find((paper) => paper.days.length === 2)!;
    expect(merged).toMatchObject({
      id: 'guided-tree-search-revisited', // from the first title it was listed with
      title: 'Guided tree search — revisited',
      abstract: 'We study tree search, now longer.',
      upvotes: 9,
      arxivId: '2512.00042',
      days: ['2025-12-08', '2025-12-09'],
      topics: ['search'],
      sources: ['listings/2025-12-08.txt:13', 'listings/2025-12-09.json:1'],
    });
    expect(days.map((day) => [day.date, day.papers])).toEqual([
      ['2025-12-09', ['guided-tree-search-revisited']],
      ['2025-12-08', ['guided-tree-search-revisited', 'only-on-day-one']],
    ]);
  });

  it('gives the same output whatever order the files come in', () => {
    expect(buildDigest([day1, day2], TOPICS)).toEqual(buildDigest([day2, day1], TOPICS));
  });

  it('keeps a paper listed twice on one day once, with a warning naming both lines', () => {
    const result = buildDigest([file('2025-12-08.txt', pageText('Dec 8', [paperText('Twice'), paperText('Other'), paperText('TWICE!')]))], TOPICS);
    if (!result.ok) throw new Error('expected success');
    expect(result.digest.days[0].papers).toEqual(['twice', 'other']);
    expect(result.digest.warnings).toContainEqual({ file: 'listings/2025-12-08.txt', line: 29, reason: 'the same paper as line 13 of listings/2025-12-08.txt (listed once)' });
  });

  it('refuses two files for the same day', () => {
    const result = buildDigest([file('2025-12-09.txt', pageText('Dec 9', [paperText('A')])), day2], TOPICS);
    expect(result).toEqual({
      ok: false,
      problems: [
        { file: 'listings/2025-12-09.txt', line: 1, reason: 'two listing files for 2025-12-09 (listings/2025-12-09.txt, listings/2025-12-09.json): keep one' },
        { file: 'listings/2025-12-09.json', line: 1, reason: 'two listing files for 2025-12-09 (listings/2025-12-09.txt, listings/2025-12-09.json): keep one' },
      ],
    });
  });

  it('warns about a paper in no topic but still publishes it', () => {
    const result = buildDigest([file('2025-12-08.txt', pageText('Dec 8', [paperText('Nothing Matches Here')]))], TOPICS);
    if (!result.ok) throw new Error('expected success');
    expect(result.digest.papers.map((paper) => [paper.id, paper.topics])).toEqual([['nothing-matches-here', []]]);
    expect(result.digest.warnings[0].reason).toMatch(/matches no topic/);
  });
});

describe('paper ids', () => {
  it('are readable slugs, and a later paper with a taken slug gets a suffix of its own identity', () => {
    const ids = assignPaperIds([
      { firstTitle: 'Attention Is All You Need', identity: '1706.03762', arxivId: '1706.03762' },
      { firstTitle: 'Attention is all you need!', identity: '2501.00001', arxivId: '2501.00001' },
      { firstTitle: 'Attention — is all you need', identity: 'attention is all you need' },
      { firstTitle: '深度学习', identity: '深度学习' },
    ]);
    expect(ids).toEqual(['attention-is-all-you-need', 'attention-is-all-you-need-2501-00001', expect.stringMatching(/^attention-is-all-you-need-[0-9a-f]{8}$/), expect.stringMatching(/^paper-[0-9a-f]{8}$/)]);
    // The first paper's id does not depend on the others.
    expect(assignPaperIds([{ firstTitle: 'Attention Is All You Need', identity: '1706.03762', arxivId: '1706.03762' }])).toEqual([ids[0]]);
  });

  it('cut long titles at a word boundary', () => {
    const [id] = assignPaperIds([{ firstTitle: 'word '.repeat(40), identity: 'x' }]);
    expect(id.length).toBeLessThanOrEqual(80);
    expect(id.endsWith('-')).toBe(false);
    expect(id).toMatch(/^(word-)*word$/);
  });
});

describe('listing file names', () => {
  it('report an unknown file type, a name that is not a date, and an impossible date', () => {
    expect(file('notes.md', 'x').problems[0].reason).toMatch(/unknown listing file type ".md"/);
    expect(file('latest.txt', 'x').problems[0].reason).toBe('the file name must be the digest day, like 2025-12-09.txt');
    expect(file('2025-02-30.json', '[]').problems[0].reason).toBe('the file name 2025-02-30.json is not a real date');
  });

  it('report invalid UTF-8 on the line where it breaks', () => {
    const bytes = Buffer.concat([Buffer.from(pageText('Dec 9', [paperText('Fine')]).slice(0, 20)), Buffer.from('\nbad \xff\xfe here\n', 'latin1')]);
    const parsed = parseListingFile('2025-12-09.txt', bytes, 'l.txt');
    expect(parsed.problems).toEqual([{ file: 'l.txt', line: 4, reason: 'not valid UTF-8 (save the listing as UTF-8)' }]);
  });
});

describe('upvotes never decrease on merge', () => {
  const day = (name: string, header: string, date: string) => file(name, pageText(header, [paperText('Counted Paper', date)]));

  it('keeps the highest known count, whatever day shows it', () => {
    const result = buildDigest([day('2025-12-08.txt', 'Dec 8', 'Dec 1 9'), day('2025-12-09.txt', 'Dec 9', 'Dec 1 4')], TOPICS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.digest.papers.map((paper) => [paper.days, paper.upvotes])).toEqual([[['2025-12-08', '2025-12-09'], 9]]);
  });

  it('takes a listing without a count for unknown, not zero', () => {
    const result = buildDigest([day('2025-12-08.txt', 'Dec 8', 'Dec 1 7'), day('2025-12-09.txt', 'Dec 9', 'Dec 1')], TOPICS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.digest.papers[0].upvotes).toBe(7);
  });

  it('is 0 when no listing ever showed a count, and later values still win for other fields', () => {
    const result = buildDigest(
      [
        file('2025-12-08.txt', pageText('Dec 8', [paperText('Counted Paper', 'Dec 1', '  • 2 authors', 'Old abstract.')])),
        file('2025-12-09.txt', pageText('Dec 9', [paperText('Counted Paper', 'Dec 1', '  • 3 authors', 'New abstract.')])),
      ],
      TOPICS,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.digest.papers[0]).toMatchObject({ upvotes: 0, abstract: 'New abstract.', authorCount: 3 });
  });

  it('takes the higher of an API count and a page-text count', () => {
    const api = file('2025-12-08.json', JSON.stringify([apiItem({ id: '2512.00042', title: 'Counted Paper', upvotes: 30, publishedAt: '2025-12-01T08:00:00Z' })]));
    const result = buildDigest([api, day('2025-12-09.txt', 'Dec 9', 'Dec 1 12')], TOPICS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.digest.papers.map((paper) => [paper.arxivId, paper.upvotes])).toEqual([['2512.00042', 30]]);
  });
});

describe('the same title on different papers', () => {
  const first = file('2025-12-08.txt', pageText('Dec 8', [paperText('Deep Learning', 'Mar 3, 2019', '  • 2 authors', 'The 2019 paper.')]));
  const second = file('2025-12-09.txt', pageText('Dec 9', [paperText('Deep learning!', 'Jun 5, 2024', '  • 4 authors', 'The 2024 paper.')]));

  it('without arXiv ids, are two papers when the publication dates differ, with stable ids and a warning naming both lines', () => {
    const result = buildDigest([second, first], TOPICS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { papers, warnings, days } = result.digest;
    expect(papers.map((paper) => [paper.id, paper.abstract, paper.days])).toEqual([
      ['deep-learning', 'The 2019 paper.', ['2025-12-08']],
      [expect.stringMatching(/^deep-learning-[0-9a-f]{8}$/), 'The 2024 paper.', ['2025-12-09']],
    ]);
    expect(warnings).toContainEqual({
      file: 'listings/2025-12-09.txt',
      line: 13,
      reason: 'same title as line 13 of listings/2025-12-08.txt but published 2024-06-05, not 2019-03-03: published as two papers',
    });
    expect(days.map((day) => day.papers)).toEqual([[papers[1].id], [papers[0].id]]);
    // Ids do not depend on the order of the files, nor on which other days exist later.
    expect(buildDigest([first, second], TOPICS)).toEqual(result);
    const alone = buildDigest([first], TOPICS);
    expect(alone.ok && alone.digest.papers[0].id).toBe('deep-learning');
  });

  it('without arXiv ids, are one paper when title and publication date agree', () => {
    const again = file('2025-12-09.txt', pageText('Dec 9', [paperText('DEEP LEARNING', 'Mar 3, 2019', '  • 2 authors', 'The 2019 paper, again.')]));
    const result = buildDigest([first, again], TOPICS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.digest.papers.map((paper) => [paper.id, paper.days])).toEqual([['deep-learning', ['2025-12-08', '2025-12-09']]]);
    expect(result.digest.warnings.filter((warning) => warning.reason.includes('same title'))).toEqual([]);
  });

  it('an entry without an id joins a paper with an id only when the publication date agrees too', () => {
    const api = file('2025-12-07.json', JSON.stringify([apiItem({ id: '1903.00001', title: 'Deep Learning', publishedAt: '2019-03-03T12:00:00Z' })]));
    const later = file('2025-12-09.txt', pageText('Dec 9', [paperText('Deep Learning', 'Jun 5, 2024')]));
    const result = buildDigest([api, first, later], TOPICS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.digest.papers.map((paper) => [paper.arxivId, paper.days])).toEqual([
      ['1903.00001', ['2025-12-07', '2025-12-08']],
      [undefined, ['2025-12-09']],
    ]);
    expect(result.digest.warnings).toContainEqual({
      file: 'listings/2025-12-09.txt',
      line: 13,
      reason: 'same title as line 1 of listings/2025-12-07.json but no arXiv id to match 1903.00001 and published 2024-06-05, not 2019-03-03: published as two papers',
    });
  });

  it('with different arXiv ids, are two papers; with the same id, one paper whatever the titles', () => {
    const a = file('2025-12-08.json', JSON.stringify([apiItem({ id: '2512.00001', title: 'Same' }), apiItem({ id: '2512.00002', title: 'Same' })]));
    const b = file('2025-12-09.json', JSON.stringify([apiItem({ id: '2512.00001', title: 'Retitled' })]));
    const result = buildDigest([a, b], TOPICS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.digest.papers.map((paper) => [paper.arxivId, paper.title, paper.days.length])).toEqual([
      ['2512.00001', 'Retitled', 2],
      ['2512.00002', 'Same', 1],
    ]);
  });
});

describe('an empty day', () => {
  it('is kept with no papers and a warning, and every other day publishes', () => {
    const empty = file('2025-12-08.txt', pageText('Dec 8', []));
    const emptyJson = file('2025-12-07.json', '[]');
    const full = file('2025-12-09.txt', pageText('Dec 9', [paperText('A Paper')]));
    const result = buildDigest([empty, emptyJson, full], TOPICS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.digest.days).toEqual([
      { date: '2025-12-09', file: 'listings/2025-12-09.txt', papers: ['a-paper'] },
      { date: '2025-12-08', file: 'listings/2025-12-08.txt', papers: [] },
      { date: '2025-12-07', file: 'listings/2025-12-07.json', papers: [] },
    ]);
    expect(result.digest.papers.map((paper) => paper.id)).toEqual(['a-paper']);
    expect(result.digest.warnings).toEqual(
      expect.arrayContaining([
        { file: 'listings/2025-12-08.txt', line: 1, reason: 'no papers were listed on this day (published as an empty day)' },
        { file: 'listings/2025-12-07.json', line: 1, reason: 'no papers were listed on this day (published as an empty day)' },
      ]),
    );
  });
});

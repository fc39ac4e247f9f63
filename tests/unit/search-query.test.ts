// Reading what the reader typed (src/client/query.ts), best match across bundles (rank.ts) and the "by …" line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderedMerge } from '../../src/client/ordered-merge.ts';
import { bylineParts } from '../../src/client/excerpt.ts';
import { arxivIdOf, parseQuery } from '../../src/client/query.ts';
import { bestMatchStream, byScore, idf, rescaleFactor } from '../../src/client/rank.ts';
import { compareFor, compareKeys, dayNumber, paperIdOfUrl, sortKey } from '../../src/index/search-keys.ts';

describe('parseQuery', () => {
  it('reads an arXiv id in every form a reader pastes', () => {
    for (const input of ['2410.12381', ' 2410.12381v3 ', 'arXiv:2410.12381', 'arxiv: 2410.12381v1', 'https://arxiv.org/abs/2410.12381', 'arxiv.org/pdf/2410.12381v2.pdf', 'https://www.arxiv.org/html/2410.12381v1', 'https://huggingface.co/papers/2410.12381', 'https://arxiv.org/abs/2410.12381?context=cs']) {
      expect(arxivIdOf(input), input).toBe('2410.12381');
    }
    expect(parseQuery('2301.00001v2')).toEqual({ kind: 'arxiv', id: '2301.00001' });
    for (const input of ['2410', '2410.12381 pruning', 'see arxiv.org/abs/2410.12381', '12410.12381']) expect(arxivIdOf(input), input).toBeUndefined();
  });

  it('waits for a second letter, and has nothing to search in punctuation', () => {
    expect(parseQuery('a')).toEqual({ kind: 'short', text: 'a' });
    expect(parseQuery(' x ')).toEqual({ kind: 'short', text: 'x' });
    expect(parseQuery(' <> ')).toEqual({ kind: 'empty' });
    expect(parseQuery('ab').kind).toBe('words');
  });

  it('requires every finished word, and keeps the word being typed optional', () => {
    expect(parseQuery('graph neur')).toMatchObject({ kind: 'words', text: 'graph neur', index: { term: 'graph neur', required: ['graph'], optional: ['neur'] } });
    expect(parseQuery('graph neural ')).toMatchObject({ index: { required: ['graph', 'neural'], optional: [] } });
  });

  it('reads a closed quote of two words or more as a phrase', () => {
    expect(parseQuery('"world model"')).toMatchObject({ phrase: 'world model', index: { term: 'world model', required: ['world', 'model'], phrase: 'world model' } });
    expect(parseQuery('agents "world  model" rl')).toMatchObject({ phrase: 'world model', index: { required: ['agents', 'world', 'model'], optional: ['rl'] } });
    expect(parseQuery('"world model')).not.toHaveProperty('phrase'); // not closed yet
    expect(parseQuery('"pruning"')).not.toHaveProperty('phrase');
  });
});

describe('best match across bundles', () => {
  it('uses BM25’s IDF: rarer words weigh more', () => {
    expect(idf(1, 100)).toBeGreaterThan(idf(50, 100));
    expect(idf(10, 100)).toBeCloseTo(Math.log(1 + 90.5 / 10.5));
  });

  it('rescales a bundle where the word is rare down to its weight in the whole archive', () => {
    const pages = { new: 100, old: 100 };
    // "model" in 90 of the new bundle's pages but 10 of the old one's: in the old bundle it looked rare.
    const terms = [{ byBundle: { new: 90, old: 10 } }];
    const old = rescaleFactor('old', terms, pages);
    const fresh = rescaleFactor('new', terms, pages);
    expect(old).toBeLessThan(1);
    expect(fresh).toBeGreaterThan(1);
    // Rescaled, the same local tf counts the same in both bundles.
    expect(old * idf(10, 100)).toBeCloseTo(fresh * idf(90, 100));
    expect(rescaleFactor('new', [{ byBundle: { old: 3 } }], pages)).toBe(1);
  });

  it('breaks score ties by id, so the order is total', () => {
    const results = [
      { score: 1, id: 'b' },
      { score: 2, id: 'z' },
      { score: 1, id: 'a' },
    ];
    expect([...results].sort(byScore).map((result) => result.id)).toEqual(['z', 'a', 'b']);
  });

  it('merges the bundles into what sorting every rescaled result gives, page by page', async () => {
    // Few distinct scores and factors, so ties within and across bundles are common. 1.5 and the next double
    // up differ, but not once times 0.1: a bundle must be ordered by its rescaled scores, not Pagefind's.
    const bundle = fc.record({
      factor: fc.constantFrom(0.1, 0.5, 1, 1.1, 3),
      scores: fc.array(fc.constantFrom(0.1, 0.3, 1, 1.5, 1.5 + Number.EPSILON, 2.2, 7), { maxLength: 15 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(bundle, { maxLength: 5 }), fc.integer({ min: 1, max: 9 }), async (bundles, page) => {
        // Each bundle as Pagefind gives it: best first, ties in any order; ids unique in the archive.
        const results = bundles.map(({ scores }, at) => scores.map((score, index) => ({ id: `${(index * 7919) % 101}-${at}`, score })).sort((a, b) => b.score - a.score));
        const everything = results.flatMap((list, at) => list.map((result) => ({ id: result.id, score: result.score * bundles[at].factor }))).sort(byScore);
        const merge = new OrderedMerge(
          results.map((list, at) => bestMatchStream(list, bundles[at].factor)),
          byScore,
        );
        const merged: string[] = [];
        for (let taken = await merge.take(page); taken.length > 0; taken = await merge.take(page)) merged.push(...taken.map((result) => result.id));
        expect(merged).toEqual(everything.map((result) => result.id));
      }),
    );
  });
});

describe("the archive's order", () => {
  const paper = { id: 'b', published: '2025-03-04', upvotes: 42, firstListed: '2025-03-05' };
  const ids = (sort: 'date' | 'upvotes', papers: (typeof paper)[]) => papers.toSorted(compareFor(sort)).map((one) => one.id);
  const papers = [
    paper,
    { ...paper, id: 'older', published: '2025-03-03', upvotes: 99 },
    { ...paper, id: 'popular', upvotes: 50 },
    { ...paper, id: 'a' }, // a full tie: by id
    { ...paper, id: 'relisted', firstListed: '2025-04-01' }, // listed more recently
  ];
  it('is newest first, then most upvoted, then listed more recently, then by id', () => {
    expect(ids('date', papers)).toEqual(['popular', 'relisted', 'a', 'b', 'older']);
  });
  it('by upvotes is most upvoted first, then newest, with the same tie-breaks', () => {
    expect(ids('upvotes', papers)).toEqual(['older', 'popular', 'relisted', 'a', 'b']);
  });
  it('has keys that rank as the papers do within a bundle, and newer bundles first across bundles', () => {
    const day = dayNumber('2025-03-04');
    expect(day).toBe(dayNumber('2025-03-03') + 1);
    expect(dayNumber('1970-01-02')).toBe(1);
    const keys = [sortKey('date', day, 1, 0, 5), sortKey('date', day, 1, 1, 0), sortKey('date', day, 2, 3, 9), sortKey('date', day - 1, 80, 0, 0), sortKey('date', day, 1, 0, 4)];
    expect(keys.toSorted(compareKeys)).toEqual([keys[2], keys[4], keys[0], keys[1], keys[3]]);
    expect(sortKey('upvotes', day, 7, 2, 3)).toEqual([7, day, 2, 3]);
  });
  it("takes a paper's id from the URL its page was written at", () => {
    expect(paperIdOfUrl('/digest/papers/a-paper/')).toBe('a-paper');
  });
});

describe('bylineParts', () => {
  const authors = 'Ada Lovelace, Alan Turing, Grace Hopper, Chengsong Huang, Edsger Dijkstra';
  const text = (parts: { text: string }[]) => parts.map((part) => part.text).join('');
  it('shows two names and how many more', () => {
    expect(text(bylineParts(authors, []))).toBe('by Ada Lovelace, Alan Turing and 3 more');
  });
  it('adds and marks a matched name wherever it is in the list', () => {
    // "Chengsong Huang" is the 7th and 8th word of the list.
    const parts = bylineParts(authors, [6, 7]);
    expect(text(parts)).toBe('by Ada Lovelace, Alan Turing, …, Chengsong Huang and 2 more');
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['Chengsong Huang']);
  });
});

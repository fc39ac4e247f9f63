// One search as the reader is told about it (src/client/find-papers.ts, describeAnswer), on a fake archive.
import { describe, expect, it } from 'vitest';
import { findPapers, fixed } from '../../src/client/find-papers.ts';
import type { IndexQuery, SearchArchive, SearchHit } from '../../src/client/search-archive.ts';
import { describeAnswer } from '../../src/client/search-page.ts';

const hit = (id: string): SearchHit => ({ id, url: `/papers/${id}/`, title: id, content: id, locations: [] });

/** An archive that knows a few words and one arXiv id, and records what it was asked. */
function fakeArchive(words: Record<string, string[]>, near: Record<string, string> = {}) {
  const asked: IndexQuery[] = [];
  const archive = {
    asked,
    async find(query: IndexQuery) {
      asked.push(query);
      const all = [...query.required, ...(query.optional ?? [])];
      const ids = all.length === 0 ? ['x', 'y'] : (words[all[0]] ?? []).filter((id) => all.every((word) => words[word]?.includes(id)));
      return { list: fixed(ids.map(hit)), ...(query.phrase && { phraseMatches: 1 }) };
    },
    async byArxivId(id: string) {
      return id === '2410.12381' ? hit('humaneval-v') : undefined;
    },
    async nearSpelling(word: string) {
      return near[word];
    },
  };
  return archive as unknown as SearchArchive & { asked: IndexQuery[] };
}

describe('findPapers and what the page says', () => {
  const archive = fakeArchive({ transformer: ['a', 'b'], model: ['a', 'c'], world: ['c'] }, { transfomer: 'transformer', modle: 'model' });

  it('counts what it found', async () => {
    const answer = await findPapers(archive, 'transformer ', {});
    expect(answer.list?.total).toBe(2);
    expect(describeAnswer(answer, 2)).toBe('2 papers found.');
    expect(describeAnswer(answer, 1)).toBe('2 papers found, showing 1.');
    const many = { ...answer, list: { ...answer.list!, total: 2009 } };
    expect(describeAnswer(many, 20)).toBe('2,009 papers found, showing 20.'); // grouped as elsewhere on the site
  });

  it('hands out a list a page at a time, counting what it gave', async () => {
    const list = fixed(['a', 'b', 'c'].map(hit));
    expect((await list.take(2)).map((paper) => paper.id)).toEqual(['a', 'b']);
    expect(list.given).toBe(2);
    expect((await list.take(2)).map((paper) => paper.id)).toEqual(['c']);
    expect((await list.take(2)).map((paper) => paper.id)).toEqual([]);
    expect([list.given, list.total]).toEqual([3, 3]);
  });

  it('says a word matches nothing, and suggests the near spelling of each word that has one', async () => {
    const answer = await findPapers(archive, 'transfomer modle ', {});
    expect(answer.list?.total).toBe(0);
    expect(answer.suggestion).toBe('transformer model');
    expect(describeAnswer(answer, 0)).toBe('No papers match “transfomer modle”. Did you mean “transformer model”?');
    const nonsense = await findPapers(archive, 'xyzzyqq', {});
    expect(describeAnswer(nonsense, 0)).toBe('No papers match “xyzzyqq”.');
  });

  it('does not search one letter, nor nothing without a filter; lists a filter alone', async () => {
    archive.asked.length = 0;
    expect(describeAnswer(await findPapers(archive, 'a', {}), 0)).toBe('Type at least two letters.');
    expect(describeAnswer(await findPapers(archive, '  ', {}), 0)).toBe('Type a word or choose a topic to search.');
    expect(archive.asked).toEqual([]);
    expect((await findPapers(archive, '', { filters: { year: ['2024'] } })).list?.total).toBe(2);
  });

  it('answers an arXiv id with its paper, or says it is not in the digest', async () => {
    const found = await findPapers(archive, 'arXiv:2410.12381v2', {});
    expect((await found.list!.take(5)).map((paper) => paper.id)).toEqual(['humaneval-v']);
    expect(describeAnswer(found, 1)).toBe('arXiv 2410.12381: 1 paper found.');
    expect(describeAnswer(await findPapers(archive, '2501.00001', {}), 0)).toBe('No paper with arXiv id 2501.00001 in this digest.');
  });

  it('says how many papers hold a phrase, listed first', async () => {
    const answer = await findPapers(archive, '"world model"', {});
    expect(describeAnswer(answer, 1)).toBe('1 paper found. 1 paper with the phrase “world model” first.');
  });
});

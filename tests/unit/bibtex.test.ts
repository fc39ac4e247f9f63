import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexFile, bibtexKey, escapeBibtex, type CitablePaper } from '../../src/util/papers/bibtex.ts';

const paper: CitablePaper = {
  title: 'Reinforcement Pre-Training',
  published: '2025-06-09',
  arxivId: '2506.08007',
  authors: ['Qingxiu Dong', 'Li Dong', 'Furu Wei'],
  url: 'https://arxiv.org/abs/2506.08007',
};

/** What a real BibTeX reader (the parser behind Better BibTeX for Zotero) makes of our output. */
function read(bibtex: string) {
  const library = parse(bibtex, { sentenceCase: false });
  expect(library.errors).toEqual([]);
  return library.entries;
}

describe('BibTeX for a paper', () => {
  it("follows arXiv's export: @misc with eprint, archivePrefix and url", () => {
    const [entry] = read(bibtexEntry(paper));
    expect(entry.type).toBe('misc');
    expect(entry.key).toBe('dong2025reinforcement');
    expect(entry.fields.title).toBe('Reinforcement Pre-Training');
    expect(entry.fields.author?.map((author) => `${author.firstName} ${author.lastName}`)).toEqual(['Qingxiu Dong', 'Li Dong', 'Furu Wei']);
    expect(entry.fields.year).toBe('2025');
    expect(entry.fields.eprint).toBe('2506.08007');
    expect(entry.fields.archiveprefix).toBe('arXiv');
    expect(entry.fields.url).toBe('https://arxiv.org/abs/2506.08007');
  });

  it.each([
    'Closing } brace and { opening',
    'A \\backslash and \\input{/etc/passwd}',
    '100% accurate & 50$ cheaper #1 with_underscore ^ and ~',
    '@misc{injected, title={x}} and @string{a = "b"}',
    'Ünïcödé, 中文 and emoji 🚀',
  ])('a hostile title comes back as written: %s', (title) => {
    const [entry] = read(bibtexEntry({ ...paper, title }));
    expect(entry.fields.title).toBe(title);
    expect(entry.fields.eprint).toBe('2506.08007');
  });

  it('keeps listing text from becoming a TeX command', () => {
    const text = bibtexEntry({ ...paper, title: '\\input{secret} \\write18{rm -rf /}', authors: ['Robert \\relax Tables'] });
    expect(text).not.toMatch(/\\input\{|\\write18|\\relax/);
  });

  it("says 'and others' when the listing names no author, with the count in a note", () => {
    const [entry] = read(bibtexEntry({ title: 'A Paper', published: '2024-01-02', authorCount: 5, url: 'https://digest.example.org/papers/a-paper/' }));
    expect(entry.fields.author).toEqual([{ lastName: 'others' }]);
    expect(entry.fields.note).toBe('5 authors, not named in the listing');
    expect(entry.fields.eprint).toBeUndefined();
  });

  it('names an organisation, then others, when only the organisation is known', () => {
    const [entry] = read(bibtexEntry({ title: 'A Paper', published: '2024-01-02', organization: { name: 'Westlake & Co' }, url: 'https://x.org/' }));
    expect(entry.fields.author).toEqual([{ name: 'Westlake & Co' }, { lastName: 'others' }]);
  });

  it('writes no url that BibTeX would read specially', () => {
    expect(bibtexEntry({ ...paper, url: 'javascript:alert(1)' })).not.toContain('url =');
    expect(bibtexEntry({ ...paper, url: 'https://x.org/a}b' })).not.toContain('url =');
  });

  it('keys entries by surname, year and first word, unique within a file', () => {
    expect(bibtexKey({ ...paper, authors: ['José Núñez'] })).toBe('nunez2025reinforcement');
    const entries = read(bibtexFile([paper, paper, { ...paper, title: 'Other' }]));
    expect(entries.map((entry) => entry.key)).toEqual(['dong2025reinforcement', 'dong2025reinforcementa', 'dong2025other']);
  });

  it('escapes every TeX special character and flattens control characters', () => {
    expect(escapeBibtex('a\u0000b\nc {x}')).toBe('a b c \\{x\\}');
  });
});

import { describe, expect, it } from 'vitest';
import { paperLinks, readingLinks } from '../../src/util/papers/paper-links.ts';
import type { Paper } from '../../src/collect/schema.ts';

const base: Paper = {
  id: 'p', title: 'A Title', abstract: 'Text.', published: '2025-01-01', upvotes: 0, authorCount: 1, links: [], keywords: [],
  days: ['2025-01-02'], topics: [], related: [], later: [], sources: ['x:1'],
};

describe('readingLinks', () => {
  it('links the arXiv abstract, PDF and Hugging Face page of a known id', () => {
    expect(readingLinks({ arxivId: '2512.01234', title: 'T' })).toEqual([
      { label: 'arXiv', href: 'https://arxiv.org/abs/2512.01234' },
      { label: 'PDF', href: 'https://arxiv.org/pdf/2512.01234' },
      { label: 'Hugging Face', href: 'https://huggingface.co/papers/2512.01234' },
    ]);
    expect(readingLinks({ arxivId: 'cs/0112017', title: 'T' })[0].href).toBe('https://arxiv.org/abs/cs/0112017');
  });

  it('searches by exact title when the id is unknown, the title only ever a query value', () => {
    const [arxiv, hf] = readingLinks({ title: 'Growing Trees & "Forests" #1 / <b>?' });
    const arxivUrl = new URL(arxiv.href);
    expect(arxiv.label).toBe('Find on arXiv');
    expect(arxivUrl.origin + arxivUrl.pathname).toBe('https://arxiv.org/search/');
    expect(arxivUrl.searchParams.get('query')).toBe('Growing Trees & "Forests" #1 / <b>?');
    expect(arxivUrl.searchParams.get('searchtype')).toBe('title');
    const hfUrl = new URL(hf.href);
    expect(hf.label).toBe('Find on Hugging Face');
    expect(hfUrl.origin + hfUrl.pathname).toBe('https://huggingface.co/papers');
    expect(hfUrl.searchParams.get('q')).toBe('Growing Trees & "Forests" #1 / <b>?');
    expect(hf.href).not.toMatch(/[<>"\s]/);
  });

  it('treats an id that is not arXiv-shaped as unknown, so it never reaches a URL path', () => {
    for (const arxivId of ['//evil.example/x', 'javascript:alert(1)', '../../x', '2512.01234?x=1']) {
      const links = readingLinks({ arxivId, title: 'T' });
      expect(links.map((link) => link.label)).toEqual(['Find on arXiv', 'Find on Hugging Face']);
      for (const link of links) expect(new URL(link.href).protocol).toBe('https:');
    }
  });
});

describe('paperLinks', () => {
  it('puts the reading links first and lists each URL once', () => {
    const links = paperLinks({ ...base, arxivId: '2512.01234', codeUrl: 'https://github.com/a/b', links: ['https://github.com/a/b', 'https://www.example.org/x'] });
    expect(links.map((link) => link.label)).toEqual(['arXiv', 'PDF', 'Hugging Face', 'Code', 'example.org']);
  });
});

describe('discussionLink', () => {
  it('points at the comments of the paper on Hugging Face', async () => {
    const { discussionLink } = await import('../../src/util/papers/paper-links.ts');
    expect(discussionLink({ arxivId: '2506.08007' })).toBe('https://huggingface.co/papers/2506.08007#community');
  });
  it('makes no link without a well-formed arXiv id', async () => {
    const { discussionLink } = await import('../../src/util/papers/paper-links.ts');
    expect(discussionLink({})).toBeUndefined();
    expect(discussionLink({ arxivId: 'javascript:alert(1)' })).toBeUndefined();
  });
});

describe('citationUrl', () => {
  it('cites the arXiv abstract when the id is known, the paper page otherwise', async () => {
    const { citationUrl } = await import('../../src/util/papers/paper-links.ts');
    expect(citationUrl({ arxivId: '2506.08007', title: 'T' }, 'https://d.org/papers/t/')).toBe('https://arxiv.org/abs/2506.08007');
    expect(citationUrl({ title: 'T' }, 'https://d.org/papers/t/')).toBe('https://d.org/papers/t/');
  });
});

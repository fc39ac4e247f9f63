import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/client/excerpt.ts';
import { exactTerm, rangeEndTerm, searchWords } from '../../src/client/search-words.ts';

describe('searchWords', () => {
  it('keeps words, drops markup punctuation, and knows whether the last word is finished', () => {
    expect(searchWords('diffusion')).toEqual({ words: ['diffusion'], lastComplete: false });
    expect(searchWords('diffusion ')).toEqual({ words: ['diffusion'], lastComplete: true });
    expect(searchWords('  <script>alert(1)</script> tree-search ')).toEqual({ words: ['script', 'alert', '1', 'script', 'tree-search'], lastComplete: true });
    expect(searchWords('"quoted" words.')).toEqual({ words: ['quoted', 'words'], lastComplete: false });
    expect(searchWords('   ')).toEqual({ words: [], lastComplete: true });
  });

  it('quotes a word for an exact match', () => {
    expect(exactTerm('diffusion')).toBe('"diffusion"');
  });

  it("marks where the longer words of the last word end, except in an exact term", () => {
    expect(rangeEndTerm('accur')).toBe('accur\uffff');
    expect(rangeEndTerm('world mod')).toBe('mod\uffff');
    expect(rangeEndTerm('"world"')).toBeUndefined();
    expect(rangeEndTerm(' ')).toBeUndefined();
  });
});

describe('excerptParts', () => {
  const content = 'Latent Diffusion Without Autoencoders. We train diffusion models directly on pixels and show that latent autoencoders are not needed.';
  const text = (parts: { text: string }[]) => parts.map((part) => part.text).join('');

  it('starts in the abstract when it has a match, with the matched words marked', () => {
    const parts = excerptParts(content, [1, 6], 4, 6);
    expect(text(parts)).toBe('We train diffusion models directly on …');
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['diffusion']);
  });

  it('shows the start of the abstract, unmarked, when only the title matched', () => {
    const parts = excerptParts(content, [0], 4, 3);
    expect(text(parts)).toBe('We train diffusion …');
    expect(parts.some((part) => part.mark)).toBe(false);
  });

  it('gives a few words of context before a later match, and marks every match in the window', () => {
    const parts = excerptParts(content, [14, 15], 4, 5);
    expect(text(parts)).toBe('… pixels and show that latent …');
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['latent']);
  });

  it('keeps text as text: markup in the content is just characters', () => {
    const parts = excerptParts('T. <b>x</b> & <img src=x onerror=alert(1)>', [1], 1, 10);
    expect(text(parts)).toBe('<b>x</b> & <img src=x onerror=alert(1)>');
  });

  it('marks the word, not the punctuation around it', () => {
    const parts = excerptParts('T. (pruning), then pruning.', [1, 3], 1, 10);
    expect(parts).toEqual([
      { text: '(', mark: false },
      { text: 'pruning', mark: true },
      { text: '), then ', mark: false },
      { text: 'pruning', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('copes with empty content', () => {
    expect(excerptParts('', [0], 0)).toEqual([]);
  });
});

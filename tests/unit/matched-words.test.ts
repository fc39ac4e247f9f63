// What a Pagefind result shows of its match (src/client/matched-words.ts): the words at its matched
// locations, and whether they were found by every word typed or by Pagefind's shorter stand-in.
import { describe, expect, it } from 'vitest';
import { holdsEveryWord, matchedWords, normalWord } from '../../src/client/matched-words.ts';

const text = 'We train Chain-of-Thought reasoning into a Transformer: Zürich, “GPT-4” and more.';
const at = (...words: string[]) => words.map((word) => text.split(/\s+/).indexOf(word));

describe('matchedWords', () => {
  it('reads the words at the matched locations, without case, punctuation or accents, and their parts', () => {
    expect(matchedWords({ content: text, locations: at('Chain-of-Thought', 'Transformer:', 'Zürich,', '“GPT-4”') })).toEqual([
      'chainofthought',
      'chain',
      'of',
      'thought',
      'transformer',
      'zurich',
      'gpt4',
      'gpt',
      '4',
    ]);
  });

  it('ignores locations past the text, and repeats', () => {
    expect(matchedWords({ content: 'a model, a Model', locations: [1, 3, 9] })).toEqual(['model']);
  });
});

describe('holdsEveryWord', () => {
  const matched = matchedWords({ content: text, locations: at('Chain-of-Thought', 'reasoning', 'Transformer:', 'Zürich,') });

  it('is true when each typed word starts a matched word, as typed or in a part', () => {
    expect(holdsEveryWord(matched, ['reason'])).toBe(true);
    expect(holdsEveryWord(matched, ['Transformer', 'thou'])).toBe(true);
    expect(holdsEveryWord(matched, ['zurich', 'ZÜR'])).toBe(true);
  });

  it('is false when a word was found by a shorter stand-in, or not at all', () => {
    // Pagefind answers "xyzzyqq" by "x…" words and "transfomer" by "trans…": neither holds the word typed.
    expect(holdsEveryWord(matchedWords({ content: 'the xLSTM model', locations: [1] }), ['xyzzyqq'])).toBe(false);
    expect(holdsEveryWord(matched, ['transfomer'])).toBe(false);
    expect(holdsEveryWord(matched, ['reasoning', 'world'])).toBe(false);
  });

  it('normalises the typed words as Pagefind does', () => {
    expect(normalWord('GPT-4')).toBe('gpt4');
    expect(normalWord('Zürich')).toBe('zurich');
    expect(holdsEveryWord(['gpt4'], ['GPT-4'])).toBe(true);
  });
});

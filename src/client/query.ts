/**
 * What the reader typed, as the search it asks for: nothing yet, a single letter (which waits for a second),
 * an arXiv id (bare, with a version, `arXiv:` or a pasted arxiv.org / huggingface.co link), or words, with a
 * phrase when some are in quotes.
 */
import type { IndexQuery } from './search-archive.ts';
import { searchWords } from './search-words.ts';

export type Query =
  | { kind: 'empty' }
  | { kind: 'short'; text: string }
  | { kind: 'arxiv'; id: string }
  | { kind: 'words'; text: string; index: IndexQuery; phrase?: string };

const ARXIV = /^(?:(?:https?:\/\/)?(?:www\.|export\.)?(?:arxiv\.org\/(?:abs|pdf|html)|huggingface\.co\/papers)\/|arxiv:\s*)?(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?\/?(?:[?#]\S*)?$/i;

/** `2410.12381` from `arXiv:2410.12381v2`, `https://arxiv.org/abs/2410.12381`…; undefined when it is not one. */
export function arxivIdOf(input: string): string | undefined {
  return ARXIV.exec(input.trim())?.[1];
}

export function parseQuery(input: string): Query {
  const id = arxivIdOf(input);
  if (id) return { kind: 'arxiv', id };
  const { words, lastComplete } = searchWords(input);
  if (words.length === 0) return { kind: 'empty' };
  const text = words.join(' ');
  if (words.length === 1 && [...words[0]].length < 2) return { kind: 'short', text };
  // A closed quote of two words or more is a phrase; its words are required like any other.
  const quoted = /"([^"]+)"/.exec(input);
  const phraseWords = quoted ? searchWords(quoted[1]).words : [];
  const phrase = phraseWords.length > 1 ? phraseWords.join(' ') : undefined;
  const typing = !lastComplete && !/"\s*$/.test(input);
  const index: IndexQuery = { term: text, required: typing ? words.slice(0, -1) : words, optional: typing ? words.slice(-1) : [], ...(phrase && { phrase }) };
  return { kind: 'words', text, index, ...(phrase && { phrase }) };
}

/**
 * Topic matching: a paper belongs to a topic when its title or abstract contains one of the topic's
 * words or phrases (whole words, any case, plurals folded) and none of its exclusions. Topics come
 * strongest first, so a card can show the few that say most about the paper.
 * Patterns are indexed by their first word, so the cost per paper is one pass over its words.
 */
import type { Topic } from '../parse/taxonomy-schema.ts';
import { sameInflection, stem, tokenize, type Words } from './words.ts';

// The taxonomy's shape is read where the file is parsed; the collections and pages take it from here too.
export { TaxonomySchema, TopicSchema, type Topic } from '../parse/taxonomy-schema.ts';

interface CompiledPattern {
  topic: number;
  exclude: boolean;
  words: string[];
  /** The words as written (lower-cased), to tell an inflection from a derived word with the same stem. */
  raw: string[];
  /** Last word is a prefix (`prun*`). */
  prefix: boolean;
}

export interface TopicMatcher {
  /** Slugs of the topics a text belongs to, strongest match first (see `matchParts`). */
  match(text: string): string[];
  /** The same for a text already split into words (see `tokenize`). */
  matchWords(words: Words): string[];
  /**
   * A paper's topics from its title and abstract, each matched on its own so no phrase spans the two;
   * strongest first: title hits weigh TITLE_WEIGHT, longer phrases more than single words, ties in taxonomy order.
   */
  matchPaper(title: Words, abstract: Words): string[];
}

/** A hit in the title says more about a paper than one in its abstract. */
export const TITLE_WEIGHT = 3;

function compile(pattern: string, topic: number, exclude: boolean): CompiledPattern {
  const prefix = pattern.endsWith('*');
  const raw = (prefix ? pattern.slice(0, -1) : pattern).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // A prefix is matched as typed: stemming "analysis*" to "analysi" would be surprising.
  const patternWords = raw.map((word, index) => (prefix && index === raw.length - 1 ? word : stem(word)));
  return { topic, exclude, words: patternWords, raw, prefix };
}

export function createTopicMatcher(topics: readonly Topic[]): TopicMatcher {
  const byFirstWord = new Map<string, CompiledPattern[]>();
  const byFirstLetter = new Map<string, CompiledPattern[]>(); // one-word prefix patterns
  const add = (map: Map<string, CompiledPattern[]>, key: string, pattern: CompiledPattern) => {
    const list = map.get(key);
    if (list) list.push(pattern);
    else map.set(key, [pattern]);
  };
  topics.forEach((topic, index) => {
    for (const [patterns, exclude] of [[topic.match, false], [topic.exclude, true]] as const) {
      for (const text of patterns) {
        const pattern = compile(text, index, exclude);
        if (pattern.prefix && pattern.words.length === 1) add(byFirstLetter, pattern.words[0][0], pattern);
        else add(byFirstWord, pattern.words[0], pattern);
      }
    }
  });

  // A wildcard is matched against the word as written, so "strategies*" still matches "strategies".
  const matchesAt = (tokens: string[], raw: string[], start: number, pattern: CompiledPattern): boolean => {
    const last = pattern.words.length - 1;
    if (start + last >= tokens.length) return false;
    for (let offset = 0; offset <= last; offset++) {
      const token = tokens[start + offset];
      const word = pattern.words[offset];
      const ok =
        pattern.prefix && offset === last
          ? raw[start + offset].startsWith(word) || token.startsWith(word)
          : token === word && sameInflection(raw[start + offset], pattern.raw[offset]);
      if (!ok) return false;
    }
    return true;
  };

  /** Adds each part's hits to `scores` (per topic) and `excluded`; a pattern never spans two parts. */
  const scoreInto = ({ raw, stems: tokens }: Words, weight: number, scores: Map<number, number>, excluded: Set<number>) => {
    for (let index = 0; index < tokens.length; index++) {
      const candidates = [...(byFirstWord.get(tokens[index]) ?? []), ...(byFirstLetter.get(tokens[index][0]) ?? [])];
      for (const pattern of candidates) {
        if (!matchesAt(tokens, raw, index, pattern)) continue;
        if (pattern.exclude) excluded.add(pattern.topic);
        else scores.set(pattern.topic, (scores.get(pattern.topic) ?? 0) + weight * pattern.words.length);
      }
    }
  };

  const matchParts = (parts: [Words, number][]): string[] => {
    const scores = new Map<number, number>();
    const excluded = new Set<number>();
    for (const [part, weight] of parts) scoreInto(part, weight, scores, excluded);
    return [...scores]
      .filter(([topic]) => !excluded.has(topic))
      .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || a - b)
      .map(([topic]) => topics[topic].slug);
  };

  return {
    matchWords: (words) => matchParts([[words, 1]]),
    match: (text) => matchParts([[tokenize(text), 1]]),
    matchPaper: (title, abstract) => matchParts([[title, TITLE_WEIGHT], [abstract, 1]]),
  };
}

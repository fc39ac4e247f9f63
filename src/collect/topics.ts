/**
 * Topic matching. Every hit of a topic's words or phrases (whole words, any case, plurals folded) scores for
 * the topic: 1 for a word, 2 for a phrase, three times that in the title; each repeat of the same word or phrase
 * within the title or the abstract counts 0.7 of the one before. A paper joins a topic when the score
 * reaches the topic's minimum (MIN_SCORE unless the taxonomy says otherwise) and none of its exclusions occur,
 * so one passing word in a long abstract no longer decides; topics come strongest first.
 * Patterns are indexed by their first word, so the cost per paper is one pass over its words.
 */
import type { Topic } from '../parse/taxonomy-schema.ts';
import { sameInflection, stem, tokenize, type Words } from './words.ts';

// The taxonomy's shape is read where the file is parsed; the collections and pages take it from here too.
export { TaxonomySchema, TopicSchema, type Topic } from '../parse/taxonomy-schema.ts';

type Role = 'match' | 'exclude' | 'ignore';

interface CompiledPattern {
  topic: number;
  role: Role;
  words: string[];
  /** The words as written (lower-cased), to tell an inflection from a derived word with the same stem. */
  raw: string[];
  /** What repeats are counted by: the topic and the stemmed words, so "LLM" and "LLMs" are one term. */
  key: string;
  /** Last word is a prefix (`prun*`). */
  prefix: boolean;
  /** A single word that is a suffix (`*bench` matches "LiveCodeBench"). */
  suffix: boolean;
}

export interface TopicMatcher {
  /** Slugs of the topics whose patterns occur in a text, any number of times, strongest first. */
  match(text: string): string[];
  /** The same for a text already split into words (see `tokenize`). */
  matchWords(words: Words): string[];
  /**
   * A paper's topics from its title and abstract, each matched on its own so no phrase spans the two:
   * the topics whose score reaches their minimum, strongest first, ties in taxonomy order.
   */
  matchPaper(title: Words, abstract: Words): string[];
  /** Every topic's score for a paper (topics without a hit, or excluded, left out), for tests and tuning. */
  scorePaper(title: Words, abstract: Words): Map<string, number>;
}

/** A topic hit in the title says more about a paper than one in its abstract (related.ts weighs title terms apart). */
export const TOPIC_TITLE_WEIGHT = 3;
/** A phrase says more than a word, but a long phrase no more than a short one: "large language model" is 2. */
export const PHRASE_SCORE = 2;
/**
 * A title hit confirmed once in the abstract, a phrase in the title, or four abstract points (four mentions
 * of a word, two of a phrase). Fitted, with the per-topic minimums of the taxonomy, on the tuning half of the
 * hand-labelled papers in tests/fixtures/topic-labels.
 */
export const MIN_SCORE = 4;
/**
 * Each repeat of a term in one part (title or abstract) counts this much of the one before: an abstract that
 * says "benchmark" six times is not six times about benchmarks. A word alone then stays under 3.4 however often
 * it is said, so it needs a second term of the topic or the title; a phrase said three times reaches 4.
 * Fitted with the taxonomy on the 157 first-round papers of tests/fixtures/topic-labels.
 */
export const REPEAT_WEIGHT = 0.7;

function compile(pattern: string, topic: number, role: Role): CompiledPattern {
  const suffix = pattern.startsWith('*');
  const prefix = !suffix && pattern.endsWith('*');
  const raw = (prefix ? pattern.slice(0, -1) : pattern).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // A prefix or suffix is matched as typed: stemming "analysis*" to "analysi" would be surprising.
  const patternWords = raw.map((word, index) => ((prefix && index === raw.length - 1) || suffix ? word : stem(word)));
  return { topic, role, words: patternWords, raw, prefix, suffix, key: `${topic} ${pattern.startsWith('*') ? '*' : ''}${patternWords.join(' ')}${prefix ? '*' : ''}` };
}

// At one word, ignore patterns first, then longer phrases: a hit is scored once, as the longest phrase found there.
const ROLE_ORDER: Record<Role, number> = { ignore: 0, exclude: 1, match: 2 };
const byPriority = (a: CompiledPattern, b: CompiledPattern) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || b.words.length - a.words.length;

export function createTopicMatcher(topics: readonly Topic[]): TopicMatcher {
  const byFirstWord = new Map<string, CompiledPattern[]>();
  const byFirstLetter = new Map<string, CompiledPattern[]>(); // one-word prefix patterns
  const suffixes: CompiledPattern[] = []; // few: tried on every word
  const add = (map: Map<string, CompiledPattern[]>, key: string, pattern: CompiledPattern) => {
    const list = map.get(key);
    if (list) list.push(pattern);
    else map.set(key, [pattern]);
  };
  topics.forEach((topic, index) => {
    for (const [patterns, role] of [[topic.match, 'match'], [topic.exclude, 'exclude'], [topic.ignore ?? [], 'ignore']] as const) {
      for (const text of patterns) {
        const pattern = compile(text, index, role);
        if (pattern.suffix) suffixes.push(pattern);
        else if (pattern.prefix && pattern.words.length === 1) add(byFirstLetter, pattern.words[0][0], pattern);
        else add(byFirstWord, pattern.words[0], pattern);
      }
    }
  });

  // A wildcard is matched against the word as written, so "strategies*" still matches "strategies".
  const matchesAt = (tokens: string[], raw: string[], start: number, pattern: CompiledPattern): boolean => {
    const last = pattern.words.length - 1;
    if (start + last >= tokens.length) return false;
    if (pattern.suffix) return raw[start].endsWith(pattern.words[0]);
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

  /**
   * Adds a part's hits to `scores` (per topic) and `excluded`; a pattern never spans two parts. Per topic, the
   * words a hit (or an ignored phrase) covers are not counted again, so "direct preference optimization" is one
   * hit, not three overlapping ones.
   */
  const scoreInto = ({ raw, stems: tokens }: Words, weight: number, scores: Map<number, number>, excluded: Set<number>) => {
    const coveredUntil = new Map<number, number>(); // per topic: the first word not yet covered
    const hits: CompiledPattern[] = []; // the patterns found at one word: few, so sorting them is cheap
    const seen = new Map<string, number>(); // per term: its hits so far in this part
    for (let index = 0; index < tokens.length; index++) {
      hits.length = 0;
      for (const list of [byFirstWord.get(tokens[index]), byFirstLetter.get(tokens[index][0]), suffixes] as const) {
        if (list) for (const pattern of list) if (matchesAt(tokens, raw, index, pattern)) hits.push(pattern);
      }
      if (hits.length > 1) hits.sort(byPriority);
      for (const pattern of hits) {
        const end = index + pattern.words.length;
        if (pattern.role === 'exclude') {
          excluded.add(pattern.topic);
          continue;
        }
        if ((coveredUntil.get(pattern.topic) ?? 0) > index) continue;
        coveredUntil.set(pattern.topic, end);
        if (pattern.role !== 'match') continue;
        const repeats = seen.get(pattern.key) ?? 0;
        seen.set(pattern.key, repeats + 1);
        const value = weight * Math.min(pattern.words.length, PHRASE_SCORE) * REPEAT_WEIGHT ** repeats;
        scores.set(pattern.topic, (scores.get(pattern.topic) ?? 0) + value);
      }
    }
  };

  const score = (parts: [Words, number][]): Map<number, number> => {
    const scores = new Map<number, number>();
    const excluded = new Set<number>();
    for (const [part, weight] of parts) scoreInto(part, weight, scores, excluded);
    for (const topic of excluded) scores.delete(topic);
    return scores;
  };

  const ranked = (scores: Map<number, number>, minimum: (topic: number) => number): string[] =>
    [...scores]
      .filter(([topic, value]) => value >= minimum(topic))
      .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || a - b)
      .map(([topic]) => topics[topic].slug);

  const paperParts = (title: Words, abstract: Words): [Words, number][] => [
    [title, TOPIC_TITLE_WEIGHT],
    [abstract, 1],
  ];

  return {
    matchWords: (words) => ranked(score([[words, 1]]), () => 0),
    match: (text) => ranked(score([[tokenize(text), 1]]), () => 0),
    matchPaper: (title, abstract) => ranked(score(paperParts(title, abstract)), (topic) => topics[topic].min_score ?? MIN_SCORE),
    scorePaper: (title, abstract) => new Map([...score(paperParts(title, abstract))].map(([topic, value]) => [topics[topic].slug, value])),
  };
}

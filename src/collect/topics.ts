/**
 * Topic matching: a paper belongs to a topic when its title or abstract contains one of the topic's
 * words or phrases (whole words, any case, plurals folded) and none of its exclusions.
 * Patterns are indexed by their first word, so the cost per paper is one pass over its words.
 */
import { z } from 'zod';
import { Slug } from './schema.ts';
import { stem, tokenize, words, type Words } from './words.ts';

const Pattern = z
  .string()
  .trim()
  .min(1)
  .refine((value) => words(value.replace(/\*$/, '')).length > 0, 'must contain a word')
  .refine((value) => !value.slice(0, -1).includes('*'), 'a "*" may only end a pattern (as in "prun*")');

export const TopicSchema = z.object({
  slug: Slug,
  name: z.string().trim().min(1),
  description: z.string().trim().min(1),
  /** Words or phrases; a trailing `*` matches any ending (`prun*` matches "pruning", "pruned"). */
  match: z.array(Pattern).min(1),
  /** A paper containing any of these is left out of the topic even if it matches. */
  exclude: z.array(Pattern).default([]),
});
export type Topic = z.infer<typeof TopicSchema>;

export const TaxonomySchema = z
  .array(TopicSchema)
  .min(1)
  .superRefine((topics, context) => {
    const seen = new Set<string>();
    for (const [index, topic] of topics.entries()) {
      if (seen.has(topic.slug)) context.addIssue({ code: 'custom', path: [index, 'slug'], message: `duplicate topic slug "${topic.slug}"` });
      seen.add(topic.slug);
    }
  });

interface CompiledPattern {
  topic: number;
  exclude: boolean;
  words: string[];
  /** Last word is a prefix (`prun*`). */
  prefix: boolean;
}

export interface TopicMatcher {
  /** Slugs of the topics a text belongs to, in taxonomy order. */
  match(text: string): string[];
  /** The same for a text already split into words (see `tokenize`). */
  matchWords(words: Words): string[];
}

function compile(pattern: string, topic: number, exclude: boolean): CompiledPattern {
  const prefix = pattern.endsWith('*');
  const raw = (prefix ? pattern.slice(0, -1) : pattern).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // A prefix is matched as typed: stemming "analysis*" to "analysi" would be surprising.
  const patternWords = raw.map((word, index) => (prefix && index === raw.length - 1 ? word : stem(word)));
  return { topic, exclude, words: patternWords, prefix };
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
      const ok = pattern.prefix && offset === last ? raw[start + offset].startsWith(word) || token.startsWith(word) : token === word;
      if (!ok) return false;
    }
    return true;
  };

  const matchWords = ({ raw, stems: tokens }: Words): string[] => {
      const included = new Set<number>();
      const excluded = new Set<number>();
      for (let index = 0; index < tokens.length; index++) {
        const candidates = [...(byFirstWord.get(tokens[index]) ?? []), ...(byFirstLetter.get(tokens[index][0]) ?? [])];
        for (const pattern of candidates) {
          if (matchesAt(tokens, raw, index, pattern)) (pattern.exclude ? excluded : included).add(pattern.topic);
        }
      }
      return topics.flatMap((topic, index) => (included.has(index) && !excluded.has(index) ? [topic.slug] : []));
  };
  return { matchWords, match: (text) => matchWords(tokenize(text)) };
}

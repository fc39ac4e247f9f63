/** Word handling shared by topic matching and related papers: whole words, case-folded, stemmed. */
import { stem as porter2 } from 'porter2';

const WORD = /[\p{L}\p{N}]+/gu;

// Porter2 reads these singulars as plurals ("lens" → "len" while "lenses" → "lens"): kept whole, they meet their plurals.
const SINGULARS_ENDING_IN_S = new Set(['lens']);
// An acronym's plural ("LLMs", "GNNs") has no vowel, so Porter2 leaves its "s" on.
const ACRONYM_PLURAL = /^[^aeiouy\d]{2,}s$/;

/**
 * Folds a word and its inflections to one form (Porter2, the Snowball English stemmer), so "trees"
 * matches "tree", "strategies" matches "strategy" and "LLMs" matches "LLM", while "news" stays apart
 * from "new". Expects a lower-cased word; both sides of a comparison go through it.
 */
export function stem(word: string): string {
  if (SINGULARS_ENDING_IN_S.has(word)) return word;
  if (ACRONYM_PLURAL.test(word)) return word.slice(0, -1);
  return porter2(word);
}

// Endings that only inflect a word (a plural, a final "e" or "y"), never derive another one.
const INFLECTIONS = new Set(['', 's', 'es', 'e', 'y', 'ies']);

/**
 * Whether two lower-cased words with the same stem differ only by an inflection: "cache"/"caches",
 * "strategy"/"strategies", but not "positional"/"positive" or "heuristic"/"heuristically", which
 * Porter2 also stems alike. Topic patterns use it so a pattern keeps meaning what it says.
 */
export function sameInflection(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return INFLECTIONS.has(a.slice(common)) && INFLECTIONS.has(b.slice(common));
}

/** A text's words, lower-cased as written and stemmed, index for index. */
export interface Words {
  raw: string[];
  stems: string[];
}

// A paper's words repeat across the corpus: stem each distinct word once.
const stems = new Map<string, string>();
function cachedStem(word: string): string {
  let folded = stems.get(word);
  if (folded === undefined) {
    folded = stem(word);
    stems.set(word, folded);
  }
  return folded;
}

/** Splits a text into words once, for every consumer (topics and related papers). */
export function tokenize(text: string): Words {
  const raw = text.toLowerCase().match(WORD) ?? [];
  return { raw, stems: raw.map(cachedStem) };
}

/** The stemmed words of a text, in order. */
export function words(text: string): string[] {
  return tokenize(text).stems;
}

/** Word handling shared by topic matching and related papers: whole words, case-folded, plural-tolerant. */

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Folds a word and its plural to one form, so "trees" matches "tree", "caches" matches "cache" and
 * "strategies" matches "strategy". Crude on purpose: both sides of a comparison go through it.
 */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  let folded = word;
  if (folded.length > 3 && folded.endsWith('s') && !/(?:ss|us|is|as)$/.test(folded)) folded = folded.slice(0, -1);
  if (folded.length > 3 && folded.endsWith('e')) folded = folded.slice(0, -1);
  return folded;
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

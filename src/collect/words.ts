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

/** The lower-cased words of a text, in order. */
export function rawWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** The stemmed words of a text, in order. */
export function words(text: string): string[] {
  return rawWords(text).map(stem);
}

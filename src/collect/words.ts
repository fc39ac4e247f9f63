/** Word handling shared by topic matching and related papers: whole words, case-folded, plural-tolerant. */

const WORD = /[\p{L}\p{N}]+/gu;

/** Folds simple English plurals so "trees" matches "tree" and "heuristics" matches "heuristic". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The stemmed words of a text, in order. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map(stem);
}

/**
 * What a search box holds, as words Pagefind can use. Pagefind indexes words: punctuation around a
 * term ("<script>") would make it find nothing. The last word is still being typed unless a space follows it.
 */
export interface SearchWords {
  words: string[];
  /** False while the last word may be the start of a longer one. */
  lastComplete: boolean;
}

export function searchWords(input: string): SearchWords {
  const words = input.replace(/[^\p{L}\p{N}\s'.-]+/gu, ' ').split(/\s+/).map((word) => word.replace(/^[.'-]+|[.'-]+$/g, '')).filter(Boolean);
  return { words, lastComplete: /\s$/.test(input) };
}

/** Pagefind's exact mode: a quoted term matches that word only, never a longer word it starts. */
export function exactTerm(word: string): string {
  return `"${word}"`;
}

/**
 * Pagefind finds the longer words a word starts, but fetches only the index chunk where the word itself sorts:
 * where the words it starts run on into the next chunk ("accur": "accurate" in one, "accuracy" in the next),
 * their pages are missed. The chunk where they end is the one where the word followed by the BMP's last
 * character sorts: preloading the term this returns fetches it. Only for the last word, the one a reader may
 * still be typing (finished words must match exactly: search-archive.ts); none for an exact (quoted) term.
 */
export function rangeEndTerm(term: string): string | undefined {
  if (/^\s*".*"\s*$/.test(term)) return undefined;
  const last = term.split(' ').filter(Boolean).at(-1);
  return last && `${last}\uffff`;
}

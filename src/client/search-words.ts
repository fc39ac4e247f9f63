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

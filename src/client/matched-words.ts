/**
 * What a Pagefind result shows of its match: the words of its text at the locations the search matched.
 * Pagefind answers a word that no indexed word starts with by the longest indexed word that starts it
 * ("xyzzyqq" finds "x"), and does so in each bundle on its own; a result whose matched words start with
 * every word typed was found by those words, not by such a shorter stand-in.
 */

interface MatchedText {
  content: string;
  locations: number[];
}

/** Lower case, without punctuation or accents: a word as Pagefind compares it. */
export function normalWord(word: string): string {
  return word.normalize('NFD').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/**
 * The matched words, each also in its parts when punctuation joins them ("chain-of-thought" is found by
 * "thought" too), normalised, without repeats.
 */
export function matchedWords({ content, locations }: MatchedText): string[] {
  const words = content.split(/\s+/).filter(Boolean);
  const found = locations.flatMap((location) => {
    const word = words[location] ?? '';
    return [word, ...word.split(/[^\p{L}\p{N}]+/u)].map(normalWord);
  });
  return [...new Set(found.filter(Boolean))];
}

/** Whether every typed word starts one of the matched words. */
export function holdsEveryWord(matched: readonly string[], typed: readonly string[]): boolean {
  return typed.map(normalWord).every((word) => word === '' || matched.some((candidate) => candidate.startsWith(word)));
}

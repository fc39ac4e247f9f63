/**
 * Best match across bundles. Pagefind scores a result with BM25 inside its own bundle, so a word's weight
 * (its IDF) depends on how common it is in that bundle: a 2024 bundle where "model" is rarer would rank
 * above everything. A result's score is therefore rescaled by the query words' IDF in the whole archive
 * over their IDF in its bundle, which is exact for a one-word query and close for more. (A word still being
 * typed has no search of its own: its pages are those the whole query matched.)
 */
import TinyQueue from 'tinyqueue';
import type { OrderedStream } from './ordered-merge.ts';

/** Pagefind's IDF (pagefind_core search): ln(1 + (N − n + 0.5) / (n + 0.5)). */
export function idf(pagesWithTerm: number, pages: number): number {
  return Math.log(1 + (pages - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5));
}

export interface TermCounts {
  /** Pages of each bundle holding the word, by bundle. */
  byBundle: Record<string, number>;
}

/** The factor that turns a bundle's scores into archive-wide ones. */
export function rescaleFactor(bundle: string, terms: readonly TermCounts[], pagesByBundle: Record<string, number>): number {
  const pages = Object.values(pagesByBundle).reduce((sum, count) => sum + count, 0);
  let global = 0;
  let local = 0;
  for (const term of terms) {
    const inBundle = term.byBundle[bundle] ?? 0;
    if (inBundle === 0) continue;
    const everywhere = Object.values(term.byBundle).reduce((sum, count) => sum + count, 0);
    global += idf(everywhere, pages);
    local += idf(inBundle, pagesByBundle[bundle] ?? 0);
  }
  return local > 0 ? global / local : 1;
}

/** A result as best match orders it. */
export interface ScoredId {
  score: number;
  id: string;
}

/** byScore on scores times `factor`, without making a scaled copy of each result to compare. */
const byScaledScore =
  (factor: number) =>
  (a: ScoredId, b: ScoredId): number =>
    b.score * factor - a.score * factor || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Higher score first, then the result id: a total order, the same in every browser. */
export const byScore = byScaledScore(1);

/**
 * One bundle's results in best-match order, their scores times the bundle's `factor`, as a stream for the
 * merge of all bundles (ordered-merge.ts): the merge then gives what sorting every result would, comparing
 * only what is shown. The results are put in order only as far as the merge asks, from a heap: a search
 * finds thousands per bundle and the reader sees a screen of them. Timed in Node on 5 bundles of 5,400
 * results, sorting them all took 3-4 ms and the first 5 of each from heaps 0.3 ms; on the search page the
 * sort was about 9 ms, on the page's thread between the last bundle's answer and the first text fetched.
 */
export function bestMatchStream<T extends ScoredId>(results: readonly T[], factor: number): OrderedStream<ScoredId, T> {
  const keyOf = (item: T): ScoredId => ({ id: item.id, score: item.score * factor });
  const unsorted = new TinyQueue([...results], byScaledScore(factor));
  const inOrder: T[] = [];
  return {
    size: results.length,
    at: async (index) => {
      while (inOrder.length <= index && unsorted.length > 0) inOrder.push(unsorted.pop()!);
      return { key: keyOf(inOrder[index]), item: inOrder[index] };
    },
  };
}

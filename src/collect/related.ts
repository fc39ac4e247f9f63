/**
 * Related papers by TF-IDF cosine similarity over titles and abstracts, computed at build time.
 * Each paper keeps only its strongest terms and each term only its strongest papers, so the work grows
 * linearly with the number of papers instead of comparing every pair.
 */
import { words } from './words.ts';

const STOP_WORDS = new Set(
  `a about above across after again against all also an and any are as at be because been before being between both but by can could
  do does doing during each either et etc few for from further had has have having here how however i if in into is it its itself just
  may might more most much must new no nor not of off on once only or other our out over own paper per propose proposed same several should
  show shown since so some such than that the their them then there these they this those through thus to too under until up upon us use used
  using via was we well were what when where whether which while who whom why will with within without would yet approach method methods result
  based present work study novel`
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => words(word)[0] ?? word),
);

const TERMS_PER_PAPER = 16;
const PAPERS_PER_TERM = 128;
const TITLE_WEIGHT = 2;

export interface RelatedInput {
  id: string;
  /** Stemmed words (see `tokenize`). */
  titleWords: string[];
  abstractWords: string[];
}

type Vector = Map<string, number>;

function termCounts(paper: RelatedInput): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (stems: string[], weight: number) => {
    for (const word of stems) {
      if (word.length < 3 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + weight);
    }
  };
  add(paper.titleWords, TITLE_WEIGHT);
  add(paper.abstractWords, 1);
  return counts;
}

const byWeightThenTerm = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Ids of up to `count` most similar other papers for each paper, most similar first; ties broken by id. */
export function relatedPapers(papers: readonly RelatedInput[], count = 5): Map<string, string[]> {
  const counts = papers.map(termCounts);
  const documentFrequency = new Map<string, number>();
  for (const terms of counts) for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);

  const vectors: Vector[] = counts.map((terms) => {
    const weighted: [string, number][] = [];
    for (const [term, frequency] of terms) {
      const df = documentFrequency.get(term)!;
      if (df < 2) continue; // a word no other paper has cannot relate two papers
      weighted.push([term, (1 + Math.log(frequency)) * Math.log(papers.length / df)]);
    }
    weighted.sort(byWeightThenTerm);
    const top = weighted.slice(0, TERMS_PER_PAPER);
    const norm = Math.hypot(...top.map(([, weight]) => weight)) || 1;
    return new Map(top.map(([term, weight]) => [term, weight / norm]));
  });

  const postings = new Map<string, [number, number][]>();
  vectors.forEach((vector, paper) => {
    for (const [term, weight] of vector) {
      const list = postings.get(term);
      if (list) list.push([paper, weight]);
      else postings.set(term, [[paper, weight]]);
    }
  });
  // Each term's papers as two flat arrays: the inner loop below runs up to TERMS_PER_PAPER × PAPERS_PER_TERM times per paper.
  const postingPapers = new Map<string, Int32Array>();
  const postingWeights = new Map<string, Float64Array>();
  for (const [term, list] of postings) {
    if (list.length > PAPERS_PER_TERM) {
      list.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      list.length = PAPERS_PER_TERM;
    }
    postingPapers.set(term, Int32Array.from(list, ([paper]) => paper));
    postingWeights.set(term, Float64Array.from(list, ([, weight]) => weight));
  }

  // Scores live in one array indexed by paper; only the papers a paper touched are read back and reset,
  // and only the best `count` are kept: no per-paper map and no sort of every candidate.
  const related = new Map<string, string[]>();
  const scores = new Float64Array(papers.length);
  const touched: number[] = [];
  const better = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && papers[a].id < papers[b].id);
  vectors.forEach((vector, paper) => {
    for (const [term, weight] of vector) {
      const others = postingPapers.get(term)!;
      const weights = postingWeights.get(term)!;
      for (let index = 0; index < others.length; index++) {
        const other = others[index];
        // A term in every paper weighs 0: skipping it keeps `touched` free of repeats and of papers that share nothing.
        const score = weight * weights[index];
        if (other === paper || score === 0) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] += score;
      }
    }
    const best: number[] = [];
    for (const other of touched) {
      if (best.length === count && !better(other, best[count - 1])) continue;
      let at = Math.min(best.length, count - 1);
      while (at > 0 && better(other, best[at - 1])) at--;
      best.splice(at, 0, other);
      if (best.length > count) best.pop();
    }
    related.set(papers[paper].id, best.map((other) => papers[other].id));
    for (const other of touched) scores[other] = 0;
    touched.length = 0;
  });
  return related;
}

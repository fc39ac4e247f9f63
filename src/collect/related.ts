/**
 * Related papers by TF-IDF cosine similarity over titles and abstracts, computed at build time.
 *
 * Stable by construction, so adding a day never reshuffles the archive: papers are taken day by day in
 * the order they were first listed, and a paper's term weights and its related list use only what was
 * known on its first day (the papers listed up to and including that day). A new day therefore computes
 * lists for its own papers and leaves every older list as it was. Older papers learn of newer ones
 * through `later`: the new papers that chose them, which changes only the pages a new paper really touches.
 *
 * Linear in the number of papers: each paper keeps only its strongest terms, each term only its strongest
 * papers, and no pair of papers is compared unless they share a strong term.
 */
import { createHash } from 'node:crypto';
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
/** A title word counts this many times an abstract word among a paper's terms (topics.ts weighs topic hits apart). */
const RELATED_TITLE_WEIGHT = 2;

export interface RelatedInput {
  id: string;
  /** The day the paper was first listed (YYYY-MM-DD): it decides what the paper can be compared with. */
  firstDay: string;
  /** Terms of title and abstract and their weighted counts, index for index (see `termCounts`). */
  terms: readonly string[];
  counts: readonly number[];
  /** A hash of the paper's text, for `DayCache` keys. */
  textKey?: string;
}

/** What one day's comparison found: per paper of the day, its chosen papers with their scores. */
export type DayRelated = Record<string, [id: string, score: number][]>;

/**
 * Earlier builds' results by day. A day's key covers that day and every day before it (their papers and
 * texts), which is all a day's lists depend on: a known day is not compared again.
 */
export interface DayCache {
  getDay(key: string): DayRelated | undefined;
  setDay(key: string, related: DayRelated): void;
}

export interface RelatedLists {
  /** Per paper: the most similar papers listed up to its first day, most similar first. */
  earlier: Map<string, string[]>;
  /** Per paper: newer papers whose `earlier` list chose it, most similar first. */
  later: Map<string, string[]>;
}

/** The terms a paper is compared by: its stemmed words minus stop words and numbers, title words counting double. */
export function termCounts(titleWords: readonly string[], abstractWords: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (stems: readonly string[], weight: number) => {
    for (const word of stems) {
      if (word.length < 3 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + weight);
    }
  };
  add(titleWords, RELATED_TITLE_WEIGHT);
  add(abstractWords, 1);
  return counts;
}

const byWeightThenTerm = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** A term's strongest papers; trimmed back to PAPERS_PER_TERM whenever it doubles, so adding stays cheap. */
interface Postings {
  papers: number[];
  weights: number[];
}

function trim(list: Postings, ids: readonly string[]): void {
  const order = list.papers.map((_, index) => index);
  order.sort((a, b) => list.weights[b] - list.weights[a] || (ids[list.papers[a]] < ids[list.papers[b]] ? -1 : 1));
  order.length = PAPERS_PER_TERM;
  list.papers = order.map((index) => list.papers[index]);
  list.weights = order.map((index) => list.weights[index]);
}

/** Related papers for every paper; `laterCount` caps the newer papers remembered per paper. */
export function relatedPapers(papers: readonly RelatedInput[], count = 5, laterCount = 3, cache?: DayCache): RelatedLists {
  const ids = papers.map((paper) => paper.id);
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  // Days in order; within a day, papers by id, so the input's order never matters.
  const byDay = new Map<string, number[]>();
  for (const [index, paper] of papers.entries()) {
    const list = byDay.get(paper.firstDay);
    if (list) list.push(index);
    else byDay.set(paper.firstDay, [index]);
  }
  const days = [...byDay.keys()].sort();

  const documentFrequency = new Map<string, number>();
  const postings = new Map<string, Postings>();
  const earlier = new Map<string, string[]>();
  const chosenBy = new Map<number, { paper: number; score: number }[]>();
  const scores = new Float64Array(papers.length);
  const touched: number[] = [];
  let known = 0;
  let chain = createHash('sha1').update(`${count}`).digest('base64url');
  // Without a text key for every paper, a day's key could not tell two archives apart: no cache then.
  const cacheable = cache !== undefined && papers.every((paper) => paper.textKey !== undefined);

  for (const day of days) {
    const todays = byDay.get(day)!.sort((a, b) => (ids[a] < ids[b] ? -1 : 1));
    const hash = createHash('sha1').update(chain).update(day);
    for (const index of todays) hash.update(`\0${ids[index]}\0${papers[index].textKey}`);
    chain = hash.digest('base64url');
    const cached = cacheable ? cache!.getDay(chain) : undefined;
    const counts = todays.map((index) => new Map(papers[index].terms.map((term, at) => [term, papers[index].counts[at]])));
    // What is known on this day: every paper listed so far, this day's included.
    known += todays.length;
    for (const terms of counts) for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);

    const vectors = counts.map((terms) => {
      const weighted: [string, number][] = [];
      for (const [term, frequency] of terms) {
        const df = documentFrequency.get(term)!;
        if (df < 2) continue; // a word no other paper has cannot relate two papers
        weighted.push([term, (1 + Math.log(frequency)) * Math.log(known / df)]);
      }
      weighted.sort(byWeightThenTerm);
      const top = weighted.slice(0, TERMS_PER_PAPER);
      const norm = Math.hypot(...top.map(([, weight]) => weight)) || 1;
      return top.map(([term, weight]) => [term, weight / norm] as const);
    });

    todays.forEach((paper, at) => {
      for (const [term, weight] of vectors[at]) {
        if (weight === 0) continue; // a term in every paper relates nothing
        let list = postings.get(term);
        if (!list) postings.set(term, (list = { papers: [], weights: [] }));
        list.papers.push(paper);
        list.weights.push(weight);
        if (list.papers.length >= 2 * PAPERS_PER_TERM) trim(list, ids);
      }
    });

    if (cached) {
      for (const paper of todays) {
        const chosen = cached[ids[paper]] ?? [];
        earlier.set(ids[paper], chosen.map(([id]) => id));
        for (const [id, score] of chosen) {
          const other = indexOf.get(id)!;
          const list = chosenBy.get(other);
          if (list) list.push({ paper, score });
          else chosenBy.set(other, [{ paper, score }]);
        }
      }
      continue;
    }
    const found: DayRelated = {};

    // Scores live in one array indexed by paper; only the papers a paper touched are read back and reset.
    const better = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && ids[a] < ids[b]);
    todays.forEach((paper, at) => {
      for (const [term, weight] of vectors[at]) {
        const list = postings.get(term);
        if (!list) continue;
        for (let index = 0; index < list.papers.length; index++) {
          const other = list.papers[index];
          const score = weight * list.weights[index];
          if (other === paper || score === 0) continue;
          if (scores[other] === 0) touched.push(other);
          scores[other] += score;
        }
      }
      const best: number[] = [];
      for (const other of touched) {
        if (best.length === count && !better(other, best[count - 1])) continue;
        let place = Math.min(best.length, count - 1);
        while (place > 0 && better(other, best[place - 1])) place--;
        best.splice(place, 0, other);
        if (best.length > count) best.pop();
      }
      earlier.set(ids[paper], best.map((other) => ids[other]));
      found[ids[paper]] = best.map((other) => [ids[other], scores[other]]);
      for (const other of best) {
        const list = chosenBy.get(other);
        const choice = { paper, score: scores[other] };
        if (list) list.push(choice);
        else chosenBy.set(other, [choice]);
      }
      for (const other of touched) scores[other] = 0;
      touched.length = 0;
    });
    if (cacheable) cache!.setDay(chain, found);
  }

  const later = new Map<string, string[]>();
  for (const [index, id] of ids.entries()) {
    const own = new Set(earlier.get(id));
    const choices = (chosenBy.get(index) ?? []).filter((choice) => !own.has(ids[choice.paper]));
    choices.sort((a, b) => b.score - a.score || (ids[a.paper] < ids[b.paper] ? -1 : 1));
    later.set(id, choices.slice(0, laterCount).map((choice) => ids[choice.paper]));
  }
  return { earlier, later };
}

/** A problem found in a listing file, pinned to the line a person should look at. */
import { count } from '../text/count.ts';

export interface ListingProblem {
  file: string;
  line: number;
  reason: string;
}

export function formatProblem(problem: ListingProblem): string {
  return `${problem.file}:${problem.line}: ${problem.reason}`;
}

/** Thrown when any listing is unusable; carries every problem, not just the first. */
export class ListingError extends Error {
  readonly problems: readonly ListingProblem[];

  constructor(problems: readonly ListingProblem[]) {
    const sorted = [...problems].sort(compareProblems);
    super(`The listings have ${count(sorted.length, 'problem')}:\n${sorted.map(formatProblem).join('\n')}`);
    this.name = 'ListingError';
    this.problems = sorted;
  }
}

function compareProblems(a: ListingProblem, b: ListingProblem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line;
}

/** A problem found in a listing file, pinned to the line a person should look at. */
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
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    super(`The listings have ${count}:\n${sorted.map(formatProblem).join('\n')}`);
    this.name = 'ListingError';
    this.problems = sorted;
  }
}

function compareProblems(a: ListingProblem, b: ListingProblem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line;
}

/**
 * How the archive's search bundles share web workers (search-worker.ts): each worker runs pagefind.js and
 * searches its bundles one after another, and the workers search side by side, on as many cores.
 */

/** More workers than this would each hold little and cost a WebAssembly start of their own. */
export const MOST_WORKERS = 4;

/** Workers for `bundles` bundles on a device with `cores` logical cores (unknown: two). */
export function workerCount(bundles: number, cores: number | undefined): number {
  return Math.max(1, Math.min(bundles, MOST_WORKERS, Math.max(2, cores ?? 2)));
}

/**
 * The worker of each bundle, given each bundle's pages: the largest bundle goes first, each to the worker
 * with the fewest pages so far (ties: fewer bundles, then the lower index), so the slowest worker is as quick
 * as it can be and, with at least as many bundles as workers, no worker is left without one.
 */
export function spreadBundles(pages: readonly number[], workers: number): number[] {
  const load = Array<number>(workers).fill(0);
  const held = Array<number>(workers).fill(0);
  const workerOf = Array<number>(pages.length).fill(0);
  const largestFirst = pages.map((size, at) => ({ size, at })).sort((a, b) => b.size - a.size || a.at - b.at);
  for (const { size, at } of largestFirst) {
    let lightest = 0;
    for (let worker = 1; worker < workers; worker++) {
      if (load[worker] < load[lightest] || (load[worker] === load[lightest] && held[worker] < held[lightest])) lightest = worker;
    }
    workerOf[at] = lightest;
    load[lightest] += size;
    held[lightest] += 1;
  }
  return workerOf;
}

// How the search bundles share web workers (src/client/search-workers.ts).
import { describe, expect, it } from 'vitest';
import { MOST_WORKERS, spreadBundles, workerCount } from '../../src/client/search-workers.ts';

describe('workerCount', () => {
  it('is one worker per bundle up to the cores, at least two, at most MOST_WORKERS', () => {
    expect(workerCount(1, 8)).toBe(1);
    expect(workerCount(3, 1)).toBe(2); // the main thread mostly waits: two workers help even on one core
    expect(workerCount(8, 2)).toBe(2);
    expect(workerCount(3, 8)).toBe(3);
    expect(workerCount(25, 16)).toBe(MOST_WORKERS);
    expect(workerCount(5, undefined)).toBe(2);
    expect(workerCount(0, 4)).toBe(1);
  });
});

describe('spreadBundles', () => {
  it('gives the largest bundles their own workers and the small ones to the lightest', () => {
    // Newest first: this month, two closed months, three closed years.
    const pages = [120, 900, 1100, 9000, 8000, 3000];
    const workerOf = spreadBundles(pages, 3);
    expect(workerOf).toEqual([2, 2, 2, 0, 1, 2]);
    const load = [0, 0, 0];
    pages.forEach((size, at) => (load[workerOf[at]] += size));
    expect(load).toEqual([9000, 8000, 5120]);
  });

  it('uses every worker when there are at least as many bundles', () => {
    for (const [bundles, workers] of [[2, 2], [5, 4], [9, 2]]) {
      const workerOf = spreadBundles(Array.from({ length: bundles }, (_, at) => 100 + at), workers);
      expect(new Set(workerOf).size).toBe(workers);
    }
  });

  it('breaks ties by bundle order, so every page load spreads them alike', () => {
    expect(spreadBundles([10, 10, 10, 10], 2)).toEqual([0, 1, 0, 1]);
    expect(spreadBundles([0], 1)).toEqual([0]);
    expect(spreadBundles([0, 0], 2)).toEqual([0, 1]); // empty bundles still leave no worker idle
    expect(spreadBundles([0, 0, 5], 2)).toEqual([1, 1, 0]);
  });
});

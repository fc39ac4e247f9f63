// Indexing tasks within a number of jobs and a budget of pages (src/index/index-pool.ts).
import { expect, it } from 'vitest';
import { inPool } from '../../src/index/index-pool.ts';

function tasks(sizes: number[]) {
  const log: { running: number[] }[] = [];
  const active = new Set<number>();
  let order: number[] = [];
  const list = sizes.map((pages, index) => ({
    pages,
    run: async () => {
      order.push(index);
      active.add(pages);
      log.push({ running: [...active] });
      await new Promise((resolve) => setTimeout(resolve, 5 + (index % 3) * 5));
      active.delete(pages);
    },
  }));
  return { list, log, started: () => order, reset: () => (order = []) };
}

it('runs at most `jobs` tasks together, within the page budget, a larger task alone', async () => {
  const { list, log, started } = tasks([18_000, 13_000, 4_600, 1_550, 1_500, 450]);
  await inPool(list, 2, 12_000);
  expect(started()).toEqual([0, 1, 2, 3, 4, 5]);
  for (const { running } of log) {
    expect(running.length).toBeLessThanOrEqual(2);
    if (running.length > 1) expect(running.reduce((sum, pages) => sum + pages, 0)).toBeLessThanOrEqual(12_000);
  }
  // The two years ran alone; the small bundles in pairs.
  expect(log.find(({ running }) => running.includes(18_000))!.running).toEqual([18_000]);
  expect(log.some(({ running }) => running.length === 2)).toBe(true);
});

it('fails when a task fails', async () => {
  await expect(inPool([{ pages: 1, run: async () => Promise.reject(new Error('no')) }], 2, 10)).rejects.toThrow('no');
});

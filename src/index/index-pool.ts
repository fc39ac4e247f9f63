/**
 * Runs indexing tasks a few at a time within a memory budget counted in pages: a Pagefind service holds
 * every page of its bundle until it writes it, so two full bundles at once would need twice the memory of
 * one. At most `jobs` tasks run together, and together over at most `budget` pages; a task larger than the
 * budget runs alone. Tasks start in the order given; the first failure fails the whole.
 */
export interface PoolTask {
  pages: number;
  run(): Promise<void>;
}

export async function inPool(tasks: readonly PoolTask[], jobs: number, budget: number): Promise<void> {
  const running = new Set<Promise<void>>();
  let pages = 0;
  for (const task of tasks) {
    while (running.size > 0 && (running.size >= jobs || pages + task.pages > budget)) await Promise.race(running);
    pages += task.pages;
    const done: Promise<void> = task.run().finally(() => {
      pages -= task.pages;
      running.delete(done);
    });
    running.add(done);
  }
  await Promise.all(running);
}

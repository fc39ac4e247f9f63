import type { BrowserContext, Page } from 'playwright-core';

/**
 * Records what the pages of `context` ask of their web workers (Pagefind's), as `method firstArgument`,
 * in order, and which workers were asked to search. Call before the page opens.
 */
export async function recordWorkerMessages(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const asked: string[] = [];
    const searchers = new Set<Worker>();
    Object.assign(window, { asked, searchers });
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: { method?: string; args?: unknown[] }, ...rest: [never]) {
      if (message?.method) asked.push(`${message.method} ${String(message.args?.[0])}`);
      if (message?.method === 'search') searchers.add(this);
      return post.call(this, message, ...rest);
    };
  });
}

/** How many web workers have been asked to search since the page opened. */
export function searchingWorkers(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { searchers: Set<Worker> }).searchers.size);
}

/** The messages recorded since the last call. */
export function workerMessages(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { asked: string[] }).asked.splice(0));
}

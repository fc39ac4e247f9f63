import type { BrowserContext, Page } from 'playwright-core';

/**
 * Records what the pages of `context` ask of their web workers (Pagefind's), in order: `method firstArgument`
 * (a text as `data search#index`), and `answered …` with the same words when the answer comes back; and
 * which workers were asked to search. Call before the page opens.
 */
export async function recordWorkerMessages(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const asked: string[] = [];
    const searchers = new Set<Worker>();
    // Each worker numbers its own messages.
    const lines = new WeakMap<Worker, Map<number, string>>();
    const linesOf = (worker: Worker) => lines.get(worker) ?? lines.set(worker, new Map()).get(worker)!;
    Object.assign(window, { asked, searchers });
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: { id?: number; method?: string; args?: unknown[] }, ...rest: [never]) {
      if (message?.method) {
        const line = `${message.method} ${message.method === 'data' ? message.args?.slice(0, 2).join('#') : String(message.args?.[0])}`;
        asked.push(line);
        if (message.id !== undefined) linesOf(this).set(message.id, line);
      }
      if (message?.method === 'search') searchers.add(this);
      return post.call(this, message, ...rest);
    };
    const listen = Worker.prototype.addEventListener;
    Worker.prototype.addEventListener = function (this: Worker, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      if (type !== 'message' || typeof listener !== 'function') return listen.call(this, type, listener, options);
      return listen.call(
        this,
        type,
        (event: Event) => {
          const line = linesOf(this).get((event as MessageEvent<{ id?: number }>).data?.id ?? -1);
          if (line) asked.push(`answered ${line}`);
          listener.call(this, event);
        },
        options,
      );
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

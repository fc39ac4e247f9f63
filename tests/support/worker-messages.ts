import type { BrowserContext, Page } from 'playwright-core';

/**
 * Records what the pages of `context` ask of their web workers (Pagefind's), as `method firstArgument`,
 * in order. Call before the page opens.
 */
export async function recordWorkerMessages(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const asked: string[] = [];
    Object.assign(window, { asked });
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message: { method?: string; args?: unknown[] }, ...rest: [never]) {
      if (message?.method) asked.push(`${message.method} ${String(message.args?.[0])}`);
      return post.call(this, message, ...rest);
    };
  });
}

/** The messages recorded since the last call. */
export function workerMessages(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { asked: string[] }).asked.splice(0));
}

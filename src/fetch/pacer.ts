/** Spaces requests out, so a backfill of many days stays polite to the API. */
import { setTimeout as sleep } from 'node:timers/promises';

export type Pacer = () => Promise<void>;

/** A function to await before each request: it waits until `gapMs` have passed since the previous one. */
export function createPacer(gapMs: number): Pacer {
  let last: number | undefined;
  return async () => {
    if (last !== undefined) {
      const wait = last + gapMs - Date.now();
      if (wait > 0) await sleep(wait);
    }
    last = Date.now();
  };
}

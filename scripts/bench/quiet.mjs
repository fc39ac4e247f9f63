// Waits for a quiet machine before a timed run. The load averages in /proc/loadavg trail by minutes (a build
// that just ended still weighs on them), so the wait reads its fourth field instead: the tasks running at
// this instant, "running/total", of which the reader itself is one.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Tasks running now, from /proc/loadavg's text ("0.52 0.58 0.59 1/467 12345"), the reader included. */
export function runningTasks(loadavg) {
  const running = /^\S+ \S+ \S+ (\d+)\/\d+/.exec(loadavg)?.[1];
  if (running === undefined) throw new Error(`unexpected /proc/loadavg: ${JSON.stringify(loadavg)}`);
  return Number(running);
}

/**
 * Resolves once `samples` reads in a row, `intervalMs` apart, find nothing running but the reader, or when
 * `timeoutMs` has passed: `{ quiet, waitedMs, busiest }`, busiest being the most other tasks seen running
 * while it waited. Without /proc/loadavg (not Linux) it resolves at once, quiet unknown.
 * @param {{ read?: () => string, wait?: (ms: number) => Promise<unknown>, now?: () => number, samples?: number, intervalMs?: number, timeoutMs?: number }} [options]
 */
export async function waitForQuiet({ read = () => readFileSync('/proc/loadavg', 'utf8'), wait = (ms) => sleep(ms), now = Date.now, samples = 10, intervalMs = 100, timeoutMs = 120_000 } = {}) {
  const started = now();
  let calm = 0;
  let busiest = 0;
  for (;;) {
    let text;
    try {
      text = read();
    } catch {
      return { quiet: undefined, waitedMs: 0, busiest: 0 };
    }
    const others = runningTasks(text) - 1;
    if (others > 0) {
      calm = 0;
      busiest = Math.max(busiest, others);
    } else if (++calm >= samples) {
      return { quiet: true, waitedMs: now() - started, busiest };
    }
    if (now() - started >= timeoutMs) return { quiet: false, waitedMs: now() - started, busiest };
    await wait(intervalMs);
  }
}

// The bench's wait for a quiet machine (scripts/bench/quiet.mjs), on a clock and /proc/loadavg of its own.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runningTasks, waitForQuiet } from '../../scripts/bench/quiet.mjs';

/** /proc/loadavg as it reads with `running` tasks running now. */
const loadavg = (running: number) => `1.90 0.80 0.40 ${running}/211 40404\n`;

/** A machine whose successive reads show `counts` running tasks (the last one for ever), on a clock the waits move. */
function machine(counts: number[]) {
  let clock = 0;
  let reads = 0;
  return {
    read: () => loadavg(counts[Math.min(reads++, counts.length - 1)]),
    wait: async (ms: number) => {
      clock += ms;
    },
    now: () => clock,
    get reads() {
      return reads;
    },
  };
}

describe('runningTasks', () => {
  it('reads the tasks running now, not the load averages that trail by minutes', () => {
    expect(runningTasks('6.74 4.24 3.31 6/255 7246\n')).toBe(6);
    expect(runningTasks(loadavg(1))).toBe(1);
    expect(() => runningTasks('not a load average')).toThrow(/unexpected \/proc\/loadavg/);
  });

  it.runIf(existsSync('/proc/loadavg'))('counts at least the reader itself on this machine', () => {
    expect(runningTasks(readFileSync('/proc/loadavg', 'utf8'))).toBeGreaterThanOrEqual(1);
  });
});

describe('waitForQuiet', () => {
  it('starts at once on a quiet machine, after `samples` reads in a row', async () => {
    const quietMachine = machine([1]);
    expect(await waitForQuiet({ ...quietMachine, samples: 10, intervalMs: 100 })).toEqual({ quiet: true, waitedMs: 900, busiest: 0 });
    expect(quietMachine.reads).toBe(10);
  });

  it('starts counting again whenever another task runs, and reports the busiest moment', async () => {
    // A build still finishing: three tasks besides the bench, then one, then none.
    const settling = machine([4, 4, 2, 1, 1, 3, 1, 1, 1]);
    expect(await waitForQuiet({ ...settling, samples: 3, intervalMs: 100 })).toEqual({ quiet: true, waitedMs: 800, busiest: 3 });
  });

  it('gives up after `timeoutMs` on a machine that stays busy', async () => {
    const busy = machine([1, 3]);
    expect(await waitForQuiet({ ...busy, samples: 5, intervalMs: 100, timeoutMs: 2_000 })).toEqual({ quiet: false, waitedMs: 2_000, busiest: 2 });
    // With no time to wait, one read decides.
    expect(await waitForQuiet({ ...machine([2]), timeoutMs: 0 })).toEqual({ quiet: false, waitedMs: 0, busiest: 1 });
  });

  it('does not wait where there is no /proc/loadavg', async () => {
    const read = () => {
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    };
    expect(await waitForQuiet({ read })).toEqual({ quiet: undefined, waitedMs: 0, busiest: 0 });
  });
});

/**
 * Crash tests: `DIGEST_FAULT=<step>:<kill|enospc>` makes `npm run build` die by SIGKILL, or fail as a full
 * disk would, at one step of the publish protocol, so the tests can check that the next build still equals
 * a clean one. `staging:late` (alone, or before a fault: `staging:late,mirror:kill`) starts preparing the
 * staging copy only once Astro waits for it, as on a large archive. Unset (always, outside the tests), it
 * does nothing.
 */
export const FAULT_STEPS = ['catch-up', 'mirror', 'indexing', 'swap', 'swap-end', 'record'] as const;
export type FaultStep = (typeof FAULT_STEPS)[number];

const LATE = 'staging:late';
const parts = (setting: string | undefined) => (setting ?? '').split(',').filter(Boolean);

/** Whether the staging copy is to be prepared only once Astro waits for it. */
export const stagingLate = (setting: string | undefined) => parts(setting).includes(LATE);

export function faultAt(setting: string | undefined): (step: FaultStep) => void {
  const faults = parts(setting).filter((part) => part !== LATE);
  if (faults.length === 0) return () => {};
  const [where, kind] = faults[0].split(':');
  if (faults.length > 1 || !(FAULT_STEPS as readonly string[]).includes(where) || (kind !== 'kill' && kind !== 'enospc')) {
    throw new Error(`DIGEST_FAULT must be <step>:kill or <step>:enospc with a step of ${FAULT_STEPS.join(', ')}, ${LATE}, or both`);
  }
  return (step) => {
    if (step !== where) return;
    if (kind === 'kill') process.kill(process.pid, 'SIGKILL');
    throw Object.assign(new Error(`ENOSPC: no space left on device, write (DIGEST_FAULT=${setting})`), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  };
}

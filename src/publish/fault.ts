/**
 * Crash tests: `DIGEST_FAULT=<step>:<kill|enospc>` makes `npm run build` die by SIGKILL, or fail as a full
 * disk would, at one step of the publish protocol, so the tests can check that the next build still equals
 * a clean one. `DIGEST_FAULT=staging:late` starts preparing the staging copy only once Astro waits for it,
 * as on a large archive. Unset (always, outside the tests), it does nothing.
 */
export const FAULT_STEPS = ['catch-up', 'mirror', 'indexing', 'swap', 'swap-end', 'record'] as const;
export type FaultStep = (typeof FAULT_STEPS)[number];

/** Whether the staging copy is to be prepared only once Astro waits for it. */
export const stagingLate = (setting: string | undefined) => setting === 'staging:late';

export function faultAt(setting: string | undefined): (step: FaultStep) => void {
  const [where, kind] = (setting ?? '').split(':');
  if (!where || stagingLate(setting)) return () => {};
  if (!(FAULT_STEPS as readonly string[]).includes(where) || (kind !== 'kill' && kind !== 'enospc')) {
    throw new Error(`DIGEST_FAULT must be <step>:kill or <step>:enospc with a step of ${FAULT_STEPS.join(', ')}, or staging:late`);
  }
  return (step) => {
    if (step !== where) return;
    if (kind === 'kill') process.kill(process.pid, 'SIGKILL');
    throw Object.assign(new Error(`ENOSPC: no space left on device, write (DIGEST_FAULT=${setting})`), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  };
}

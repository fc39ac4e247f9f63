/**
 * One build at a time per output folder: a lock file beside it holds the pids of the build and of its
 * Astro process. A second build finds a live pid and stops at once; a lock whose processes are all gone
 * (a build that was killed) is stale and taken over.
 */
import { openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';

export class BuildLockedError extends Error {
  readonly pid: number;

  constructor(pid: number) {
    super(`another build is running (pid ${pid})`);
    this.name = 'BuildLockedError';
    this.pid = pid;
  }
}

/**
 * A process that exited but was not reaped yet (a zombie: a killed build whose parent has not waited for it,
 * common under a container's minimal init) still answers signal 0, but holds nothing: on Linux its state in
 * /proc says so.
 */
function isZombie(pid: number): boolean {
  try {
    // Field 3 of /proc/<pid>/stat, after the command name in parentheses (which may itself hold spaces or ")").
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return /^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false; // no /proc (macOS) or the process just went: signal 0 decides
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

export interface BuildLock {
  /** Records the Astro process, so a lock left by a killed build stays held while its Astro still runs. */
  addPid(pid: number): void;
  release(): void;
}

export function acquireBuildLock(lockPath: string): BuildLock {
  const pids = [process.pid];
  const write = () => writeFileSync(lockPath, `${JSON.stringify({ pids })}\n`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      closeSync(openSync(lockPath, 'wx'));
      write();
      return {
        addPid: (pid) => {
          pids.push(pid);
          write();
        },
        release: () => rmSync(lockPath, { force: true }),
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let held: number[] = [];
      try {
        held = (JSON.parse(readFileSync(lockPath, 'utf8')) as { pids: number[] }).pids;
      } catch {
        // A lock file cut short by a kill holds no pid: stale.
      }
      const live = held.find((pid) => pid !== process.pid && isAlive(pid));
      if (live !== undefined) throw new BuildLockedError(live);
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`could not take the build lock ${lockPath}`);
}

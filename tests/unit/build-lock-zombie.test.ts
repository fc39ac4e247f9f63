// A lock held by a process that has exited but was not reaped (state Z) is stale: a build a second after
// a kill -9 must not wait for a dead pid.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireBuildLock, BuildLockedError } from '../../src/publish/build-lock.ts';

const state = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
};
const parents: ReturnType<typeof spawn>[] = [];
afterAll(() => {
  for (const parent of parents) parent.kill('SIGKILL');
});

describe.runIf(existsSync('/proc/self/stat'))('the build lock and zombies', () => {
  it('takes over a lock whose only process is a zombie, and not one whose process lives', async () => {
    // The child ends once its parent has become `sleep 60` (exec), which never waits for it: a zombie. (A child
    // ending sooner, while its parent is still the shell, can be reaped by the shell on a busy machine.)
    const parent = spawn('sh', ['-c', '(while [ "$(cat /proc/$$/comm)" != sleep ]; do sleep 0.05; done) & echo $!; exec sleep 60'], { stdio: ['ignore', 'pipe', 'ignore'] });
    parents.push(parent);
    const zombie = Number(await new Promise<string>((resolve) => parent.stdout!.once('data', (chunk) => resolve(String(chunk)))));
    await expect.poll(() => state(zombie)).toBe('Z');

    const lockPath = path.join(mkdtempSync(path.join(os.tmpdir(), 'lock-')), 'dist.lock');
    writeFileSync(lockPath, JSON.stringify({ pids: [parent.pid] }));
    expect(() => acquireBuildLock(lockPath)).toThrow(BuildLockedError);

    writeFileSync(lockPath, JSON.stringify({ pids: [zombie] }));
    const lock = acquireBuildLock(lockPath);
    expect(JSON.parse(readFileSync(lockPath, 'utf8'))).toEqual({ pids: [process.pid] });
    lock.release();
  });
});

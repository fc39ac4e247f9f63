import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { acquireBuildLock, BuildLockedError } from '../../src/publish/build-lock.ts';

let lockPath: string;
beforeEach(() => {
  lockPath = path.join(mkdtempSync(path.join(tmpdir(), 'lock-')), 'dist.lock');
});
afterEach(() => rmSync(path.dirname(lockPath), { recursive: true, force: true }));

it('refuses a second build while the first one runs, naming its pid', () => {
  const lock = acquireBuildLock(lockPath);
  writeFileSync(lockPath, JSON.stringify({ pids: [process.ppid] })); // as if another live process held it
  expect(() => acquireBuildLock(lockPath)).toThrow(new BuildLockedError(process.ppid));
  lock.release();
  acquireBuildLock(lockPath).release();
});

it('takes over a lock left by a build that died', () => {
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  writeFileSync(lockPath, JSON.stringify({ pids: [Number(dead.stdout)] }));
  const lock = acquireBuildLock(lockPath);
  lock.release();
});

it('takes over a lock file cut short', () => {
  writeFileSync(lockPath, '{"pi');
  acquireBuildLock(lockPath).release();
});

it('stays held while the Astro process of a killed build still runs', () => {
  const lock = acquireBuildLock(lockPath);
  lock.addPid(process.ppid);
  writeFileSync(lockPath, JSON.stringify({ pids: [999_999_999, process.ppid] }));
  expect(() => acquireBuildLock(lockPath)).toThrow(/another build is running \(pid \d+\)/);
  lock.release();
});

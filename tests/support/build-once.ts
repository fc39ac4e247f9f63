/**
 * Builds a site shared by several test files once per test run, even when two test files (in two vitest
 * workers) ask for it at the same time: the first takes a lock folder and builds, the others wait for its
 * result. A lock whose builder has died is taken over.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildResult } from './build-site.ts';

const WAIT_MS = 15 * 60_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid in a lock folder; 0 while it is being written, or when the lock has just gone. */
function lockHolder(lock: string): number {
  try {
    return Number(readFileSync(path.join(lock, 'pid'), 'utf8')) || 0;
  } catch {
    return 0;
  }
}

/** Runs `build` once for `root` (a folder of its own under tests/.output); every caller gets its result. */
export async function buildOnce(root: string, build: () => Promise<BuildResult>): Promise<BuildResult> {
  const resultFile = path.join(root, 'build.json');
  const lock = `${root}.lock`;
  const deadline = Date.now() + WAIT_MS;
  mkdirSync(path.dirname(root), { recursive: true });
  for (;;) {
    if (existsSync(resultFile)) return JSON.parse(readFileSync(resultFile, 'utf8')) as BuildResult;
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = lockHolder(lock);
    const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if ((holder > 0 && !alive(holder)) || (holder === 0 && age > 60_000)) rmSync(lock, { recursive: true, force: true });
    if (Date.now() > deadline) throw new Error(`waited ${WAIT_MS / 60_000} min for ${root} to be built by pid ${holder}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  try {
    if (existsSync(resultFile)) return JSON.parse(readFileSync(resultFile, 'utf8')) as BuildResult;
    const result = await build();
    mkdirSync(root, { recursive: true });
    // Written whole, then renamed: a waiting worker never reads half a file.
    writeFileSync(`${resultFile}.tmp`, JSON.stringify(result));
    renameSync(`${resultFile}.tmp`, resultFile);
    return result;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

// Runs a command and samples the resident memory of its whole process tree (the command, its children and
// theirs: Astro, the Pagefind service, Hugo…) from /proc. `/usr/bin/time` reports only the largest single
// process; a build's real peak is the sum of the processes alive at the same moment.
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

/** Children of every thread of `pid`, from /proc/PID/task/TID/children (no scan of all of /proc). */
function childrenOf(pid) {
  const found = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text) found.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // the process ended while we looked
  }
  return found;
}

function rssOf(pid) {
  try {
    return Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

function treeRss(root) {
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    total += rssOf(pid);
    stack.push(...childrenOf(pid));
  }
  return total;
}

/** Runs `command args` with output to `logFile`; resolves { status, wallMs, peakRss (bytes) }. */
export function runMeasured(command, args, { env, cwd, logFile, intervalMs = 50 }) {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const started = performance.now();
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    let peakRss = 0;
    const timer = setInterval(() => {
      peakRss = Math.max(peakRss, treeRss(child.pid));
    }, intervalMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      log.end(() => resolve({ status, wallMs, peakRss }));
    });
  });
}

import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { catchUpFolder, eachAtOnce, mirrorFolder } from '../../src/publish/mirror-folder.ts';

let work: string;
const write = (root: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(work, root, file)), { recursive: true });
  writeFileSync(path.join(work, root, file), text);
};
const tree = (root: string) =>
  Object.fromEntries(
    readdirSync(path.join(work, root), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [path.relative(path.join(work, root), path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name), 'utf8')])
      .sort(),
  );

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'mirror-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

it('copies what differs, removes what the source lacks, and leaves the rest untouched', async () => {
  write('from', 'a/index.html', 'A');
  write('from', 'b/index.html', 'B2');
  write('to', 'b/index.html', 'B-old');
  write('to', 'gone/index.html', 'old');
  expect(await mirrorFolder(path.join(work, 'from'), path.join(work, 'to'))).toEqual({ copied: 2, removed: 1 });
  expect(tree('to')).toEqual(tree('from'));
  expect(readdirSync(path.join(work, 'to'))).not.toContain('gone');
  expect(await mirrorFolder(path.join(work, 'from'), path.join(work, 'to'))).toEqual({ copied: 0, removed: 0 });
});

it('notices a change that kept the size', async () => {
  write('from', 'x.txt', 'one');
  await mirrorFolder(path.join(work, 'from'), path.join(work, 'to'));
  write('from', 'x.txt', 'two');
  utimesSync(path.join(work, 'from', 'x.txt'), new Date(Date.now() + 5000), new Date(Date.now() + 5000));
  expect((await mirrorFolder(path.join(work, 'from'), path.join(work, 'to'))).copied).toBe(1);
  expect(readFileSync(path.join(work, 'to', 'x.txt'), 'utf8')).toBe('two');
  expect(Math.abs(statSync(path.join(work, 'to', 'x.txt')).mtimeMs - statSync(path.join(work, 'from', 'x.txt')).mtimeMs)).toBeLessThan(1);
});

it('catches up a copy that is one build behind from the list of written files', async () => {
  write('from', 'kept.html', 'same');
  write('from', 'changed.html', 'new');
  write('from', 'added.html', 'added');
  write('to', 'kept.html', 'same');
  write('to', 'changed.html', 'old');
  write('to', 'removed.html', 'removed');
  expect(await catchUpFolder(path.join(work, 'from'), path.join(work, 'to'), ['changed.html'])).toEqual({ copied: 2, removed: 1 });
  expect(tree('to')).toEqual(tree('from'));
});

it('mirrors into a folder that does not exist yet, and from one that does not exist', async () => {
  write('from', 'x.txt', 'x');
  await mirrorFolder(path.join(work, 'from'), path.join(work, 'new'));
  expect(tree('new')).toEqual({ 'x.txt': 'x' });
  await mirrorFolder(path.join(work, 'missing'), path.join(work, 'new'));
  expect(tree('new')).toEqual({});
});

it('copies many files at once, each whole and with its time, in a mirror and in a catch-up', async () => {
  for (let n = 0; n < 300; n++) write('from', `p${n % 7}/f${n}.html`, `file ${n} `.repeat(n));
  expect(await mirrorFolder(path.join(work, 'from'), path.join(work, 'to'))).toEqual({ copied: 300, removed: 0 });
  expect(tree('to')).toEqual(tree('from'));
  for (let n = 0; n < 300; n += 3) write('from', `p${n % 7}/f${n}.html`, `changed ${n}`);
  const written = Array.from({ length: 100 }, (_, index) => path.join(`p${(index * 3) % 7}`, `f${index * 3}.html`));
  expect(await catchUpFolder(path.join(work, 'from'), path.join(work, 'to'), written)).toEqual({ copied: 100, removed: 0 });
  expect(tree('to')).toEqual(tree('from'));
  const time = (root: string, file: string) => statSync(path.join(work, root, file)).mtimeMs;
  for (const file of ['p0/f0.html', 'p3/f3.html', 'p1/f50.html']) expect(Math.abs(time('to', file) - time('from', file))).toBeLessThan(1);
});

it('after a failed copy starts no other, and fails only once the copies under way have ended', async () => {
  const running = new Set<number>();
  let runningAtFailure: number[] | undefined;
  const startedAfterFailure: number[] = [];
  const items = Array.from({ length: 100 }, (_, index) => index);
  const outcome = eachAtOnce(items, async (item) => {
    if (runningAtFailure) startedAfterFailure.push(item);
    running.add(item);
    await new Promise((resolve) => setTimeout(resolve, item % 5));
    running.delete(item);
    if (item === 20) {
      runningAtFailure = [...running];
      throw new Error('ENOSPC: no space left on device');
    }
  });
  await expect(outcome).rejects.toThrow('ENOSPC');
  expect(runningAtFailure!.length).toBeGreaterThan(0); // copies were under way when it failed,
  expect(running.size).toBe(0); // and had all ended before the failure was thrown;
  expect(startedAfterFailure).toEqual([]); // none started after it
});

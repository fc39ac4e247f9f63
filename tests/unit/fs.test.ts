import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileStats } from '../../src/util/fs/file-stats.ts';
import { isInside } from '../../src/util/fs/is-inside.ts';
import { listFiles } from '../../src/util/fs/list-files.ts';
import { removeFiles } from '../../src/util/fs/remove-files.ts';
import { writeFileAtomic } from '../../src/util/fs/write-file-atomic.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'util-fs-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const put = (file: string, text = 'x') => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

describe('listFiles', () => {
  it('lists every file below a folder, relative, sorted, with forward slashes', async () => {
    put('b/c/d.html');
    put('a.txt');
    mkdirSync(path.join(root, 'empty'));
    expect(await listFiles(root)).toEqual(['a.txt', 'b/c/d.html']);
  });
  it('lists none in a folder that is not there', async () => {
    expect(await listFiles(path.join(root, 'missing'))).toEqual([]);
  });
});

describe('fileStats', () => {
  it('gives each file its size and time, in order, across batches', async () => {
    const files = Array.from({ length: 600 }, (_, index) => `f/${index}.txt`);
    files.forEach((file, index) => put(file, 'x'.repeat(index % 7)));
    utimesSync(path.join(root, files[3]), 1_700_000_000.25, 1_700_000_000.25);
    const stats = await fileStats(root, files);
    expect(stats.map((stat) => stat.size)).toEqual(files.map((_, index) => index % 7));
    expect(stats[3].mtimeMs).toBe(1_700_000_000_250);
    expect(stats[3].mtimeNs).toBe(1_700_000_000_250_000_000n);
  });
});

describe('removeFiles', () => {
  it('removes the files and the folders they leave empty, never the folder itself', async () => {
    put('a/b/c.html');
    put('a/keep.html');
    put('d/e/f.html');
    await removeFiles(`${root}${path.sep}`, ['a/b/c.html', 'd/e/f.html', 'gone.html']);
    expect(await listFiles(root)).toEqual(['a/keep.html']);
    expect(existsSync(path.join(root, 'a/b'))).toBe(false);
    expect(existsSync(path.join(root, 'd'))).toBe(false);
    expect(existsSync(root)).toBe(true);
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    put('day.json', 'old');
    await writeFileAtomic(path.join(root, 'day.json'), new TextEncoder().encode('new'));
    expect(await readFile(path.join(root, 'day.json'), 'utf8')).toBe('new');
    expect(await listFiles(root)).toEqual(['day.json']);
  });
});

describe('isInside', () => {
  it('holds for the folder itself and what lies below it, not for siblings that share its name or lie above', () => {
    expect(isInside('/site', '/site')).toBe(true);
    expect(isInside('/site', '/site/papers/x/index.html')).toBe(true);
    expect(isInside('/site', '/site-cache')).toBe(false);
    expect(isInside('/site', '/site/../other')).toBe(false);
    expect(isInside('/site/papers', '/site')).toBe(false);
    expect(isInside('/site', '/site/..hidden')).toBe(true);
  });
});

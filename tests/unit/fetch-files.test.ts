// The file side of the fetch: atomic writes, finding a day's listings, and the bytes written for a day.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/util/fs/write-file-atomic.ts';
import { dayFileProblems, serializeDay } from '../../src/fetch/day-file.ts';
import { existingListings } from '../../src/fetch/existing-listings.ts';
import { tempDir } from '../support/build-site.ts';
import { apiItem } from '../support/fixture.ts';

describe('writeFileAtomic', () => {
  it('replaces a file and leaves no temporary file behind', async () => {
    const dir = tempDir('atomic');
    const file = path.join(dir, '2025-12-09.json');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, new TextEncoder().encode('new'));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['2025-12-09.json']);
  });

  it('leaves the old file and no temporary file when the write fails', async () => {
    const dir = tempDir('atomic');
    const file = path.join(dir, 'target');
    // Renaming a file over a non-empty folder fails after the temporary file was written.
    mkdirSync(path.join(file, 'inside'), { recursive: true });
    await expect(writeFileAtomic(file, new TextEncoder().encode('new'))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['target']);
    expect(readdirSync(file)).toEqual(['inside']);
  });
});

describe('existingListings', () => {
  it("finds every day's files in sub-folders, and ignores hidden and foreign files", () => {
    const dir = tempDir('existing');
    mkdirSync(path.join(dir, '2025', '12'), { recursive: true });
    for (const name of ['2025-12-08.json', '2025/2025-12-09.txt', '2025/12/2025-12-09.json', '2025/12/.2025-12-10.json.1.ab.tmp', 'notes.md', '2025-12-11.json.bak']) {
      writeFileSync(path.join(dir, name), '[]');
    }
    const found = existingListings(dir);
    expect([...found.keys()].sort()).toEqual(['2025-12-08', '2025-12-09']);
    expect(found.get('2025-12-08')).toEqual({ json: [path.join(dir, '2025-12-08.json')], txt: [] });
    expect(found.get('2025-12-09')).toEqual({ json: [path.join(dir, '2025/12/2025-12-09.json')], txt: [path.join(dir, '2025/2025-12-09.txt')] });
  });

  it('treats a missing folder as empty', () => {
    expect(existingListings(path.join(tempDir('existing'), 'nope')).size).toBe(0);
  });
});

describe('the bytes of a day', () => {
  it('are the items, two-space indented, with a final newline: same items, same bytes', () => {
    const items = [apiItem()];
    const bytes = serializeDay(items);
    expect(new TextDecoder().decode(bytes)).toBe(`${JSON.stringify(items, null, 2)}\n`);
    expect(serializeDay(JSON.parse(JSON.stringify(items)))).toEqual(bytes);
    expect(new TextDecoder().decode(serializeDay([]))).toBe('[]\n');
  });

  it("pass the build's parser, or say why not", () => {
    const good = [apiItem()];
    expect(dayFileProblems('2025-12-09', good, serializeDay(good), 'x.json')).toEqual([]);
    expect(dayFileProblems('2025-12-09', [], serializeDay([]), 'x.json')).toEqual([]);
    const bad = [apiItem({ title: '' })];
    expect(dayFileProblems('2025-12-09', bad, serializeDay(bad), 'x.json')).toEqual(['paper 1: paper.title: must not be empty']);
    // A paper published after the day it is listed on is a broken answer too.
    const future = [apiItem({ publishedAt: '2025-12-10T00:00:00Z' })];
    expect(dayFileProblems('2025-12-09', future, serializeDay(future), 'x.json')).toEqual(['publication date 2025-12-10 is after the digest day 2025-12-09']);
  });
});

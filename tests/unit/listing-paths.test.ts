import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listingPaths } from '../../src/collect/listing-paths.ts';
import { isIgnoredListingName } from '../../src/parse/listing-file.ts';

describe('which files of a listings folder are listings', () => {
  it('leaves out hidden files and notes, never a file that looks like a listing', () => {
    for (const name of ['.gitkeep', '.DS_Store', 'README.md', 'README', 'LICENSE', 'notes.org']) expect(isIgnoredListingName(name), name).toBe(true);
    for (const name of ['2025-12-09.txt', '2025-12-09.json', 'latest.txt', 'README.txt', 'data.JSON', '2025-12-09.md', '2025-12-9.html', 'day-2025-12-09']) {
      expect(isIgnoredListingName(name), name).toBe(false);
    }
  });
});

describe('walking a listings folder', () => {
  const folder = () => mkdtempSync(path.join(os.tmpdir(), 'listing-paths-'));

  it('follows links to files and to folders, once through a cycle, and skips hidden folders', () => {
    const elsewhere = folder();
    mkdirSync(path.join(elsewhere, '2025'));
    writeFileSync(path.join(elsewhere, '2025-12-08.json'), '[]');
    writeFileSync(path.join(elsewhere, '2025', '2025-12-09.json'), '[]');
    const dir = folder();
    symlinkSync(path.join(elsewhere, '2025-12-08.json'), path.join(dir, '2025-12-08.json'));
    symlinkSync(path.join(elsewhere, '2025'), path.join(dir, 'linked'));
    symlinkSync(dir, path.join(dir, 'loop'));
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, '.git', '2025-12-10.json'), 'not a listing');
    writeFileSync(path.join(dir, 'README.md'), '# my data');
    writeFileSync(path.join(dir, '2025-12-11.txt'), 'x');
    const { files, broken } = listingPaths(dir);
    expect(files.map((file) => path.relative(dir, file))).toEqual(['2025-12-08.json', '2025-12-11.txt', path.join('linked', '2025-12-09.json')]);
    expect(broken).toEqual([]);
  });

  it('returns a link to nothing apart, with its target', () => {
    const dir = folder();
    symlinkSync('/nowhere/2025-12-08.json', path.join(dir, '2025-12-08.json'));
    symlinkSync('/nowhere/README.md', path.join(dir, 'README.md'));
    expect(listingPaths(dir)).toEqual({ files: [], broken: [{ file: path.join(dir, '2025-12-08.json'), target: '/nowhere/2025-12-08.json' }] });
  });
});

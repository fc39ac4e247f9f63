// Publishing on any file system layout: the output, its staging copy and the cache on other mounts than the
// project, and a disk that fills up mid-build. Renames that cannot cross a mount become copies; dist/ is
// still replaced in one rename, and the site published always equals a clean build.
// The tmpfs cases mount and unmount file systems, so they run only as root (as in the project's CI image).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureListings, projectRoot, tempDir } from '../support/build-site.ts';
import { sharedSite } from '../support/shared-site.ts';

function snapshot(site: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    entries.set(path.relative(site, full), entry.isDirectory() ? '(folder)' : readFileSync(full).toString('base64'));
  }
  return entries;
}
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((name) => a.get(name) !== b.get(name)).sort();
}

const SMALL = ['2025-12-09.txt'];
// The whole sample: its clean build is the shared sample site.
const LARGE = ['2025-12-08.json', '2025-12-09.txt', '2025-12-10.txt'];
function listingsWith(dir: string, names: string[]): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of names) copyFileSync(path.join(fixtureListings, name), path.join(dir, name));
  return dir;
}

let clean: { small: Map<string, string>; large: Map<string, string> };
beforeAll(async () => {
  expect(LARGE).toEqual(readdirSync(fixtureListings).sort());
  const small = await buildSite({ listingsDir: listingsWith(path.join(tempDir('fs-clean'), 'listings'), SMALL) });
  expect(small.status, small.output).toBe(0);
  clean = { small: snapshot(small.outDir), large: snapshot(await sharedSite('default')) };
}, 300_000);

const device = (folder: string) => statSync(folder).dev;
const shm = '/dev/shm';
const shmIsElsewhere = (() => {
  try {
    return device(shm) !== device(projectRoot);
  } catch {
    return false;
  }
})();
const isRoot = process.getuid?.() === 0;

const mounts: string[] = [];
function mountTmpfs(folder: string, size: string): void {
  mkdirSync(folder, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', folder]);
  mounts.push(folder);
}
afterAll(() => {
  for (const folder of mounts.reverse()) execFileSync('umount', ['-l', folder]);
});

/** Builds the small archive, then the large one, in the same output: the second build is incremental. */
async function smallThenLarge(options: { outDir: string; cacheDir?: string; work: string }): Promise<void> {
  const listings = path.join(options.work, 'listings');
  const env: Record<string, string> = options.cacheDir ? { CACHE_DIR: options.cacheDir } : {};
  for (const [names, expected] of [[SMALL, clean.small], [LARGE, clean.large], [SMALL, clean.small]] as const) {
    const result = await buildSite({ listingsDir: listingsWith(listings, names), outDir: options.outDir, env });
    expect(result.status, result.output).toBe(0);
    expect(differences(snapshot(options.outDir), expected)).toEqual([]);
  }
}

describe('publishing across file systems', () => {
  // The output away from the project, and the cache away from the output: Astro's own files, the staging
  // copy's renames and the record all cross a mount, in both directions.
  it.runIf(shmIsElsewhere)('DIST_DIR on another file system than the project, CACHE_DIR on another than DIST_DIR', { timeout: 300_000 }, async () => {
    const work = tempDir('fs-elsewhere');
    const away = path.join(shm, `digest-test-${process.pid}-${Date.now()}`);
    const outDir = path.join(away, 'dist');
    const cacheDir = path.join(work, 'cache');
    expect(device(work)).not.toBe(device(shm));
    try {
      await smallThenLarge({ work, outDir, cacheDir });
    } finally {
      rmSync(away, { recursive: true, force: true });
    }
  });

  it.runIf(isRoot)('the staging copy on a mount of its own: copied beside dist/, then renamed', { timeout: 300_000 }, async () => {
    const work = tempDir('fs-staging-mount');
    const outDir = path.join(work, 'dist');
    mountTmpfs(`${outDir}.staging`, '200m');
    await smallThenLarge({ work, outDir });
  });

  it.runIf(isRoot)('a disk that fills up mid-build: one line saying so, the old site kept, then a clean site', { timeout: 300_000 }, async () => {
    const work = tempDir('fs-full');
    const disk = path.join(work, 'disk');
    mountTmpfs(disk, '60m');
    const outDir = path.join(disk, 'dist');
    const listings = path.join(work, 'listings');
    const env = { CACHE_DIR: path.join(disk, 'cache') };
    for (const names of [LARGE, SMALL]) expect((await buildSite({ listingsDir: listingsWith(listings, names), outDir, env })).status).toBe(0);

    // Leave less room than the catch-up needs (a whole site of copies), then build the large archive.
    const filler = path.join(disk, 'filler');
    const available = Number(execFileSync('df', ['--output=avail', '-B1', disk]).toString().trim().split('\n').at(-1));
    writeFileSync(filler, Buffer.alloc(Math.max(0, available - 512 * 1024)));
    const full = await buildSite({ listingsDir: listingsWith(listings, LARGE), outDir, env });
    expect(full.status, full.output).not.toBe(0);
    // Where the disk ran out decides who notices (the copy, Astro or Pagefind, which print their own
    // traces): the build's last word is always one line naming the full disk.
    expect(full.output.trim().split('\n').at(-1)).toMatch(/^Build failed: .*(ENOSPC|The disk holding .* is full)/);
    expect(differences(snapshot(outDir), clean.small)).toEqual([]);

    rmSync(filler);
    const after = await buildSite({ listingsDir: listings, outDir, env });
    expect(after.status, after.output).toBe(0);
    expect(differences(snapshot(outDir), clean.large)).toEqual([]);
  });
});

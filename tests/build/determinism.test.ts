// Determinism: two clean builds of the same listings, copied to two different folders with the files written
// in different orders and with different modification times, give byte-identical sites (search index included).
// The two builds also run in time zones a day apart (one with daylight saving time) and under different
// locales: nothing may depend on them.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, fixtureListings, tempDir } from '../support/build-site.ts';
import { filesIn } from '../support/dist.ts';

function copyListings(prefix: string, order: 'forward' | 'backward', mtime: (index: number) => Date): string {
  const dir = path.join(tempDir(prefix), 'listings');
  mkdirSync(dir, { recursive: true });
  const names = readdirSync(fixtureListings).sort();
  if (order === 'backward') names.reverse();
  names.forEach((name, index) => {
    copyFileSync(path.join(fixtureListings, name), path.join(dir, name));
    utimesSync(path.join(dir, name), mtime(index), mtime(index));
  });
  return dir;
}

/** Runs `build` with some environment variables set (the build inherits the environment), then restores them. */
async function withEnv<T>(values: Record<string, string>, build: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  try {
    return await build();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

function fingerprints(dist: string): Map<string, string> {
  return new Map(filesIn(dist).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dist, file))).digest('hex')]));
}

/** Where two versions of a file first differ, with some context, for the failure message. */
function firstDifference(a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const around = (buffer: Buffer) => JSON.stringify(buffer.subarray(Math.max(0, at - 60), at + 60).toString('utf8'));
  return `byte ${at}:\n    ${around(a)}\n    ${around(b)}`;
}

describe('deterministic builds', () => {
  it('two builds of the same listings from different folders, orders, mtimes, time zones and locales are byte-identical', { timeout: 300_000 }, async () => {
    const first = copyListings('determinism-a', 'forward', (index) => new Date(Date.UTC(2020, 0, 1 + index)));
    const second = copyListings('determinism-b', 'backward', (index) => new Date(Date.UTC(2024, 5, 30 - index, 13, 14, 15)));
    const started = Date.now();
    const a = await withEnv({ TZ: 'America/Adak', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' }, () => buildSite({ listingsDir: first }));
    const b = await withEnv({ TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' }, () => buildSite({ listingsDir: second }));
    console.log(`[measure] two sample builds: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(a.status, a.output).toBe(0);
    expect(b.status, b.output).toBe(0);

    const left = fingerprints(a.outDir);
    const right = fingerprints(b.outDir);
    expect([...right.keys()]).toEqual([...left.keys()]);
    expect([...left.keys()].some((file) => file.startsWith('pagefind/'))).toBe(true);
    const differing = [...left].filter(([file, hash]) => right.get(file) !== hash).map(([file]) => file);
    const details = differing
      .slice(0, 5)
      .map((file) => `${file}: ${firstDifference(readFileSync(path.join(a.outDir, file)), readFileSync(path.join(b.outDir, file)))}`)
      .join('\n');
    expect(differing, details).toEqual([]);
  });

  // Days near week boundaries (tests/fixtures/listings-weeks: Sundays and the Mondays after them, across a
  // year end) in zones 14 hours ahead of and 10 hours behind UTC: a Sunday there is already Monday, or still
  // Saturday, locally.
  it('the multi-week fixture built under TZ=UTC, Pacific/Kiritimati and America/Adak is byte-identical', { timeout: 300_000 }, async () => {
    const sites = [];
    for (const TZ of ['UTC', 'Pacific/Kiritimati', 'America/Adak']) {
      const site = await withEnv({ TZ }, () => buildSite({ listingsDir: path.join(path.dirname(fixtureListings), 'listings-weeks') }));
      expect(site.status, `${TZ}: ${site.output}`).toBe(0);
      sites.push({ TZ, dist: site.outDir, files: fingerprints(site.outDir) });
    }
    const [utc, ...others] = sites;
    expect(readFileSync(path.join(utc.dist, 'days/2026-03-15/index.html'), 'utf8')).toContain('/weeks/2026-W11/');
    for (const other of others) {
      expect([...other.files.keys()], other.TZ).toEqual([...utc.files.keys()]);
      const differing = [...utc.files].filter(([file, hash]) => other.files.get(file) !== hash).map(([file]) => file);
      const details = differing
        .slice(0, 5)
        .map((file) => `${file}: ${firstDifference(readFileSync(path.join(utc.dist, file)), readFileSync(path.join(other.dist, file)))}`)
        .join('\n');
      expect(differing, `${other.TZ}: ${details}`).toEqual([]);
    }
  });
});

// Pages stay light. A day of 50 papers (the bench generator's day) and the real 44-paper sample day weigh
// at most 40 kB gzipped, overview, reading links and full abstracts included; at 50 papers a day for a
// month, every week, month, topic and topic-month page weighs at most 60 kB gzipped.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateListings } from '../../scripts/bench/generate-listings.mjs';
import { buildSite, tempDir } from '../support/build-site.ts';
import { sharedSite } from '../support/shared-site.ts';

const DAY_LIMIT = 40 * 1024;
const LIST_LIMIT = 60 * 1024;
const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 6 }).length;

/** Every index.html under `dir`, recursively. */
function pages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => path.join(dir, file));
}

function heaviest(dir: string): { file: string; size: number; count: number } {
  const sizes = pages(dir).map((file) => ({ file, size: gzipped(file) }));
  const top = sizes.reduce((a, b) => (b.size > a.size ? b : a));
  return { ...top, count: sizes.length };
}

describe('the weight of pages, at 50 papers a day for a month', () => {
  let dist = '';
  beforeAll(async () => {
    const root = tempDir('page-weight');
    const listings = path.join(root, 'listings');
    generateListings({ papers: 31 * 50, dir: listings, perDay: 50 });
    const result = await buildSite({ listingsDir: listings, outDir: path.join(root, 'dist') });
    expect(result.status, result.output).toBe(0);
    dist = result.outDir;
  });

  it('a generated day of 50 papers is at most 40 kB gzipped', () => {
    const file = path.join(dist, 'days/2020-01-01/index.html');
    expect(readFileSync(file, 'utf8').match(/class="paper-card"/g)).toHaveLength(50);
    const size = gzipped(file);
    console.log(`[measure] generated 50-paper day: ${size} bytes gzipped`);
    expect(size).toBeLessThanOrEqual(DAY_LIMIT);
  });

  it.each(['weeks', 'months', 'topics'])('every page under /%s/ is at most 60 kB gzipped', (folder) => {
    const { file, size, count } = heaviest(path.join(dist, folder));
    console.log(`[measure] heaviest of ${count} pages under /${folder}/: ${path.relative(dist, file)}, ${size} bytes gzipped`);
    expect(count).toBeGreaterThan(1);
    expect(size).toBeLessThanOrEqual(LIST_LIMIT);
  });

  it('months are split into pages of at most 100 rows, and every paper is on one of them', () => {
    const monthPages = pages(path.join(dist, 'months'));
    const linked = new Set<string>();
    for (const file of monthPages) {
      const rows = [...readFileSync(file, 'utf8').matchAll(/<a class="row-title" href="\/papers\/([^/"]+)\/"/g)].map((match) => match[1]);
      expect(rows.length, file).toBeLessThanOrEqual(100);
      for (const id of rows) linked.add(id);
    }
    expect(monthPages.length).toBeGreaterThan(14);
    expect([...linked].sort()).toEqual(readdirSync(path.join(dist, 'papers')).sort());
  });
});

describe('the weight of the real sample day', () => {
  it('the real 44-paper sample day is at most 40 kB gzipped', async () => {
    const size = gzipped(path.join(await sharedSite('default'), 'days/2025-12-09/index.html'));
    console.log(`[measure] sample 44-paper day: ${size} bytes gzipped`);
    expect(size).toBeLessThanOrEqual(DAY_LIMIT);
  });
});

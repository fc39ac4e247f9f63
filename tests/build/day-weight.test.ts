// A day page stays light: 50 papers (the bench generator's day) and the real 44-paper sample day each
// weigh at most 40 kB gzipped, overview, reading links and full abstracts included.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateListings } from '../../scripts/bench/generate-listings.mjs';
import { buildSite, tempDir } from '../support/build-site.ts';
import { sharedSite } from '../support/shared-site.ts';

const LIMIT = 40 * 1024;
const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 6 }).length;

describe('the weight of a day page', () => {
  it('a generated day of 50 papers is at most 40 kB gzipped', async () => {
    const root = tempDir('day-weight');
    const listings = path.join(root, 'listings');
    generateListings({ papers: 50, dir: listings, perDay: 50 });
    const result = await buildSite({ listingsDir: listings, outDir: path.join(root, 'dist') });
    expect(result.status, result.output).toBe(0);
    const day = readFileSync(path.join(result.outDir, 'days/2020-01-01/index.html'), 'utf8');
    expect(day.match(/class="paper-card"/g)).toHaveLength(50);
    const size = gzipped(path.join(result.outDir, 'days/2020-01-01/index.html'));
    console.log(`[measure] generated 50-paper day: ${size} bytes gzipped`);
    expect(size).toBeLessThanOrEqual(LIMIT);
  });

  it('the real 44-paper sample day is at most 40 kB gzipped', async () => {
    const size = gzipped(path.join(await sharedSite('default'), 'days/2025-12-09/index.html'));
    console.log(`[measure] sample 44-paper day: ${size} bytes gzipped`);
    expect(size).toBeLessThanOrEqual(LIMIT);
  });
});

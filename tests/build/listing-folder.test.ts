// What a listings folder may hold besides listings: notes such as a README (ignored), links to listings kept
// in another checkout (followed), and a link to nothing (named, the build fails).
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, fixtureListings, tempDir } from '../support/build-site.ts';

function folderWith(setup: (dir: string) => void): string {
  const dir = path.join(tempDir('listing-folder'), 'listings');
  mkdirSync(dir, { recursive: true });
  setup(dir);
  return dir;
}

describe('a listings folder', () => {
  it('of links to listing files, with a README beside them, builds every linked day', { timeout: 180_000 }, async () => {
    const dir = folderWith((dir) => {
      for (const name of readdirSync(fixtureListings)) symlinkSync(path.join(fixtureListings, name), path.join(dir, name));
      writeFileSync(path.join(dir, 'README.md'), '# Where these listings come from\n');
    });
    const result = await buildSite({ listingsDir: dir });
    expect(result.status, result.output).toBe(0);
    for (const day of ['2025-12-08', '2025-12-09', '2025-12-10']) expect(existsSync(path.join(result.outDir, 'days', day, 'index.html')), day).toBe(true);
    expect(result.output).toMatch(/Published .*: 3 new days/);
  });

  it('fails on a link to nothing and on a misnamed listing, naming both', { timeout: 180_000 }, async () => {
    const dir = folderWith((dir) => {
      symlinkSync(path.join(fixtureListings, '2025-12-09.txt'), path.join(dir, '2025-12-09.txt'));
      symlinkSync(path.join(dir, 'gone', '2025-12-10.json'), path.join(dir, '2025-12-10.json'));
    });
    const broken = await buildSite({ listingsDir: dir });
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain(`${path.relative(process.cwd(), dir)}/2025-12-10.json:1: a link to ${path.join(dir, 'gone', '2025-12-10.json')}, which does not exist`);

    const misnamed = folderWith((dir) => {
      symlinkSync(path.join(fixtureListings, '2025-12-09.txt'), path.join(dir, '2025-12-09.txt'));
      writeFileSync(path.join(dir, '2025-12-10.md'), 'Dec 10\n');
    });
    const result = await buildSite({ listingsDir: misnamed });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${path.relative(process.cwd(), misnamed)}/2025-12-10.md:1: unknown listing file type ".md"`);
  });
});

// The real build, end to end: `npm run build` (scripts/build.mjs) on small listing folders.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, tempDir } from '../support/build-site.ts';
import { apiItem, fixtureText, pageText, paperText } from '../support/fixture.ts';

function listingsFolder(files: Record<string, string>): string {
  const dir = path.join(tempDir('listings'), 'listings');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('npm run build', () => {
  it('builds the sample listing, and one in a sub-folder, into a site with every paper and day', async () => {
    const dir = listingsFolder({ '2025-12-09.txt': fixtureText });
    // Listings may be organised in sub-folders.
    mkdirSync(path.join(dir, '2025'));
    writeFileSync(path.join(dir, '2025', '2025-12-10.json'), JSON.stringify([apiItem({ id: '2512.07777', title: 'Rethinking the Value of Network Pruning', upvotes: 40, publishedAt: '2018-10-11T00:00:00Z' })]));
    const result = await buildSite({ listingsDir: dir });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('papers: 44 entries');
    expect(result.output).toContain('days: 2 entries');
    const home = readFileSync(path.join(result.outDir, 'index.html'), 'utf8');
    expect(home).toContain('2025-12-10');
    const paperPages = readdirSync(path.join(result.outDir, 'papers'));
    expect(paperPages).toHaveLength(44);
    // Listed on both days: one page, the later upvotes, both days.
    const merged = readFileSync(path.join(result.outDir, 'papers/rethinking-the-value-of-network-pruning/index.html'), 'utf8');
    expect(merged).toContain('40 upvotes');
    expect(merged).toContain('href="/days/2025-12-09/"');
    expect(merged).toContain('href="/days/2025-12-10/"');

    // Built again from the same listings: the loader sees they are unchanged and parses nothing.
    const again = await buildSite({ listingsDir: dir, outDir: result.outDir });
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain('papers: listings unchanged, 44 entries kept');
    expect(readFileSync(path.join(again.outDir, 'papers/rethinking-the-value-of-network-pruning/index.html'), 'utf8')).toBe(merged);
  });

  it('fails on broken listings, lists every problem as file:line: reason, and publishes nothing', async () => {
    const dir = listingsFolder({
      '2025-12-08.txt': pageText('Dec 8', [paperText('Fine'), 'Cut off\n\nabstract', paperText('Also fine', 'Feb 30')]),
      '2025-12-09.json': '[{"paper": ',
      'notes.md': '# not a listing',
    });
    const outDir = path.join(tempDir('site'), 'dist');
    const result = await buildSite({ listingsDir: dir, outDir });
    expect(result.status).not.toBe(0);
    const rel = path.relative(process.cwd(), dir);
    expect(result.output).toContain(`${rel}/2025-12-08.txt:21: the paper "Cut off" is cut off`);
    expect(result.output).toContain(`${rel}/2025-12-08.txt:31: "Feb 30" is not a real date`);
    expect(result.output).toContain(`${rel}/2025-12-09.json:1: malformed JSON`);
    expect(result.output).toContain(`${rel}/notes.md:1: unknown listing file type ".md"`);
    expect(result.output).toContain('nothing was published');
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });
});

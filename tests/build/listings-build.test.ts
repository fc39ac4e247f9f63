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
    // The site's size against the hosts' limits: a small site fits everywhere, so no warning.
    const files = readdirSync(result.outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
    expect(result.output).toMatch(new RegExp(`^Site: \\d+ MB in ${files.toLocaleString('en-GB')} files\\.$`, 'm'));
    expect(result.output).not.toMatch(/limit of/);
    // Astro's log names its phases, not each page (src/integrations/build-log.mjs).
    expect(result.output).toMatch(/generating static routes[\s\S]*✓ Completed in/);
    expect(result.output).not.toContain('/papers/rethinking-the-value-of-network-pruning/');
    const home = readFileSync(path.join(result.outDir, 'index.html'), 'utf8');
    expect(home).toContain('2025-12-10');
    const paperPages = readdirSync(path.join(result.outDir, 'papers'));
    expect(paperPages).toHaveLength(44);
    // Listed on both days: one page, the later upvotes, both days.
    const merged = readFileSync(path.join(result.outDir, 'papers/rethinking-the-value-of-network-pruning/index.html'), 'utf8');
    expect(merged).toContain('40 upvotes');
    expect(merged).toContain('href="/days/2025-12-09/"');
    expect(merged).toContain('href="/days/2025-12-10/"');

    // Built again from the same listings: nothing changed, nothing is done.
    const again = await buildSite({ listingsDir: dir, outDir: result.outDir });
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain('Nothing changed since the last build');
    expect(readFileSync(path.join(again.outDir, 'papers/rethinking-the-value-of-network-pruning/index.html'), 'utf8')).toBe(merged);
  });

  it('fails on broken listings, lists every problem as file:line: reason, and publishes nothing', async () => {
    const dir = listingsFolder({
      '2025-12-08.txt': pageText('Dec 8', [paperText('Fine'), 'Cut off\n\nabstract', paperText('Also fine', 'Feb 30')]),
      '2025-12-09.json': '[{"paper": ',
      '2025-12-10.md': '# a misnamed listing',
    });
    const outDir = path.join(tempDir('site'), 'dist');
    const result = await buildSite({ listingsDir: dir, outDir });
    expect(result.status).not.toBe(0);
    const rel = path.relative(process.cwd(), dir);
    expect(result.output).toContain(`${rel}/2025-12-08.txt:21: the paper "Cut off" is cut off`);
    expect(result.output).toContain(`${rel}/2025-12-08.txt:31: "Feb 30" is not a real date`);
    expect(result.output).toContain(`${rel}/2025-12-09.json:1: malformed JSON`);
    expect(result.output).toContain(`${rel}/2025-12-10.md:1: unknown listing file type ".md"`);
    expect(result.output).toContain('nothing was published');
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });

  it('prints the listing problems once, as file:line: reason with a count and the hint, and no stack trace', async () => {
    const dir = listingsFolder({
      '2025-12-08.txt': pageText('Dec 8', [paperText('Fine'), 'Cut off\n\nabstract', paperText('Also fine', 'Feb 30')]),
      '2025-12-09.json': '[{"paper": ',
    });
    const result = await buildSite({ listingsDir: dir });
    expect(result.status).not.toBe(0);
    const rel = path.relative(process.cwd(), dir);
    const problems = [`${rel}/2025-12-08.txt:21: the paper "Cut off" is cut off`, `${rel}/2025-12-08.txt:31: "Feb 30" is not a real date`, `${rel}/2025-12-09.json:1: malformed JSON`];
    for (const problem of problems) expect(result.output.split(problem), result.output).toHaveLength(2);
    expect(result.output.split('The listings have 3 problems:')).toHaveLength(2);
    expect(result.output.split('Fix the listings named above and build again.')).toHaveLength(2);
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(result.output).not.toContain('AstroUserError');
    expect(result.output).not.toContain('Location:');
    expect(result.output).not.toContain('Stack trace');
    expect(result.output).not.toContain(dir);
  });

  it('fails on an empty listings folder, naming it by its relative path, unless ALLOW_EMPTY_SITE=1', async () => {
    const dir = listingsFolder({ '.gitkeep': '' });
    const rel = path.relative(process.cwd(), dir);
    const outDir = path.join(tempDir('site'), 'dist');
    const result = await buildSite({ listingsDir: dir, outDir });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`No papers to publish: ${rel} holds no listing files`);
    expect(result.output).toContain('ALLOW_EMPTY_SITE=1');
    expect(result.output).not.toContain(dir);
    expect(result.output).not.toMatch(/^\s+at /m);
    expect(existsSync(outDir)).toBe(false);

    const allowed = await buildSite({ listingsDir: dir, outDir, env: { ALLOW_EMPTY_SITE: '1' } });
    expect(allowed.status, allowed.output).toBe(0);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
  });

  it('fails when the listings list no papers at all, and publishes an empty day among full ones with a warning', async () => {
    const onlyEmpty = listingsFolder({ '2025-12-08.txt': pageText('Dec 8', []), '2025-12-09.json': '[]' });
    const failed = await buildSite({ listingsDir: onlyEmpty });
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain(`No papers to publish: the 2 listing files in ${path.relative(process.cwd(), onlyEmpty)} list no papers`);

    const mixed = listingsFolder({ '2025-12-08.txt': pageText('Dec 8', []), '2025-12-09.txt': pageText('Dec 9', [paperText('A Paper Of Its Own')]) });
    const result = await buildSite({ listingsDir: mixed });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('2025-12-08.txt:1: no papers were listed on this day (published as an empty day)');
    expect(result.output).toContain('days: 2 entries');
    expect(existsSync(path.join(result.outDir, 'days/2025-12-08/index.html'))).toBe(true);
    expect(existsSync(path.join(result.outDir, 'papers/a-paper-of-its-own/index.html'))).toBe(true);
  });

  it('refuses an invalid setting with its variable and an example, without a stack trace', async () => {
    const result = await buildSite({ siteUrl: 'example.org' });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('SITE_URL must be an absolute http(s) URL, e.g. SITE_URL=https://papers.example.org');
    expect(result.output).not.toMatch(/^\s+at /m);
  });

  it('refuses a site inside the listings folder, which the next build would read back as listings', async () => {
    const dir = listingsFolder({ '2025-12-09.txt': fixtureText });
    const result = await buildSite({ listingsDir: dir, outDir: path.join(dir, 'site') });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`DIST_DIR puts the site (${path.relative(process.cwd(), path.join(dir, 'site'))}/) inside LISTINGS_DIR`);
    expect(readdirSync(dir)).toEqual(['2025-12-09.txt']);
  });
});

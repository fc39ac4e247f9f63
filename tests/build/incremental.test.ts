// The living archive: a rebuild after one new day renders only what the day changes, keeps search bundles
// of unchanged periods, and publishes exactly the site a clean build of the same listings gives.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureListings, tempDir } from '../support/build-site.ts';
import { filesIn } from '../support/dist.ts';
import { digestOf } from '../support/digest.ts';
import { pageText, paperText } from '../support/fixture.ts';

const work = tempDir('incremental');
const listings = path.join(work, 'listings');
const allListings = path.join(work, 'all-listings');
const outDir = path.join(work, 'site', 'dist');
const stamp = () => JSON.parse(readFileSync(`${outDir}-cache/published/build.json`, 'utf8')) as { rendered: string[] };
const build = async (env: Record<string, string> = {}) => {
  const result = await buildSite({ listingsDir: listings, outDir, env });
  expect(result.status, result.output).toBe(0);
  return result.output;
};
const sameTrees = (a: string, b: string) => {
  const files = filesIn(a);
  expect(files).toEqual(filesIn(b));
  for (const file of files) expect(readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))), file).toBe(true);
};

// An older month (November) next to December, so a kept search bundle can be seen.
const november = pageText('Nov 20', [
  paperText('Pruning Transformers Before Training', 'Nov 18', '  • 4 authors', 'We prune large language models before training with structured sparsity.'),
  paperText('Graph Networks for Weather', 'Nov 19', '  • 2 authors', 'Graph neural networks forecast the weather on the sphere.'),
]);
beforeAll(() => {
  for (const folder of [listings, allListings]) mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(allListings, '2025-11-20.txt'), november);
  for (const name of ['2025-12-09.txt', '2025-12-10.txt']) copyFileSync(path.join(fixtureListings, name), path.join(allListings, name));
  for (const name of ['2025-11-20.txt', '2025-12-09.txt']) copyFileSync(path.join(allListings, name), path.join(listings, name));
});

describe('an incremental build', () => {
  let rendered: string[];
  let firstOutput: string;

  it('builds everything the first time', async () => {
    firstOutput = await build();
    expect(firstOutput).toMatch(/Published .*: 2 new days, 46 new papers \(46 in all\)/);
    expect(stamp().rendered.length).toBe(filesIn(outDir, (file) => file.endsWith('.html')).length);
  });

  it('does nothing when nothing changed, and says so', async () => {
    const before = statSync(path.join(outDir, 'index.html')).mtimeMs;
    expect(await build()).toContain('Nothing changed since the last build');
    expect(statSync(path.join(outDir, 'index.html')).mtimeMs).toBe(before);
  });

  it('renders only the pages a new day changes', async () => {
    const before = digestOf(listings);
    copyFileSync(path.join(allListings, '2025-12-10.txt'), path.join(listings, '2025-12-10.txt'));
    const output = await build();
    const after = digestOf(listings);
    expect(output).toMatch(/Published .*: 1 new day, 30 new papers \(76 in all\)/);
    expect(after.papers).toHaveLength(76);
    rendered = stamp().rendered;

    const oldIds = new Set(before.papers.map((paper) => paper.id));
    const newPapers = after.papers.filter((paper) => !oldIds.has(paper.id));
    const changedPapers = after.papers.filter((paper) => {
      const old = before.papers.find((other) => other.id === paper.id);
      return old && JSON.stringify({ ...old, sources: [] }) !== JSON.stringify({ ...paper, sources: [] });
    });
    const renderedPapers = rendered.filter((file) => file.startsWith('papers/')).map((file) => file.split('/')[1]);
    expect(renderedPapers.sort()).toEqual([...newPapers, ...changedPapers].map((paper) => paper.id).sort());
    expect(rendered).toContain('days/2025-12-10/index.html'); // the new day
    expect(rendered).toContain('days/2025-12-09/index.html'); // its neighbour gains a "next" link
    expect(rendered).not.toContain('days/2025-11-20/index.html');
    expect(rendered).not.toContain('topics/large-language-models/2025-11/index.html'); // a closed month
    expect(rendered).toContain('index.html');
    // The search bundle of November is kept; December's is rebuilt.
    expect(output).toMatch(/search: 2 bundle\(s\), 1 rebuilt \(\d+ pages indexed\), 1 kept/);
    expect(rendered.length).toBeLessThan(filesIn(outDir, (file) => file.endsWith('.html')).length / 2);
  });

  it('publishes byte for byte what a clean build of the same listings publishes', async () => {
    const clean = await buildSite({ listingsDir: allListings, outDir: path.join(work, 'clean', 'dist') });
    expect(clean.status, clean.output).toBe(0);
    sameTrees(outDir, clean.outDir);
  });

  it('recovers from a failed build: nothing published, and the next build is whole again', async () => {
    const broken = path.join(listings, '2025-12-11.txt');
    writeFileSync(broken, 'Daily Papers\n\nDec 11\n\nA title\n\nAn abstract.\n\n  • 3 authors\n·\nFeb 30, 2025');
    const failed = await buildSite({ listingsDir: listings, outDir });
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('2025-12-11.txt');
    expect(failed.output).toContain('nothing was published');
    rmSync(broken);
    // The same listings as the clean build: a build after the failure publishes the same site again.
    expect(await build()).toContain('Nothing changed since the last build');
    sameTrees(outDir, path.join(work, 'clean', 'dist'));
  });

  it('removes the pages of a day whose listing was removed, as a clean build would not have them', async () => {
    rmSync(path.join(listings, '2025-12-10.txt'));
    const output = await build();
    expect(output).toMatch(/removed \d+ page\(s\) that no longer exist/);
    const clean = await buildSite({ listingsDir: listings, outDir: path.join(work, 'clean-two-days', 'dist') });
    expect(clean.status, clean.output).toBe(0);
    sameTrees(outDir, clean.outDir);
  });

  it('with dist/ and the cache alone (what the daily workflow keeps): a new day still renders only what it changes', async () => {
    // Astro's own copy of its pages is gone after every build; the staging copy is not cached.
    expect(existsSync(`${outDir}-cache/astro/dist`)).toBe(false);
    rmSync(`${outDir}.staging`, { recursive: true, force: true });
    copyFileSync(path.join(allListings, '2025-12-10.txt'), path.join(listings, '2025-12-10.txt'));
    // The staging copy is made while Astro starts; here it starts only once Astro waits for it, as on a large
    // archive, so a page written before the copy was whole would show below.
    expect(await build({ DIGEST_FAULT: 'staging:late' })).toMatch(/\[paper-digest-staging-gate\] waited \d+\.\d s for the staging copy/);
    const pages = filesIn(outDir).filter((file) => file.endsWith('.html'));
    expect(stamp().rendered.length).toBeGreaterThan(0);
    expect(stamp().rendered.length).toBeLessThan(pages.length / 2);
    sameTrees(outDir, path.join(work, 'clean', 'dist'));
  });

  it('after a build that was stopped before it published: the next one still renders only what changed', async () => {
    // Killed as it indexes, after Astro wrote the new pages into the staging copy.
    rmSync(path.join(listings, '2025-12-10.txt'));
    const stopped = await buildSite({ listingsDir: listings, outDir, env: { DIGEST_FAULT: 'indexing:kill' } });
    expect(stopped.status, stopped.output).toBeNull();
    // The stopped build changed the staging copy: it is compared file by file, and Astro's record still holds.
    expect(await build()).toMatch(/files synced by comparison/);
    const pages = filesIn(outDir).filter((file) => file.endsWith('.html'));
    expect(stamp().rendered.length).toBeGreaterThan(0);
    expect(stamp().rendered.length).toBeLessThan(pages.length / 2);
  });
});

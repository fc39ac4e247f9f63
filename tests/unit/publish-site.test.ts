import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FaultStep } from '../../src/publish/fault.ts';
import {
  checkStaging,
  isUpToDate,
  placeBesideDist,
  prepareStaging,
  publishPaths,
  recordPublished,
  recoverSwap,
  stampOf,
  swapSites,
  type PublishPaths,
} from '../../src/publish/publish-site.ts';
import { listFiles } from '../../src/util/fs/list-files.ts';

let root: string;
let paths: PublishPaths;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'publish-site-'));
  paths = publishPaths(path.join(root, 'dist'), path.join(root, 'cache'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const put = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
/** What Astro and the indexer would leave in the staging copy: a whole site, plus Astro's record. */
const render = (pages: Record<string, string>) => {
  for (const [file, text] of Object.entries(pages)) put(path.join(paths.staging, file), text);
  put(path.join(paths.staging, 'pagefind', 'pagefind.js'), 'index');
  put(paths.astroManifest, JSON.stringify(Object.keys(pages)));
};
const files = async (folder: string) => Object.fromEntries(await Promise.all((await listFiles(folder)).map(async (file) => [file, readFileSync(path.join(folder, file), 'utf8')])));
const failAt = (where: FaultStep) => (step: FaultStep) => {
  if (step === where) throw new Error(`fault at ${step}`);
};
const show = (full: string) => path.relative(root, full);

/** One whole build, as scripts/build.mjs runs it; `fault` stops it at one step. */
async function build(pages: Record<string, string>, fault?: (step: FaultStep) => void, fingerprint = 'f') {
  const stamp = stampOf(paths);
  const prepared = await prepareStaging(paths, stamp, fault);
  render(pages);
  expect(await checkStaging(paths, show)).toBeUndefined();
  const written = Object.keys(pages);
  swapSites(paths, await placeBesideDist(paths, false), fault);
  recordPublished(paths, { fingerprint, dist: paths.dist, days: [], papers: 0, rendered: written, written: [...written, 'pagefind/pagefind.js'] }, fault);
  return prepared;
}

describe('a first build', () => {
  it('trusts nothing, publishes the staging copy, and records it', async () => {
    const prepared = await build({ 'index.html': 'home 1' });
    expect(prepared).toMatchObject({ trusted: false, fast: false });
    expect(await files(paths.dist)).toEqual({ 'index.html': 'home 1', 'pagefind/pagefind.js': 'index' });
    expect(existsSync(paths.staging)).toBe(false);
    expect(existsSync(paths.recordTrusted)).toBe(true);
    expect(readFileSync(paths.publishedManifest, 'utf8')).toBe('["index.html"]');
    expect(isUpToDate(paths, stampOf(paths), 'f')).toBe(true);
    expect(isUpToDate(paths, stampOf(paths), 'other')).toBe(false);
  });
});

describe('the next build', () => {
  beforeEach(async () => {
    await build({ 'index.html': 'home 1', 'days/a/index.html': 'a' });
    await build({ 'index.html': 'home 2', 'days/a/index.html': 'a' }); // the old site is now the staging copy
  });

  it('after a published build: catches the staging copy up from the record and gives Astro its record', async () => {
    expect(await files(paths.staging)).toEqual({ 'index.html': 'home 1', 'days/a/index.html': 'a', 'pagefind/pagefind.js': 'index' });
    const prepared = await prepareStaging(paths, stampOf(paths));
    expect(prepared).toMatchObject({ trusted: true, fast: true });
    expect(await files(paths.staging)).toEqual(await files(paths.dist));
    expect(readFileSync(paths.astroManifest, 'utf8')).toBe(readFileSync(paths.publishedManifest, 'utf8'));
    // Until this build publishes: the staging copy is no longer the old site; the record still describes dist/.
    expect(existsSync(paths.spareCopy)).toBe(false);
    expect(existsSync(paths.recordTrusted)).toBe(true);
  });

  it('without the spare copy (a cache that kept dist/ alone): copies every file, and keeps Astro\'s record', async () => {
    rmSync(paths.staging, { recursive: true });
    const prepared = await prepareStaging(paths, stampOf(paths));
    expect(prepared).toMatchObject({ trusted: true, fast: false });
    expect(await files(paths.staging)).toEqual(await files(paths.dist));
    expect(readFileSync(paths.astroManifest, 'utf8')).toBe(readFileSync(paths.publishedManifest, 'utf8'));
  });

  it('after a build stopped before it published (no spare-copy mark): compares every file, and keeps Astro\'s record', async () => {
    rmSync(paths.spareCopy);
    put(path.join(paths.staging, 'stray.html'), 'x');
    put(path.join(paths.staging, 'index.html'), 'home 3, half built');
    const prepared = await prepareStaging(paths, stampOf(paths));
    expect(prepared).toMatchObject({ trusted: true, fast: false });
    expect(await files(paths.staging)).toEqual(await files(paths.dist));
    expect(readFileSync(paths.astroManifest, 'utf8')).toBe(readFileSync(paths.publishedManifest, 'utf8'));
  });

  it('with a cache of an earlier version (its one mark, `consistent`): trusts nothing, and leaves that mark no more', async () => {
    for (const mark of [paths.recordTrusted, paths.spareCopy]) rmSync(mark);
    put(paths.legacyMark, '');
    const prepared = await prepareStaging(paths, stampOf(paths));
    expect(prepared).toMatchObject({ trusted: false, fast: false });
    expect(existsSync(paths.astroManifest)).toBe(false);
    // Were that version run on this cache after a build stopped here, it would trust a changed staging copy.
    expect(existsSync(paths.legacyMark)).toBe(false);
  });

  it('without the record\'s mark (a publish cut short): compares every file and gives Astro no record', async () => {
    rmSync(paths.recordTrusted);
    put(path.join(paths.staging, 'stray.html'), 'x');
    const prepared = await prepareStaging(paths, stampOf(paths));
    expect(prepared).toMatchObject({ trusted: false, fast: false });
    expect(await files(paths.staging)).toEqual(await files(paths.dist));
    expect(existsSync(paths.astroManifest)).toBe(false);
  });

  it('for another dist/: trusts nothing', async () => {
    const elsewhere = publishPaths(path.join(root, 'other'), path.join(root, 'cache'));
    expect(stampOf(elsewhere)).toBeUndefined();
    expect(await prepareStaging(elsewhere, stampOf(elsewhere))).toMatchObject({ trusted: false });
  });
});

describe('a build stopped', () => {
  beforeEach(async () => {
    await build({ 'index.html': 'home 1' });
  });

  it.each(['catch-up', 'mirror'] as const)('while the staging copy is brought up to date (%s): the next build compares it file by file, Astro\'s record still kept', async (step) => {
    if (step === 'catch-up') await build({ 'index.html': 'home 2' }); // a staging copy to catch up
    else rmSync(paths.spareCopy);
    put(path.join(paths.dist, 'new.html'), 'to copy');
    await expect(prepareStaging(paths, stampOf(paths), failAt(step))).rejects.toThrow(`fault at ${step}`);
    expect(existsSync(paths.spareCopy)).toBe(false);
    expect(await prepareStaging(paths, stampOf(paths))).toMatchObject({ trusted: true, fast: false });
    expect(await files(paths.staging)).toEqual(await files(paths.dist));
  });

  it('with dist/ moved aside (swap): the next build puts it back', async () => {
    await expect(build({ 'index.html': 'home 2' }, failAt('swap'))).rejects.toThrow('fault at swap');
    expect(existsSync(paths.dist)).toBe(false);
    expect(existsSync(paths.stampFile)).toBe(false);
    recoverSwap(paths, false);
    expect(await files(paths.dist)).toEqual({ 'index.html': 'home 1', 'pagefind/pagefind.js': 'index' });
    expect(existsSync(paths.previous)).toBe(false);
    expect(await prepareStaging(paths, stampOf(paths))).toMatchObject({ trusted: false });
  });

  it('with the new site in place and the old one aside (swap-end): the old one becomes the spare copy', async () => {
    await expect(build({ 'index.html': 'home 2' }, failAt('swap-end'))).rejects.toThrow('fault at swap-end');
    recoverSwap(paths, false);
    expect(await files(paths.dist)).toEqual({ 'index.html': 'home 2', 'pagefind/pagefind.js': 'index' });
    expect(await files(paths.staging)).toEqual({ 'index.html': 'home 1', 'pagefind/pagefind.js': 'index' });
    expect(existsSync(paths.previous)).toBe(false);
    // No stamp and no mark: the next build compares everything.
    expect(stampOf(paths)).toBeUndefined();
    expect(await prepareStaging(paths, stampOf(paths))).toMatchObject({ trusted: false });
    expect(await files(paths.staging)).toEqual(await files(paths.dist));
  });

  it('before the marks (record): the site is published, the next build trusts nothing of it', async () => {
    await expect(build({ 'index.html': 'home 2' }, failAt('record'))).rejects.toThrow('fault at record');
    expect(await files(paths.dist)).toMatchObject({ 'index.html': 'home 2' });
    expect(existsSync(paths.recordTrusted)).toBe(false);
    expect(await prepareStaging(paths, stampOf(paths))).toMatchObject({ trusted: false });
  });
});

describe('the staging copy before publishing', () => {
  it('loses its empty folders and must have every page folder’s index.html, the home page and the index', async () => {
    render({ 'index.html': 'home', 'days/a/index.html': 'a' });
    mkdirSync(path.join(paths.staging, 'papers', 'gone'), { recursive: true });
    expect(await checkStaging(paths, show)).toBeUndefined();
    expect(existsSync(path.join(paths.staging, 'papers'))).toBe(false);
    put(path.join(paths.staging, 'days/b/old.txt'), 'x');
    expect(await checkStaging(paths, show)).toBe('1 page folder(s) without an index.html in dist.staging/, e.g. days/b/');
    rmSync(path.join(paths.staging, 'days/b'), { recursive: true });
    rmSync(path.join(paths.staging, 'pagefind'), { recursive: true });
    expect(await checkStaging(paths, show)).toBe('dist.staging/ has no home page or no search index');
  });
});

describe('across file systems', () => {
  it('copies the new site beside dist/ and keeps the old one there as the spare', async () => {
    await build({ 'index.html': 'home 1' });
    await prepareStaging(paths, stampOf(paths));
    render({ 'index.html': 'home 2' });
    const next = await placeBesideDist(paths, true);
    expect(next).toBe(paths.incoming);
    swapSites(paths, next);
    expect(await files(paths.dist)).toMatchObject({ 'index.html': 'home 2' });
    expect(await files(paths.incoming)).toMatchObject({ 'index.html': 'home 1' });
    expect(await files(paths.staging)).toMatchObject({ 'index.html': 'home 2' }); // the mount stays as it was
  });
});

/**
 * Builds the search index of a finished site: Pagefind bundles by period (see search-periods.ts), searched
 * together in the browser (src/client/search-archive.ts). Only paper pages are indexed, and within them only the
 * `data-pagefind-body` element, so the index holds paper text and nothing else.
 *
 * A bundle whose pages' indexed text did not change since the last build is kept as it is: a new day
 * re-indexes its own month, not the archive. Bundles are indexed `jobs` at a time within a budget of pages
 * (index-pool.ts), each in a worker with a Pagefind service of its own; bundles of closed days are capped
 * at the same number of pages, so the indexing's memory is bounded whatever the age of the archive.
 * Runs after Astro has exited (scripts/build.mjs), so Astro's memory is free by then.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BundleTask } from './index-bundle.ts';
import { INDEX_CHUNK_LOCATIONS } from './index-chunks.ts';
import { inPool } from './index-pool.ts';
import type { IndexedPage } from './read-search-pages.ts';
import { compareFor, dayNumber } from './search-keys.ts';
import { SEARCH_MANIFEST, type SearchManifest } from './search-manifest.ts';
import { ARCHIVE_FOLDER, MAX_BUNDLE_PAGES, planSearchBundles, PRIMARY_FOLDER } from './search-periods.ts';
import { SEARCH_SORT_FILE } from './search-sort-file.ts';
import { TEXTS_PER_FILE } from './search-text-files.ts';

export interface SearchIndexOptions {
  outDir: string;
  /** Folder of the pages to index, relative to the output folder. */
  pagesDir?: string;
  /** `period`: one bundle per period, merged in the browser; `none`: one bundle of everything. */
  splitBy?: 'period' | 'none';
  /** Pages in a bundle of closed days, at most; also the pages indexed at the same time (a larger bundle is indexed alone). */
  maxBundlePages?: number;
  /** Where what was read of each page is remembered between builds. */
  cacheFile?: string;
  /** Papers' search texts per file (search-text-files.ts). */
  textsPerFile?: number;
  /** Bundles indexed at the same time. */
  jobs?: number;
  /** Indexes one bundle; by default in a worker thread. */
  runBundle?: (outDir: string, bundle: BundleTask) => Promise<void>;
}

export interface SearchIndexSummary {
  bundles: number;
  rebuilt: number;
  pagesIndexed: number;
  ms: number;
}

/**
 * Runs `script` in a worker thread and resolves with the last message it sent once it exits cleanly. The
 * thread's heap goes with it: the pages' reading and each bundle's Pagefind service free their memory there.
 */
function inThread<T>(script: URL, workerData: unknown, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    let answer: T;
    const worker = new Worker(script, { workerData });
    worker.on('message', (message: T) => (answer = message));
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve(answer) : reject(new Error(`${what} stopped (exit code ${code})`))));
  });
}

/** The pages to index, read in a thread of their own (read-search-pages-worker.ts says why). */
const readInWorker = (outDir: string, pagesDir: string, cacheFile?: string) =>
  inThread<IndexedPage[]>(new URL('./read-search-pages-worker.ts', import.meta.url), { outDir, pagesDir, cacheFile }, 'reading the pages to index');

async function inWorker(outDir: string, bundle: BundleTask): Promise<void> {
  await inThread(new URL('./index-bundle-worker.ts', import.meta.url), { outDir, bundle }, `indexing ${bundle.folder}`);
}

async function readManifest(outDir: string): Promise<SearchManifest | undefined> {
  try {
    return JSON.parse(await readFile(path.join(outDir, PRIMARY_FOLDER, SEARCH_MANIFEST), 'utf8')) as SearchManifest;
  } catch {
    return undefined;
  }
}

/**
 * What a bundle's files are made by: Pagefind's version (a bundle indexed by another cannot be searched by
 * this one's pagefind.js), its chunk size, and this indexer's, raised when what it writes beside Pagefind's
 * files changes. The texts per file, a setting, join them in each bundle's hash.
 */
const INDEXER = `pagefind ${pagefindVersion()}, chunks of ${INDEX_CHUNK_LOCATIONS}, indexer 2`;

/** Pagefind's version, from the package.json above its entry point (the package does not export the file). */
function pagefindVersion(): string {
  for (let folder = path.dirname(fileURLToPath(import.meta.resolve('pagefind'))); folder !== path.dirname(folder); folder = path.dirname(folder)) {
    const file = path.join(folder, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  throw new Error('pagefind/package.json not found');
}

const bundleHash = (pages: readonly IndexedPage[], textsPerFile: number) => {
  const hash = createHash('sha256').update(`${INDEXER}, ${textsPerFile} texts a file\0`);
  for (const page of pages) hash.update(`${page.sourcePath}\0${page.hash}\0`);
  return hash.digest('base64url');
};

/** The two values of a bundle's first page in each sort's order (pages come in date order). */
function boundsOf(pages: readonly IndexedPage[]): SearchManifest['bundles'][number]['bounds'] {
  const mostUpvoted = pages.toSorted(compareFor('upvotes'))[0];
  return {
    date: pages.length ? [dayNumber(pages[0].published), pages[0].upvotes] : [0, 0],
    upvotes: mostUpvoted ? [mostUpvoted.upvotes, dayNumber(mostUpvoted.published)] : [0, 0],
  };
}

export async function buildSearchIndex({ outDir, pagesDir = 'papers', splitBy = 'period', maxBundlePages = MAX_BUNDLE_PAGES, cacheFile, textsPerFile = TEXTS_PER_FILE, jobs = 2, runBundle = inWorker }: SearchIndexOptions): Promise<SearchIndexSummary> {
  const started = performance.now();
  // Every bundle's pages in the archive's date order: Pagefind keeps it as its page order.
  const pages = (await readInWorker(outDir, pagesDir, cacheFile)).sort(compareFor('date'));
  const bySource = new Map(pages.map((page) => [page.sourcePath, page]));
  const plan = splitBy === 'none' ? [{ period: 'all', folder: PRIMARY_FOLDER, pages: pages.map((page) => page.sourcePath) }] : planSearchBundles(pages, maxBundlePages);
  if (plan.length === 0) plan.push({ period: 'empty', folder: PRIMARY_FOLDER, pages: [] });

  const previous = await readManifest(outDir);
  const manifest: SearchManifest = { bundles: [] };
  const stale: BundleTask[] = [];
  for (const bundle of plan) {
    const ofBundle = bundle.pages.map((sourcePath) => bySource.get(sourcePath)!);
    const hash = bundleHash(ofBundle, textsPerFile);
    const folder = path.join(outDir, bundle.folder);
    const kept = previous?.bundles.some((old) => old.folder === bundle.folder && old.hash === hash) && ['pagefind-entry.json', SEARCH_SORT_FILE].every((file) => existsSync(path.join(folder, file)));
    if (!kept) stale.push({ ...bundle, order: ofBundle.map(({ published, upvotes }) => ({ published, upvotes })), textsPerFile });
    manifest.bundles.push({ period: bundle.period, folder: bundle.folder, hash, pages: bundle.pages.length, bounds: boundsOf(ofBundle) });
  }
  // Largest first, so the last one to finish is a small one.
  stale.sort((a, b) => b.pages.length - a.pages.length);
  await inPool(stale.map((bundle) => ({ pages: bundle.pages.length, run: () => runBundle(outDir, bundle) })), jobs, maxBundlePages);

  // Bundles of periods that no longer exist (a closed month's days joining a bundle, deleted listings) go.
  const archive = path.join(outDir, ARCHIVE_FOLDER);
  const planned = new Set(plan.map((bundle) => bundle.folder));
  if (existsSync(archive)) {
    for (const folder of await readdir(archive)) {
      if (!planned.has(`${ARCHIVE_FOLDER}${folder}/`)) await rm(path.join(archive, folder), { recursive: true, force: true });
    }
  }
  await writeFile(path.join(outDir, PRIMARY_FOLDER, SEARCH_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  return { bundles: plan.length, rebuilt: stale.length, pagesIndexed: stale.reduce((sum, bundle) => sum + bundle.pages.length, 0), ms: performance.now() - started };
}

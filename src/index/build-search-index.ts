/**
 * Builds the search index of a finished site: Pagefind bundles by period (see search-periods.ts), searched
 * together in the browser (src/client/search-archive.ts). Only paper pages are indexed, and within them only the
 * `data-pagefind-body` element, so the index holds paper text and nothing else.
 *
 * A bundle whose pages' indexed text did not change since the last build is kept as it is: a new day
 * re-indexes its own month, not the archive. Bundles are indexed `jobs` at a time within a budget of pages
 * (index-pool.ts), each in a worker with a Pagefind service of its own; bundles of more than a month are
 * capped at the same number of pages, so the indexing's memory is bounded whatever the age of the archive.
 * Runs after Astro has exited (scripts/build.mjs), so Astro's memory is free by then.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { inPool } from './index-pool.ts';
import { readSearchPages } from './read-search-pages.ts';
import { SEARCH_MANIFEST, type SearchManifest } from './search-manifest.ts';
import { ARCHIVE_FOLDER, MAX_BUNDLE_PAGES, planSearchBundles, PRIMARY_FOLDER, type SearchBundlePlan } from './search-periods.ts';

export interface SearchIndexOptions {
  outDir: string;
  /** Folder of the pages to index, relative to the output folder. */
  pagesDir?: string;
  /** `period`: one bundle per period, merged in the browser; `none`: one bundle of everything. */
  splitBy?: 'period' | 'none';
  /** Where what was read of each page is remembered between builds. */
  cacheFile?: string;
  /** Bundles indexed at the same time. */
  jobs?: number;
  /** Pages indexed at the same time, at most (a larger bundle is indexed alone): bounds indexing memory. */
  pageBudget?: number;
  /** Indexes one bundle; by default in a worker thread. */
  runBundle?: (outDir: string, bundle: SearchBundlePlan) => Promise<void>;
}

export interface SearchIndexSummary {
  bundles: number;
  rebuilt: number;
  pagesIndexed: number;
  ms: number;
}

function inWorker(outDir: string, bundle: SearchBundlePlan): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./index-bundle-worker.ts', import.meta.url), { workerData: { outDir, bundle } });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`indexing ${bundle.folder} stopped (exit code ${code})`))));
  });
}

async function readManifest(outDir: string): Promise<SearchManifest | undefined> {
  try {
    return JSON.parse(await readFile(path.join(outDir, PRIMARY_FOLDER, SEARCH_MANIFEST), 'utf8')) as SearchManifest;
  } catch {
    return undefined;
  }
}

const bundleHash = (pages: readonly { sourcePath: string; hash: string }[]) => {
  const hash = createHash('sha256');
  for (const page of pages) hash.update(`${page.sourcePath}\0${page.hash}\0`);
  return hash.digest('base64url');
};

/** The greatest value of every sort key among the pages. */
function greatestKeys(sorts: readonly Record<string, string>[]): Record<string, string> {
  const bounds: Record<string, string> = {};
  for (const sort of sorts) for (const [name, value] of Object.entries(sort)) if (!(name in bounds) || value > bounds[name]) bounds[name] = value;
  return Object.fromEntries(Object.entries(bounds).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export async function buildSearchIndex({ outDir, pagesDir = 'papers', splitBy = 'period', cacheFile, jobs = 2, pageBudget = MAX_BUNDLE_PAGES, runBundle = inWorker }: SearchIndexOptions): Promise<SearchIndexSummary> {
  const started = performance.now();
  const pages = await readSearchPages(outDir, pagesDir, cacheFile);
  const hashOf = new Map(pages.map((page) => [page.sourcePath, page.hash]));
  const sortOf = new Map(pages.map((page) => [page.sourcePath, page.sort]));
  const plan = splitBy === 'none' ? [{ period: 'all', folder: PRIMARY_FOLDER, pages: pages.map((page) => page.sourcePath) }] : planSearchBundles(pages);
  if (plan.length === 0) plan.push({ period: 'empty', folder: PRIMARY_FOLDER, pages: [] });

  const previous = await readManifest(outDir);
  const manifest: SearchManifest = { bundles: [] };
  const stale: SearchBundlePlan[] = [];
  for (const bundle of plan) {
    const hash = bundleHash(bundle.pages.map((sourcePath) => ({ sourcePath, hash: hashOf.get(sourcePath)! })));
    const kept = previous?.bundles.some((old) => old.folder === bundle.folder && old.hash === hash) && existsSync(path.join(outDir, bundle.folder, 'pagefind-entry.json'));
    if (!kept) stale.push(bundle);
    manifest.bundles.push({ period: bundle.period, folder: bundle.folder, hash, pages: bundle.pages.length, bounds: greatestKeys(bundle.pages.map((sourcePath) => sortOf.get(sourcePath)!)) });
  }
  // Largest first, so the last one to finish is a small one.
  stale.sort((a, b) => b.pages.length - a.pages.length);
  await inPool(stale.map((bundle) => ({ pages: bundle.pages.length, run: () => runBundle(outDir, bundle) })), jobs, pageBudget);

  // Bundles of periods that no longer exist (a year whose listings were all deleted) go.
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

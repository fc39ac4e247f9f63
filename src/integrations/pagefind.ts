/**
 * Builds the Pagefind search index from the finished HTML in `astro:build:done`, through Pagefind's Node
 * API (as Starlight does). Only paper pages are indexed, and within them only the `data-pagefind-body`
 * element, so the index holds paper text and nothing else.
 *
 * The index is split into period bundles (see `index/search-periods.ts`) that the browser merges with
 * Pagefind's `mergeIndex`. A bundle whose indexed text did not change since the last build is kept as it
 * is in the output folder: a new day re-indexes its own month, not the archive. Pagefind runs one bundle
 * at a time and is restarted between bundles, so its memory is bounded by the largest bundle.
 * A failure here fails the build: a site whose search is missing is not a whole site.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { indexedDocument } from '../index/indexed-content.ts';
import { readSearchPages } from '../index/read-search-pages.ts';
import { ARCHIVE_FOLDER, planSearchBundles, PRIMARY_FOLDER, type SearchBundlePlan } from '../index/search-periods.ts';
import { SEARCH_MANIFEST, type SearchManifest } from '../index/search-manifest.ts';

export interface PagefindOptions {
  /** Folder of the pages to index, relative to the output folder. */
  pagesDir?: string;
  /** `period`: one bundle per period, merged in the browser; `none`: one bundle of everything. */
  splitBy?: 'period' | 'none';
}

// Pagefind also writes its own UI bundles; the site has its own search UI, so they are not published.
const UNUSED = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;
const READ_BATCH = 256;

async function readManifest(outDir: string): Promise<SearchManifest | undefined> {
  try {
    return JSON.parse(await readFile(path.join(outDir, PRIMARY_FOLDER, SEARCH_MANIFEST), 'utf8')) as SearchManifest;
  } catch {
    return undefined;
  }
}

/** Indexes one bundle's pages into its folder, in a Pagefind service of its own. */
async function buildBundle(outDir: string, bundle: SearchBundlePlan): Promise<void> {
  const fail = (step: string, errors: string[]): never => {
    throw new Error(`Pagefind ${step} failed for ${bundle.folder}:\n${errors.join('\n')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) return fail('startup', errors);
    for (let start = 0; start < bundle.pages.length; start += READ_BATCH) {
      const batch = bundle.pages.slice(start, start + READ_BATCH);
      const contents = await Promise.all(batch.map((sourcePath) => readFile(path.join(outDir, sourcePath), 'utf8')));
      // Handed to Pagefind in path order, whatever order the reads finished in: the same pages give the same bundle.
      const results = await Promise.all(batch.map((sourcePath, at) => index.addHTMLFile({ sourcePath, content: indexedDocument(contents[at]) })));
      results.forEach((added, at) => added.errors.length > 0 && fail(`indexing ${batch[at]}`, added.errors));
    }
    const folder = path.join(outDir, bundle.folder);
    await rm(folder, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) fail('writing', written.errors);
    for (const file of await readdir(folder)) if (UNUSED.test(file)) await rm(path.join(folder, file));
  } finally {
    await pagefind.close();
  }
}

const bundleHash = (pages: readonly { sourcePath: string; hash: string }[]) => {
  const hash = createHash('sha256');
  for (const page of pages) hash.update(`${page.sourcePath}\0${page.hash}\0`);
  return hash.digest('base64url');
};

export function pagefindIntegration({ pagesDir = 'papers', splitBy = 'period' }: PagefindOptions = {}): AstroIntegration {
  let cacheFile: string | undefined;
  return {
    name: 'paper-digest-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        // What was read of each page, beside Astro's own cache.
        cacheFile = fileURLToPath(new URL('search-pages.json', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const pages = await readSearchPages(outDir, pagesDir, cacheFile);
        const hashOf = new Map(pages.map((page) => [page.sourcePath, page.hash]));
        const plan = splitBy === 'none' ? [{ period: 'all', folder: PRIMARY_FOLDER, pages: pages.map((page) => page.sourcePath) }] : planSearchBundles(pages);
        if (plan.length === 0) plan.push({ period: 'empty', folder: PRIMARY_FOLDER, pages: [] });

        const previous = await readManifest(outDir);
        const manifest: SearchManifest = { merge: plan.slice(1).map((bundle) => bundle.folder), bundles: [] };
        let indexed = 0;
        let rebuilt = 0;
        for (const bundle of plan) {
          const hash = bundleHash(bundle.pages.map((sourcePath) => ({ sourcePath, hash: hashOf.get(sourcePath)! })));
          const kept = previous?.bundles.some((old) => old.folder === bundle.folder && old.hash === hash) && existsSync(path.join(outDir, bundle.folder, 'pagefind-entry.json'));
          if (!kept) {
            await buildBundle(outDir, bundle);
            indexed += bundle.pages.length;
            rebuilt++;
          }
          manifest.bundles.push({ period: bundle.period, folder: bundle.folder, hash, pages: bundle.pages.length });
        }
        // Bundles of periods that no longer exist (a quarter that absorbed its months) go.
        const archive = path.join(outDir, ARCHIVE_FOLDER);
        const planned = new Set(plan.map((bundle) => bundle.folder));
        if (existsSync(archive)) {
          for (const folder of await readdir(archive)) {
            if (!planned.has(`${ARCHIVE_FOLDER}${folder}/`)) await rm(path.join(archive, folder), { recursive: true, force: true });
          }
        }
        await writeFile(path.join(outDir, PRIMARY_FOLDER, SEARCH_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
        logger.info(
          `search: ${plan.length} bundle(s), ${rebuilt} rebuilt (${indexed} pages indexed), ${plan.length - rebuilt} kept, in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}

/**
 * Builds the Pagefind search index from the finished HTML in `astro:build:done`, through Pagefind's
 * Node API (as Starlight does). Only paper pages are indexed, and within them only the
 * `data-pagefind-body` element, so the index holds paper text and nothing else.
 *
 * With `splitBy: 'year'` each year of the digest (the year a paper was first listed, which never changes)
 * gets an index of its own, built and freed one at a time so indexing memory is bounded by the largest
 * year; the browser merges them with Pagefind's `mergeIndex`. Past years' index files then never change.
 * A failure here fails the build: a site whose search is missing is not a whole site.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export interface PagefindOptions {
  /** Folder of the pages to index, relative to the output folder. */
  pagesDir?: string;
  splitBy?: 'none' | 'year';
}

/** Written next to pagefind.js: the other bundles the browser merges into the primary one. */
export const MANIFEST = 'digest-indexes.json';
const PERIOD_MARK = /data-search-period="(\d{4})"/;
// Pagefind also writes its own UI bundles; the site has its own search UI, so they are not published.
const UNUSED = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((file) => file.endsWith('index.html')).sort();
}

const BATCH = 64;

/** Indexes `sourcePaths` (all pages when undefined, read by Pagefind itself) into the bundle folder `bundle`. */
async function buildBundle(outDir: string, bundle: string, pagesDir: string, sourcePaths?: string[]): Promise<number> {
  const fail = (step: string, errors: string[]): never => {
    throw new Error(`Pagefind ${step} failed for ${bundle}:\n${errors.join('\n')}`);
  };
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return fail('startup', errors);
  let count = 0;
  if (!sourcePaths) {
    const added = await index.addDirectory({ path: outDir, glob: `${pagesDir}/**/index.html` });
    if (added.errors.length > 0) fail('indexing', added.errors);
    count = added.page_count;
  } else {
    // In batches: only a batch of pages is held in memory here, the index itself lives in Pagefind.
    for (let start = 0; start < sourcePaths.length; start += BATCH) {
      await Promise.all(
        sourcePaths.slice(start, start + BATCH).map(async (sourcePath) => {
          const added = await index.addHTMLFile({ sourcePath, content: await readFile(path.join(outDir, sourcePath), 'utf8') });
          if (added.errors.length > 0) fail(`indexing ${sourcePath}`, added.errors);
        }),
      );
    }
    count = sourcePaths.length;
  }
  const written = await index.writeFiles({ outputPath: path.join(outDir, bundle) });
  if (written.errors.length > 0) fail('writing', written.errors);
  await index.deleteIndex();
  for (const file of await readdir(path.join(outDir, bundle))) {
    if (UNUSED.test(file)) await rm(path.join(outDir, bundle, file));
  }
  return count;
}

export function pagefindIntegration({ pagesDir = 'papers', splitBy = 'none' }: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'paper-digest-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const bundles = ['pagefind/'];
          let pages = 0;
          if (splitBy === 'none') {
            pages = await buildBundle(outDir, 'pagefind/', pagesDir);
          } else {
            const periods = new Map<string, string[]>();
            for (const file of await htmlFiles(path.join(outDir, pagesDir))) {
              const sourcePath = path.posix.join(pagesDir, file.split(path.sep).join('/'));
              const period = (await readFile(path.join(outDir, sourcePath), 'utf8')).match(PERIOD_MARK)?.[1];
              if (!period) throw new Error(`${sourcePath} has no data-search-period mark`);
              if (!periods.has(period)) periods.set(period, []);
              periods.get(period)!.push(sourcePath);
            }
            // The newest period is the primary bundle at pagefind/; older ones sit beside it (pagefind-2024/ …),
            // since Pagefind will not merge a bundle from inside the primary one's folder.
            const ordered = [...periods.keys()].sort().reverse();
            bundles.push(...ordered.slice(1).map((period) => `pagefind-${period}/`));
            for (const [index, period] of ordered.entries()) pages += await buildBundle(outDir, bundles[index], pagesDir, periods.get(period));
            if (ordered.length === 0) await buildBundle(outDir, 'pagefind/', pagesDir, []);
          }
          await writeFile(path.join(outDir, 'pagefind', MANIFEST), `${JSON.stringify({ merge: bundles.slice(1) })}\n`);
          logger.info(`indexed ${pages} pages into ${bundles.length} bundle(s) in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * Indexes one search bundle with Pagefind's Node API (as Starlight does): each page's indexed element
 * only, handed over in the bundle's order (the archive's date order, search-keys.ts), which Pagefind keeps
 * as its page order; then the bundle's sort file (search-sort-file.ts), which follows that order. One
 * Pagefind service per call, closed at the end, so its memory goes with it.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { CHUNK_SIZE_VARIABLE, INDEX_CHUNK_LOCATIONS } from './index-chunks.ts';
import { indexedDocument } from './indexed-content.ts';
import { maxFragmentFiles } from './search-text-files.ts';
import { SEARCH_SORT_FILE, sortFileOf } from './search-sort-file.ts';
import { PRIMARY_FOLDER, type SearchBundlePlan } from './search-periods.ts';

/** A bundle to index: its pages in order, each with what orders it. */
export interface BundleTask extends Pick<SearchBundlePlan, 'folder' | 'pages'> {
  order: readonly { published: string; upvotes: number }[];
  /** Papers' search texts per file (search-text-files.ts). */
  textsPerFile: number;
}

// Pagefind also writes its own UI bundles, the web worker that pagefind.js starts and a WebAssembly build for
// pages without a language; the site has its own search UI, runs pagefind.js in workers of its own and
// indexes English. The browser takes pagefind.js and its WebAssembly from the primary bundle alone.
const UNUSED = /^(?:pagefind-(?:component-ui|modular-ui|ui|highlight|worker)\.(?:js|css)|wasm\.unknown\.pagefind)$/;
const PRIMARY_ONLY = /^(?:pagefind\.js|wasm\.\w+\.pagefind)$/;
const BATCH = 256;

/**
 * Pagefind writes pagefind.js without whitespace but with its long names: minified, every reader's first
 * search fetches 32 kB of it instead of 47 kB. Nothing in it reads its own names (no eval, no Function.name).
 */
async function minify(file: string): Promise<void> {
  const { code } = await transform(await readFile(file, 'utf8'), { minify: true, format: 'esm', legalComments: 'inline' });
  await writeFile(file, code);
}

export async function indexBundle(outDir: string, bundle: BundleTask): Promise<void> {
  const fail = (step: string, errors: string[]): never => {
    throw new Error(`Pagefind ${step} failed for ${bundle.folder}:\n${errors.join('\n')}`);
  };
  try {
    // Read by the Pagefind service that createIndex starts (in a worker thread, this thread's copy of the environment).
    process.env[CHUNK_SIZE_VARIABLE] = String(INDEX_CHUNK_LOCATIONS);
    const maxFragments = maxFragmentFiles(bundle.pages.length, bundle.textsPerFile);
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', ...(maxFragments ? { maxFragments } : {}) });
    if (!index) return fail('startup', errors);
    for (let start = 0; start < bundle.pages.length; start += BATCH) {
      const batch = bundle.pages.slice(start, start + BATCH);
      const contents = await Promise.all(batch.map((sourcePath) => readFile(path.join(outDir, sourcePath), 'utf8')));
      const results = await Promise.all(batch.map((sourcePath, at) => index.addHTMLFile({ sourcePath, content: indexedDocument(contents[at]) })));
      results.forEach((added, at) => added.errors.length > 0 && fail(`indexing ${batch[at]}`, added.errors));
    }
    const folder = path.join(outDir, bundle.folder);
    await rm(folder, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length > 0) fail('writing', written.errors);
    const primary = bundle.folder === PRIMARY_FOLDER;
    for (const file of await readdir(folder)) if (UNUSED.test(file) || (!primary && PRIMARY_ONLY.test(file))) await rm(path.join(folder, file));
    if (primary) await minify(path.join(folder, 'pagefind.js'));
    // The sort file follows Pagefind's page list: a page Pagefind left out would shift every page after it.
    const entry = JSON.parse(await readFile(path.join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> };
    const language = entry.languages.en;
    if ((language?.page_count ?? 0) !== bundle.pages.length) fail('indexing', [`it indexed ${language?.page_count ?? 0} of ${bundle.pages.length} pages`]);
    // An empty site's bundle has no metadata: no result ever needs its sort file.
    await writeFile(path.join(folder, SEARCH_SORT_FILE), JSON.stringify(sortFileOf(language ? `pagefind.${language.hash}.pf_meta` : '', bundle.order)));
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes one search bundle with Pagefind's Node API (as Starlight does): each page's indexed element
 * only, handed over in path order so the same pages always give the same bundle. One Pagefind service per
 * call, closed at the end, so its memory goes with it.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { indexedDocument } from './indexed-content.ts';
import type { SearchBundlePlan } from './search-periods.ts';

// Pagefind also writes its own UI bundles; the site has its own search UI, so they are not published.
const UNUSED = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;
const BATCH = 256;

export async function indexBundle(outDir: string, bundle: Pick<SearchBundlePlan, 'folder' | 'pages'>): Promise<void> {
  const fail = (step: string, errors: string[]): never => {
    throw new Error(`Pagefind ${step} failed for ${bundle.folder}:\n${errors.join('\n')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
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
    for (const file of await readdir(folder)) if (UNUSED.test(file)) await rm(path.join(folder, file));
  } finally {
    await pagefind.close();
  }
}

/**
 * Every page to index, with its month and the hash of its indexed text. Reading 10,000 pages on every build
 * costs more than the new day's indexing, so what was read is remembered in `cacheFile` by path, size and
 * modification time: a page Astro did not write again is not read again.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileStats } from '../util/fs/file-stats.ts';
import { listFiles } from '../util/fs/list-files.ts';
import { indexedContent } from './indexed-content.ts';
import { SEARCH_BODY, SEARCH_MONTH } from './search-contract.ts';
import type { SearchPage } from './search-periods.ts';

export type IndexedPage = SearchPage & { hash: string; sort: Record<string, string> };
type Remembered = Record<string, [size: number, mtimeMs: number, month: string, hash: string, sort: Record<string, string>]>;

/** Pages read at once. */
const BATCH = 256;

export async function readSearchPages(outDir: string, pagesDir: string, cacheFile?: string): Promise<IndexedPage[]> {
  const sourcePaths = (await listFiles(path.join(outDir, pagesDir))).filter((file) => file.endsWith('index.html')).map((file) => path.posix.join(pagesDir, file));
  let remembered: Remembered = {};
  if (cacheFile) remembered = await readFile(cacheFile, 'utf8').then(JSON.parse, () => ({}));
  const next: Remembered = {};
  const pages: IndexedPage[] = [];
  const allStats = await fileStats(outDir, sourcePaths);
  for (let start = 0; start < sourcePaths.length; start += BATCH) {
    const batch = sourcePaths.slice(start, start + BATCH);
    const stats = allStats.slice(start, start + BATCH);
    const contents = await Promise.all(
      batch.map((sourcePath, at) => {
        const known = remembered[sourcePath];
        // Within a millisecond: the copy of a page in the other of the two site folders keeps its time that closely.
        const same = known && known.length === 5 && known[0] === stats[at].size && Math.abs(known[1] - stats[at].mtimeMs) < 1;
        return same ? undefined : readFile(path.join(outDir, sourcePath), 'utf8');
      }),
    );
    batch.forEach((sourcePath, at) => {
      const html = contents[at];
      const content = html === undefined ? { month: remembered[sourcePath][2], hash: remembered[sourcePath][3], sort: remembered[sourcePath][4] } : indexedContent(html);
      if (!content) throw new Error(`${sourcePath} has no ${SEARCH_BODY} element with a ${SEARCH_MONTH} mark`);
      next[sourcePath] = [stats[at].size, stats[at].mtimeMs, content.month, content.hash, content.sort];
      pages.push({ sourcePath, ...content });
    });
  }
  if (cacheFile) {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    await writeFile(cacheFile, JSON.stringify(next));
  }
  return pages;
}

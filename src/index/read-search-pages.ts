/**
 * Every page to index, with its place in the archive's order and the hash of its indexed text. Reading
 * 10,000 pages on every build costs more than the new day's indexing, so what was read is remembered in
 * `cacheFile` by path, size and modification time: a page Astro did not write again is not read again.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileStats } from '../util/fs/file-stats.ts';
import { listFiles } from '../util/fs/list-files.ts';
import { indexedContent } from './indexed-content.ts';
import { parseSearchOrder, SEARCH_BODY, SEARCH_ORDER, type SearchOrderFields } from './search-contract.ts';
import { paperIdOfUrl } from './search-keys.ts';
import type { SearchPage } from './search-periods.ts';

export type IndexedPage = SearchPage & SearchOrderFields & { id: string; hash: string };
type Remembered = Record<string, [size: number, mtimeMs: number, hash: string, order: string]>;

/** Pages read at once. */
const BATCH = 256;

const orderMark = ({ published, upvotes, firstListed }: SearchOrderFields) => `${published} ${upvotes} ${firstListed}`;

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
        const same = known && known.length === 4 && known[0] === stats[at].size && Math.abs(known[1] - stats[at].mtimeMs) < 1;
        return same ? undefined : readFile(path.join(outDir, sourcePath), 'utf8');
      }),
    );
    batch.forEach((sourcePath, at) => {
      const html = contents[at];
      const content = html === undefined ? { hash: remembered[sourcePath][2], order: parseSearchOrder(remembered[sourcePath][3])! } : indexedContent(html);
      if (!content) throw new Error(`${sourcePath} has no ${SEARCH_BODY} element with a ${SEARCH_ORDER} mark`);
      next[sourcePath] = [stats[at].size, stats[at].mtimeMs, content.hash, orderMark(content.order)];
      pages.push({ sourcePath, id: paperIdOfUrl(path.posix.dirname(sourcePath)), hash: content.hash, ...content.order });
    });
  }
  if (cacheFile) {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    await writeFile(cacheFile, JSON.stringify(next));
  }
  return pages;
}

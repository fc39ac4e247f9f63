// A worker thread that reads the pages to index (read-search-pages.ts) and hands back only the result: the
// files read at 100,000 pages leave some 150 MB of heap behind, which go with the thread instead of staying
// in the build's process while Pagefind indexes.
import { parentPort, workerData } from 'node:worker_threads';
import { readSearchPages } from './read-search-pages.ts';

const { outDir, pagesDir, cacheFile } = workerData as { outDir: string; pagesDir: string; cacheFile?: string };
parentPort?.postMessage(await readSearchPages(outDir, pagesDir, cacheFile));

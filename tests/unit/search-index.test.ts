// The search index's bookkeeping, with Pagefind mocked: which bundles are (re)built, which are kept, and what
// the manifest tells the browser. The real Pagefind (in worker threads) is exercised by the build and browser tests.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const indexed: { folder: string; pages: string[] }[] = [];
let skipNextPage = false;
vi.mock('pagefind', () => ({
  createIndex: async () => {
    const pages: string[] = [];
    return {
      errors: [],
      index: {
        addHTMLFile: async ({ sourcePath }: { sourcePath: string }) => {
          // As Pagefind does with a page it finds no words in: nothing indexed, no error.
          if (skipNextPage) skipNextPage = false;
          else pages.push(sourcePath);
          return { errors: [] };
        },
        writeFiles: async ({ outputPath }: { outputPath: string }) => {
          mkdirSync(outputPath, { recursive: true });
          const entry = { version: '1.6.0', languages: { en: { hash: 'en_0123456789', wasm: 'en', page_count: pages.length } } };
          writeFileSync(path.join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
          for (const file of ['pagefind-ui.js', 'pagefind-worker.js', 'pagefind.js', 'wasm.en.pagefind', 'wasm.unknown.pagefind']) writeFileSync(path.join(outputPath, file), '');
          indexed.push({ folder: outputPath, pages: [...pages] });
          return { errors: [] };
        },
      },
    };
  },
  close: async () => null,
}));

const { buildSearchIndex } = await import('../../src/index/build-search-index.ts');
const { indexBundle } = await import('../../src/index/index-bundle.ts');
const { dayNumber } = await import('../../src/index/search-keys.ts');

let out: string;
const writePaper = (id: string, month: string, title = id, published = `${month}-01`, upvotes = 1) => {
  mkdirSync(path.join(out, 'papers', id), { recursive: true });
  writeFileSync(path.join(out, 'papers', id, 'index.html'), `<main><article data-pagefind-body data-search-order="${published} ${upvotes} ${month}-02"><h1>${title}</h1></article></main>`);
};
const runHook = async () => {
  indexed.length = 0;
  // In this thread (not a worker), where Pagefind is mocked; one at a time, so the order is known.
  await buildSearchIndex({ outDir: out, jobs: 1, runBundle: indexBundle });
  return indexed.map((bundle) => path.relative(out, bundle.folder)).sort();
};
const manifest = () => JSON.parse(readFileSync(path.join(out, 'pagefind', 'digest-indexes.json'), 'utf8'));

beforeEach(() => {
  out = mkdtempSync(path.join(tmpdir(), 'pagefind-integration-'));
  writePaper('a', '2025-07');
  writePaper('b', '2025-11');
  writePaper('c', '2025-12');
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

describe('the search index', () => {
  it('builds one bundle per period and lists them for the browser, newest first', async () => {
    expect(await runHook()).toEqual(['pagefind', 'pagefind-archive/2025-07-02--2025-11-02']);
    expect(manifest().bundles.map((bundle: { folder: string }) => bundle.folder)).toEqual(['pagefind/', 'pagefind-archive/2025-07-02--2025-11-02/']);
    expect(indexed.find((bundle) => path.basename(bundle.folder) === 'pagefind')!.pages).toEqual(['papers/c/index.html']);
    // Pagefind's own UI and worker are not published; pagefind.js and its WebAssembly only in the primary bundle.
    for (const file of ['pagefind-ui.js', 'pagefind-worker.js', 'wasm.unknown.pagefind']) expect(existsSync(path.join(out, 'pagefind', file)), file).toBe(false);
    for (const file of ['pagefind.js', 'wasm.en.pagefind']) {
      expect(existsSync(path.join(out, 'pagefind', file)), file).toBe(true);
      expect(existsSync(path.join(out, 'pagefind-archive/2025-07-02--2025-11-02', file)), file).toBe(false);
    }
  });

  it("hands Pagefind each bundle's pages newest first and writes their sort file in that order", async () => {
    writePaper('d', '2025-12', 'D', '2025-11-20', 7);
    writePaper('e', '2025-12', 'E', '2025-12-01', 2);
    writePaper('f', '2025-12', 'F', '2025-12-01', 9);
    await runHook();
    const primary = indexed.find((bundle) => path.basename(bundle.folder) === 'pagefind')!;
    // Newest published first, then most upvoted (c is published on the first of December too, with 1 upvote).
    expect(primary.pages).toEqual(['papers/f/index.html', 'papers/e/index.html', 'papers/c/index.html', 'papers/d/index.html']);
    const sort = JSON.parse(readFileSync(path.join(out, 'pagefind', 'digest-sort.json'), 'utf8'));
    expect(sort).toEqual({ meta: 'pagefind.en_0123456789.pf_meta', published: [dayNumber('2025-12-01'), 0, 0, 11], upvotes: [9, 2, 1, 7] });
    expect(manifest().bundles[0].bounds).toEqual({ date: [dayNumber('2025-12-01'), 9], upvotes: [9, dayNumber('2025-12-01')] });
  });

  it('refuses a bundle that Pagefind indexed only in part: its sort file would not match', async () => {
    await expect(indexBundle(out, { folder: 'pagefind/', pages: ['papers/a/index.html'], order: [], textsPerFile: 1 })).resolves.toBeUndefined();
    skipNextPage = true;
    await expect(indexBundle(out, { folder: 'pagefind/', pages: ['papers/a/index.html', 'papers/b/index.html'], order: [], textsPerFile: 1 })).rejects.toThrow('Pagefind indexing failed for pagefind/:\nit indexed 1 of 2 pages');
  });

  it('keeps every bundle when nothing it indexes changed', async () => {
    await runHook();
    writeFileSync(path.join(out, 'papers', 'a', 'index.html'), readFileSync(path.join(out, 'papers', 'a', 'index.html'), 'utf8').replace('</main>', '<aside>related</aside></main>'));
    expect(await runHook()).toEqual([]);
  });

  it('rebuilds only the bundle of a new or changed paper', async () => {
    await runHook();
    writePaper('d', '2025-12');
    expect(await runHook()).toEqual(['pagefind']);
    writePaper('a', '2025-07', 'A new title');
    expect(await runHook()).toEqual(['pagefind-archive/2025-07-02--2025-11-02']);
  });

  it('folds last month into the bundle being filled when a new one opens', async () => {
    await runHook();
    writePaper('e', '2026-01'); // a new month: December joins the bundle being filled
    expect(await runHook()).toEqual(['pagefind', 'pagefind-archive/2025-07-02--2025-12-02']);
    expect(manifest().bundles.map((bundle: { folder: string }) => bundle.folder)).toEqual(['pagefind/', 'pagefind-archive/2025-07-02--2025-12-02/']);
    expect(existsSync(path.join(out, 'pagefind-archive', '2025-07-02--2025-11-02'))).toBe(false);
  });

  it('removes the bundles of periods that are gone', async () => {
    await runHook();
    writePaper('e', '2024-03');
    expect(await runHook()).toEqual(['pagefind-archive/2024-03-02--2025-11-02']);
    rmSync(path.join(out, 'papers', 'e'), { recursive: true }); // its listing was deleted
    expect(await runHook()).toEqual(['pagefind-archive/2025-07-02--2025-11-02']);
    expect(existsSync(path.join(out, 'pagefind-archive', '2024-03-02--2025-11-02'))).toBe(false);
    expect(manifest().bundles.map((bundle: { folder: string }) => bundle.folder)).toEqual(['pagefind/', 'pagefind-archive/2025-07-02--2025-11-02/']);
  });
});

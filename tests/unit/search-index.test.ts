// The search index's bookkeeping, with Pagefind mocked: which bundles are (re)built, which are kept, and what
// the manifest tells the browser. The real Pagefind (in worker threads) is exercised by the build and browser tests.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const indexed: { folder: string; pages: string[] }[] = [];
vi.mock('pagefind', () => ({
  createIndex: async () => {
    const pages: string[] = [];
    return {
      errors: [],
      index: {
        addHTMLFile: async ({ sourcePath }: { sourcePath: string }) => (pages.push(sourcePath), { errors: [] }),
        writeFiles: async ({ outputPath }: { outputPath: string }) => {
          mkdirSync(outputPath, { recursive: true });
          writeFileSync(path.join(outputPath, 'pagefind-entry.json'), '{}');
          writeFileSync(path.join(outputPath, 'pagefind-ui.js'), '');
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

let out: string;
const writePaper = (id: string, month: string, title = id) => {
  mkdirSync(path.join(out, 'papers', id), { recursive: true });
  writeFileSync(path.join(out, 'papers', id, 'index.html'), `<main><article data-pagefind-body data-search-month="${month}"><h1>${title}</h1></article></main>`);
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
    expect(await runHook()).toEqual(['pagefind', 'pagefind-archive/2025']);
    expect(manifest().bundles.map((bundle: { folder: string }) => bundle.folder)).toEqual(['pagefind/', 'pagefind-archive/2025/']);
    expect(indexed.find((bundle) => path.basename(bundle.folder) === 'pagefind')!.pages).toEqual(['papers/c/index.html']);
    expect(existsSync(path.join(out, 'pagefind', 'pagefind-ui.js'))).toBe(false); // Pagefind's own UI is not published
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
    expect(await runHook()).toEqual(['pagefind-archive/2025']);
  });

  it('folds last month into the year when a new one opens', async () => {
    await runHook();
    writePaper('e', '2026-01'); // a new year: 2025's December joins the rest of 2025
    expect(await runHook()).toEqual(['pagefind', 'pagefind-archive/2025']);
    expect(manifest().bundles.map((bundle: { folder: string }) => bundle.folder)).toEqual(['pagefind/', 'pagefind-archive/2025/']);
  });

  it('removes the bundles of periods that are gone', async () => {
    writePaper('e', '2024-03');
    expect(await runHook()).toEqual(['pagefind', 'pagefind-archive/2024', 'pagefind-archive/2025']);
    rmSync(path.join(out, 'papers', 'e'), { recursive: true }); // its listing was deleted
    expect(await runHook()).toEqual([]);
    expect(existsSync(path.join(out, 'pagefind-archive', '2024'))).toBe(false);
    expect(manifest().bundles.map((bundle: { folder: string }) => bundle.folder)).toEqual(['pagefind/', 'pagefind-archive/2025/']);
  });
});

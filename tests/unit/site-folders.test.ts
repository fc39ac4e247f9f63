import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyFolders, pageFoldersWithoutIndex, pruneEmptyFolders, readSiteTree } from '../../src/publish/site-folders.ts';

describe('the folders of a built site', () => {
  it('finds the outermost folders that hold no file at any depth', () => {
    const tree = {
      folders: ['days/', 'days/2025-12-09/', 'days/2026-02-20/', 'pagefind-archive/', 'pagefind-archive/2025q3/', 'papers/', 'papers/gone/', 'papers/gone/deeper/'],
      files: ['days/index.html', 'days/2025-12-09/index.html'],
    };
    expect(emptyFolders(tree)).toEqual(['days/2026-02-20/', 'pagefind-archive/', 'papers/']);
  });

  it('names page folders without their index.html, and not folders of feeds or assets', () => {
    const tree = {
      folders: ['days/', 'days/2025-12-09/', 'papers/', 'papers/x/', 'topics/', 'topics/pruning/', 'topics/pruning/2025-12/', 'weeks/', '_astro/', 'pagefind/', 'pagefind/fragment/'],
      files: ['days/index.html', 'papers/x/data.json', 'topics/pruning/index.html', 'topics/pruning/rss.xml', 'weeks/rss.xml', '_astro/a.css', 'pagefind/fragment/a.pf_fragment', 'topics/pruning/2025-12/index.html'],
    };
    expect(pageFoldersWithoutIndex(tree)).toEqual(['days/2025-12-09/', 'papers/x/']);
  });

  it('prunes the empty folders of a real folder, and keeps the rest', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'site-folders-'));
    for (const folder of ['days/2026-02-20', 'pagefind-archive/2025q3', 'papers/kept']) mkdirSync(path.join(root, folder), { recursive: true });
    writeFileSync(path.join(root, 'papers/kept/index.html'), 'x');
    const { removed, tree } = await pruneEmptyFolders(root);
    expect(removed.sort()).toEqual(['days/', 'pagefind-archive/']);
    expect(tree.folders).toEqual(['papers/', 'papers/kept/']);
    expect((await readSiteTree(root)).folders).toEqual(['papers/', 'papers/kept/']);
  });
});

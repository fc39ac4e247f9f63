// Astro's process skips writing its second copy of each page (src/publish/no-astro-page-copies.ts): run in a
// process of its own, as scripts/build.mjs runs Astro, against Astro's own incremental-build cache.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const preload = pathToFileURL(path.join(root, 'src/publish/no-astro-page-copies.ts')).href;
const astroCache = pathToFileURL(path.join(root, 'node_modules/astro/dist/core/build/incremental.js')).href;
const work = mkdtempSync(path.join(os.tmpdir(), 'page-copies-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Astro's cache writes a page's copy, then the page itself is written beside it, in a process with the preload. */
function renderOnePage(cacheDir: string, env: Record<string, string>): void {
  const script = `
    import { writeFile, mkdir } from 'node:fs/promises';
    import { IncrementalBuildCache } from ${JSON.stringify(astroCache)};
    const settings = { config: { cacheDir: new URL(${JSON.stringify(pathToFileURL(`${cacheDir}/`).href)}) } };
    const cache = IncrementalBuildCache.load(settings, 'config', 'lockfile', 'keys');
    await cache.writeOutputFile(settings, 'papers/a/index.html', '<p>copy</p>');
    await cache.writeOutputFile(settings, 'index.html', '<p>home</p>');
    await mkdir(${JSON.stringify(path.join(cacheDir, 'out', 'papers', 'a'))}, { recursive: true });
    await writeFile(${JSON.stringify(path.join(cacheDir, 'out', 'papers', 'a', 'index.html'))}, '<p>page</p>');`;
  execFileSync(process.execPath, ['--import', preload, '--input-type=module', '-e', script], { env: { ...process.env, ...env }, stdio: 'pipe' });
}

describe("Astro's second copy of each page", () => {
  it('is not written into the folder the build names, and the page itself still is', () => {
    const cacheDir = path.join(work, 'named');
    renderOnePage(cacheDir, { DIGEST_ASTRO_PAGE_COPIES: path.join(cacheDir, 'dist') });
    expect(existsSync(path.join(cacheDir, 'dist'))).toBe(false);
    expect(readFileSync(path.join(cacheDir, 'out', 'papers', 'a', 'index.html'), 'utf8')).toBe('<p>page</p>');
  });

  it('is written as Astro writes it when no folder is named (astro build run directly)', () => {
    const cacheDir = path.join(work, 'unnamed');
    renderOnePage(cacheDir, {});
    expect(readFileSync(path.join(cacheDir, 'dist', 'papers', 'a', 'index.html'), 'utf8')).toBe('<p>copy</p>');
    expect(readFileSync(path.join(cacheDir, 'dist', 'index.html'), 'utf8')).toBe('<p>home</p>');
  });
});

// `npm run build`: builds the site into a staging folder and swaps it into dist/ only when the
// whole build (pages, feeds, sitemap, search index) succeeded. A failed build leaves dist/ as it
// was and removes its partial output, so a half-built site is never published as if it were whole.
import './require-node.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
// DIST_DIR lets tests build into folders of their own; staging sits beside it so the swap is a rename.
const dist = path.resolve(root, process.env.DIST_DIR || 'dist');
const staging = `${dist}.staging`;
const previous = `${dist}.previous`;
const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

rmSync(staging, { recursive: true, force: true });
const result = spawnSync(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DIGEST_OUT_DIR: staging },
});

// The search index is the last thing written; without it the build did not finish.
const complete = result.status === 0 && existsSync(path.join(staging, 'index.html')) && existsSync(path.join(staging, 'pagefind', 'pagefind.js'));
if (!complete) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: nothing was published. ${existsSync(dist) ? 'dist/ still holds the previous complete build.' : 'dist/ was not created.'}`);
  process.exit(result.status || 1);
}

rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
console.log(`\nBuilt ${path.relative(root, dist) || '.'}/`);

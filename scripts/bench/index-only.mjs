// Indexes a built site's search from scratch, alone (as the last stage of a build does, after Astro has
// exited), so the bench can measure the indexing's own time and peak memory: every bundle is rebuilt.
//   node scripts/bench/index-only.mjs DIST
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildSearchIndex } from '../../src/index/build-search-index.ts';

const dist = path.resolve(process.argv[2]);
// Without the manifest, no bundle counts as unchanged.
rmSync(path.join(dist, 'pagefind', 'digest-indexes.json'), { force: true });
const summary = await buildSearchIndex({ outDir: dist });
console.log(`search: ${summary.bundles} bundle(s), ${summary.rebuilt} rebuilt (${summary.pagesIndexed} pages indexed), 0 kept, in ${Math.round(summary.ms)} ms`);

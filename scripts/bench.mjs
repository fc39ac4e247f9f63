// `npm run bench`: prints how long the pipeline and the whole build take on realistic generated listings.
// Figures, not assertions: compare runs on the same machine.
//   npm run bench                       pipeline at 10k/30k/100k papers, full build at 1k and 5k
//   npm run bench -- --pipeline 10000 --build 10000,30000
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDigest } from '../src/collect/build-digest.ts';
import { parseListingFile } from '../src/parse/listing-file.ts';
import { parseTaxonomy } from '../src/parse/taxonomy-file.ts';
import { generateListings } from './bench/generate-listings.mjs';

const { values } = parseArgs({ options: { pipeline: { type: 'string', default: '10000,30000,100000' }, build: { type: 'string', default: '1000,5000' } } });
const sizes = (list) => list.split(',').filter(Boolean).map(Number);
const work = path.resolve('bench/.work');
const mb = (bytes) => `${Math.round(bytes / 2 ** 20)} MB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function pipeline(papers) {
  const dir = path.join(work, `listings-${papers}`);
  const generated = generateListings({ papers, dir });
  const topics = parseTaxonomy(readFileSync('content/topics.yaml', 'utf8'), 'content/topics.yaml').topics;
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const files = readdirSync(dir).sort().map((name) => parseListingFile(name, readFileSync(path.join(dir, name)), name));
  const parsed = performance.now();
  const result = buildDigest(files, topics);
  const done = performance.now();
  if (!result.ok) throw new Error(`generated listings did not build: ${JSON.stringify(result.problems.slice(0, 3))}`);
  console.log(
    `pipeline  ${String(papers).padStart(6)} papers (${generated.days} days, ${generated.entries} entries): ` +
      `read+parse ${seconds(parsed - start)}, merge+topics+related+validate ${seconds(done - parsed)}, total ${seconds(done - start)}, ` +
      `heap +${mb(process.memoryUsage().heapUsed - heapBefore)}`,
  );
}

function build(papers) {
  const dir = path.join(work, `listings-${papers}`);
  generateListings({ papers, dir });
  const dist = path.join(work, `dist-${papers}`);
  const cache = path.join(work, `cache-${papers}`);
  rmSync(cache, { recursive: true, force: true });
  const env = { ...process.env, LISTINGS_DIR: dir, DIST_DIR: dist, DIGEST_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' };
  const run = () => {
    const start = performance.now();
    // GNU time reports the peak resident memory of the largest process (Astro or the Pagefind binary).
    const child = spawnSync('/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M', process.execPath, 'scripts/build.mjs'], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
    const elapsed = performance.now() - start;
    if (child.status !== 0) throw new Error(`build of ${papers} papers failed:\n${child.stdout.slice(-2000)}\n${child.stderr.slice(-2000)}`);
    const peak = Number(/PEAK_RSS_KB=(\d+)/.exec(child.stderr)?.[1] ?? 0) * 1024;
    const pagefind = /indexed (\d+) pages into \d+ bundle\(s\) in (\d+) ms/.exec(child.stdout);
    const pages = /(\d+) page\(s\) built/.exec(child.stdout)?.[1];
    return { elapsed, peak, pagefindMs: Number(pagefind?.[2] ?? 0), pages };
  };
  const cold = run();
  const warm = run(); // same listings again: the loader's cache and unchanged-entry digests apply
  const files = readdirSync(dist, { recursive: true }).length;
  console.log(
    `build     ${String(papers).padStart(6)} papers: cold ${seconds(cold.elapsed)} (Pagefind ${seconds(cold.pagefindMs)}), ` +
      `unchanged rebuild ${seconds(warm.elapsed)}, peak RSS ${mb(Math.max(cold.peak, warm.peak))}, ${cold.pages} pages, ${files} files in dist`,
  );
}

console.log(`Node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
for (const papers of sizes(values.pipeline)) pipeline(papers);
for (const papers of sizes(values.build)) build(papers);

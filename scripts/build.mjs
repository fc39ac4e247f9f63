// `npm run build`: builds the site and publishes it to dist/ only when the whole build succeeded.
//
// 1. One build at a time: a lock beside dist/ (a stale one, from a killed build, is taken over).
// 2. Nothing changed since the last published build (listings, taxonomy, settings, code, dependencies)?
//    Say so and stop.
// 3. Bring the staging copy (dist.staging/) up to date with dist/, copying only what the last build changed,
//    and give Astro the incremental-build record that belongs to dist/.
// 4. Astro builds into the staging copy: pages whose cacheKey is unchanged are kept, not rendered again.
// 5. Once Astro has exited, the search index: only bundles whose pages changed (src/index/build-search-index.ts).
// 6. Publish by renaming: staging becomes dist/, the old dist/ becomes the next build's staging copy.
// A failed or interrupted build publishes nothing: dist/ keeps the previous complete site.
import './require-node.mjs';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireBuildLock, BuildLockedError } from '../src/publish/build-lock.ts';
import { buildSearchIndex } from '../src/index/build-search-index.ts';
import { listingPaths } from '../src/collect/listing-paths.ts';
import { inputFingerprint } from '../src/publish/input-fingerprint.ts';
import { catchUpFolder, mirrorFolder } from '../src/publish/mirror-folder.ts';
import { scanOutput } from '../src/publish/scan-output.ts';
import { productionSettingsProblems } from '../src/settings/production-settings.ts';
import { validateSettings } from '../src/settings/validate-settings.ts';

const started = performance.now();
const root = path.resolve(import.meta.dirname, '..');
const fail = (message, code = 1) => {
  console.error(`\nBuild failed: ${message}`);
  process.exit(code);
};

// Settings first, each problem named by its variable, before anything is touched.
const settings = validateSettings(process.env);
if (!settings.ok) fail(`invalid settings:\n${settings.problems.map((problem) => `  ${problem}`).join('\n')}`);
const config = settings.config;
const notices = productionSettingsProblems(process.env);
for (const notice of notices) console.error(`${notice.level === 'error' ? 'Error' : 'Warning'}: ${notice.message}`);
if (notices.some((notice) => notice.level === 'error')) fail('the settings are not fit to publish (see above); nothing was built.');
const dist = path.resolve(root, config.distDir);
const staging = `${dist}.staging`;
const previous = `${dist}.previous`;
const cacheDir = path.resolve(root, config.cacheDir);
const astroManifest = path.join(cacheDir, 'astro', 'incremental-build.json');
const publishedDir = path.join(cacheDir, 'published');
const stampFile = path.join(publishedDir, 'build.json');
const publishedManifest = path.join(publishedDir, 'incremental-build.json');
// Written last when a build is published, removed first when one starts: while it exists, the stamp and
// Astro's record describe dist/, and dist.staging/, where there is one, is the site dist/ replaced (the last
// build wrote `stamp.written`). Without it (a build was stopped or failed), nothing kept is trusted.
const consistent = path.join(publishedDir, 'consistent');
const show = (full) => path.relative(process.cwd(), full) || '.';
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

mkdirSync(path.dirname(dist), { recursive: true });
let lock;
try {
  lock = acquireBuildLock(`${dist}.lock`);
} catch (error) {
  if (error instanceof BuildLockedError) fail(`${error.message}: wait for it, or stop it, and build again.`);
  throw error;
}
process.on('exit', () => lock.release());

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};
const isComplete = (site) => existsSync(path.join(site, 'index.html')) && existsSync(path.join(site, 'pagefind', 'pagefind.js'));

// What the output depends on. Settings are the validated config plus the environment Astro itself reads.
const fingerprint = await inputFingerprint({
  root,
  paths: [config.listingsDir, config.topicsFile, 'src', 'public', 'astro.config.mjs', 'scripts/build.mjs', 'package-lock.json', 'tsconfig.json'],
  settings: { config, dist },
});
const stamp = readJson(stampFile);
const sameDist = stamp?.dist === dist;
if (sameDist && stamp.fingerprint === fingerprint && isComplete(dist)) {
  console.log(`Nothing changed since the last build: ${show(dist)}/ is up to date (${seconds(performance.now() - started)}).`);
  process.exit(0);
}

// The staging copy must be exactly the published site, and Astro's record must describe it; when that
// cannot be known, every page is rendered again.
const trusted = sameDist && existsSync(consistent) && isComplete(dist);
rmSync(consistent, { force: true });
const fast = trusted && Array.isArray(stamp.written) && existsSync(staging);
const mirrored = fast ? await catchUpFolder(dist, staging, stamp.written) : await mirrorFolder(dist, staging);
// Bundled assets are hashed and written anew by every build: start without the old ones.
rmSync(path.join(staging, '_astro'), { recursive: true, force: true });
rmSync(astroManifest, { force: true });
if (trusted && existsSync(publishedManifest)) {
  mkdirSync(path.dirname(astroManifest), { recursive: true });
  copyFileSync(publishedManifest, astroManifest);
}
const prepared = performance.now();

const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const spawnedAt = BigInt(Date.now()) * 1_000_000n;
// DIGEST_PROFILE=folder: a CPU profile of the Astro process, to see where a build spends its time.
const profile = process.env.DIGEST_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.DIGEST_PROFILE] : [];
// V8's default heap limit (about 4 GB) is too small for the content store of a 100,000-paper archive:
// allow half the machine's memory, unless NODE_OPTIONS says otherwise.
const heap = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${Math.floor(os.totalmem() / 2 ** 20 / 2)}`];
const child = spawn(process.execPath, [...heap, ...profile, astroBin, 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DIGEST_OUT_DIR: staging, DIGEST_BUILD_PID: String(process.pid) },
});
lock.addPid(child.pid);
let stopping;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopping = signal;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    else fail(`stopped by ${signal}: nothing was published.`, 130); // Astro is done: stop indexing now
  });
}
const status = await new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
if (stopping) fail(`stopped by ${stopping}: nothing was published. ${existsSync(dist) ? `${show(dist)}/ still holds the previous complete build.` : ''}`, 130);
const nothingPublished = `nothing was published. ${existsSync(dist) ? `${show(dist)}/ still holds the previous complete build.` : `${show(dist)}/ was not created.`}`;
if (status !== 0 || !existsSync(path.join(staging, 'index.html'))) fail(nothingPublished, status || 1);
const rendered = performance.now();

// The search index, once Astro has exited and freed its memory: bundles two at a time, one per core.
let search;
try {
  search = await buildSearchIndex({ outDir: staging, splitBy: config.searchIndexSplit, cacheFile: path.join(cacheDir, 'search-pages.json') });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  fail(`the search index could not be built: ${nothingPublished}`);
}
if (stopping) fail(`stopped by ${stopping}: ${nothingPublished}`, 130);
if (!isComplete(staging)) fail(nothingPublished);
console.log(`search: ${search.bundles} bundle(s), ${search.rebuilt} rebuilt (${search.pagesIndexed} pages indexed), ${search.bundles - search.rebuilt} kept, in ${Math.round(search.ms)} ms`);
const built = performance.now();

// What this build wrote: files newer than the build's start.
const output = await scanOutput(staging, spawnedAt);
const pages = output.files.filter((file) => file.endsWith('.html'));
const renderedPages = output.written.filter((file) => file.endsWith('.html'));

// Publish: two renames. The old site becomes the next staging copy. Then the record of what was published,
// and last the mark that the record, Astro's manifest and the staging copy agree with dist/.
rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
if (existsSync(previous)) renameSync(previous, staging);

const days = (await listingPaths(path.resolve(root, config.listingsDir))).files
  .map((file) => path.basename(file).match(/^(\d{4}-\d{2}-\d{2})\.(?:txt|json)$/)?.[1])
  .filter(Boolean)
  .sort();
const papers = existsSync(path.join(dist, 'papers')) ? readdirSync(path.join(dist, 'papers')).length : 0;
const known = new Set(sameDist ? (stamp.days ?? []) : []);
const newDays = days.filter((day) => !known.has(day));
mkdirSync(publishedDir, { recursive: true });
writeFileSync(stampFile, `${JSON.stringify({ fingerprint, dist, days, papers, rendered: renderedPages, written: output.written }, null, 1)}\n`);
if (existsSync(astroManifest)) copyFileSync(astroManifest, publishedManifest);
writeFileSync(consistent, '');

const newPapers = sameDist && typeof stamp.papers === 'number' ? papers - stamp.papers : papers;
console.log(
  `\nPublished ${show(dist)}/ in ${seconds(performance.now() - started)}: ${newDays.length} new ${newDays.length === 1 ? 'day' : 'days'}, ` +
    `${newPapers >= 0 ? `${newPapers} new` : `${-newPapers} fewer`} papers (${papers} in all); ${renderedPages.length} of ${pages.length} pages rendered, ` +
    `${pages.length - renderedPages.length} kept; search: ${search.rebuilt} of ${search.bundles} bundles indexed. ` +
    `(prepare ${seconds(prepared - started)}, astro ${seconds(rendered - prepared)}, search ${seconds(built - rendered)}, publish ${seconds(performance.now() - built)}; ${mirrored.copied} files synced${fast ? '' : ' by comparison'})`,
);

// `npm run build`: builds the site and publishes it to dist/ only when the whole build succeeded.
//
// 1. One build at a time: a lock beside dist/ (a stale one, from a killed build, is taken over). A publish
//    that was cut short is finished or undone first (dist.previous/).
// 2. Nothing changed since the last published build (listings, taxonomy, settings, code, dependencies)?
//    Say so and stop.
// 3. Start Astro, and meanwhile bring the staging copy (dist.staging/) up to date with dist/: copying only
//    what the last build changed when the last build finished, by comparing every file when it did not (a
//    catch-up that was cut short is never trusted). Give Astro the incremental-build record that belongs to dist/.
// 4. Once the staging copy is ready (Astro waits for it after its content sync), Astro builds into it: pages
//    whose cacheKey is unchanged are kept, not rendered again.
// 5. Once Astro has exited, the search index: only bundles whose pages changed (src/index/build-search-index.ts).
// 6. Check the staging copy (no empty folder, no page folder without its index.html), then publish by renaming:
//    staging becomes dist/, the old dist/ becomes the next build's staging copy. Where the staging copy sits on
//    another file system than dist/, it is first copied beside dist/ (dist.incoming/), then renamed.
// 7. Record what was published, and last the marks that the record and the spare copy can be trusted.
// A failed or interrupted build publishes nothing: dist/ keeps the previous complete site. The steps of the
// publish protocol (the stamp, the marks, the staging copy, the swap, the record) are in src/publish/publish-site.ts;
// this script holds the lock, runs Astro and the indexing, and answers signals.
import './require-node.mjs';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { listingPaths } from '../src/collect/listing-paths.ts';
import { buildSearchIndex } from '../src/index/build-search-index.ts';
import { listingName } from '../src/parse/listing-format.ts';
import { STAGING_AWAITED, STAGING_READY } from '../src/integrations/staging-gate.ts';
import { acquireBuildLock, BuildLockedError } from '../src/publish/build-lock.ts';
import { faultAt, stagingLate } from '../src/publish/fault.ts';
import { folderOverlapProblems } from '../src/publish/folder-overlap.ts';
import { inputFingerprint } from '../src/publish/input-fingerprint.ts';
import { hostLimitWarnings, sizeSummary, textsPerFileHints } from '../src/publish/host-limits.ts';
import * as publish from '../src/publish/publish-site.ts';
import { scanOutput } from '../src/publish/scan-output.ts';
import { buildInputs } from '../src/settings/build-inputs.ts';
import { productionSettingsProblems } from '../src/settings/production-settings.ts';
import { validateSettings } from '../src/settings/validate-settings.ts';
import { count } from '../src/text/count.ts';

const started = performance.now();
const root = path.resolve(import.meta.dirname, '..');
const show = (full) => path.relative(process.cwd(), full) || '.';
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
// Where the build writes; a failure with one of them full says so, whichever tool ran out of space.
const writesTo = new Set();
const fullDisks = () => {
  const full = new Map(); // one folder per file system
  for (const folder of writesTo) {
    try {
      const { bavail, bsize } = statfsSync(folder);
      const { dev } = statSync(folder);
      if (bavail * bsize < 4 * 2 ** 20 && !full.has(dev)) full.set(dev, folder);
    } catch {
      // gone or unreadable: nothing to say about it
    }
  }
  return [...full.values()];
};
const fail = (message, code = 1) => {
  const full = fullDisks();
  const hint = full.length > 0 && !/ENOSPC/.test(message) ? ` The disk holding ${full.map((folder) => `${show(folder)}/`).join(' and ')} is full: free some space and build again.` : '';
  console.error(`\nBuild failed: ${message}${hint}`);
  process.exit(code);
};

// Where the build is: what a failure means for dist/ depends on it.
let phase = 'prepare';
let dist;
const outcome = () => {
  if (!dist) return 'nothing was built.';
  if (phase === 'publish') return `publishing ${show(dist)}/ was cut short between two renames: the next build completes or undoes it (${show(dist)}.previous/ holds the previous site meanwhile).`;
  if (phase === 'record') return `${show(dist)}/ was published, but the record of it could not be written: the next build renders every page again.`;
  return `nothing was published. ${existsSync(dist) ? `${show(dist)}/ still holds the previous complete build.` : `${show(dist)}/ was not created.`}`;
};
/** An error nobody foresaw still ends in one line that says what happened, and what it means for dist/. */
const failWith = (error) => {
  const code = error?.code;
  const hint = code === 'ENOSPC' ? ' (the disk is full: free some space and build again)' : code === 'EACCES' || code === 'EPERM' ? ' (no permission)' : '';
  fail(`${error instanceof Error ? error.message : String(error)}${hint}: ${outcome()}`);
};
process.on('uncaughtException', failWith);
process.on('unhandledRejection', failWith);

// Settings first, each problem named by its variable, before anything is touched.
const settings = validateSettings(process.env);
if (!settings.ok) fail(`invalid settings:\n${settings.problems.map((problem) => `  ${problem}`).join('\n')}`);
const config = settings.config;
const notices = productionSettingsProblems(process.env);
for (const notice of notices) console.error(`${notice.level === 'error' ? 'Error' : 'Warning'}: ${notice.message}`);
if (notices.some((notice) => notice.level === 'error')) fail('the settings are not fit to publish (see above); nothing was built.');
const fault = faultAt(process.env.DIGEST_FAULT);
dist = path.resolve(root, config.distDir);
const cacheDir = path.resolve(root, config.cacheDir);
const paths = publish.publishPaths(dist, cacheDir);
const { staging } = paths;
for (const folder of [path.dirname(dist), cacheDir]) writesTo.add(folder);
const overlaps = folderOverlapProblems({ dist, cacheDir, listingsDir: path.resolve(root, config.listingsDir) }, show);
if (overlaps.length > 0) fail(`invalid settings:\n${overlaps.map((problem) => `  ${problem}`).join('\n')}`);

mkdirSync(path.dirname(dist), { recursive: true });
let lock;
try {
  lock = acquireBuildLock(`${dist}.lock`);
} catch (error) {
  if (error instanceof BuildLockedError) fail(`${error.message}: wait for it, or stop it, and build again.`);
  throw error;
}
process.on('exit', () => lock.release());

// Stopping: before and during Astro, at once (Astro is told too); while dist/ is being replaced, only once
// the renames are done, so a signal never leaves a site half swapped.
let child;
let astroExited;
let stopping;
const astroRunning = () => child !== undefined && child.exitCode === null && child.signalCode === null;
const stop = (reason) => {
  stopping ??= reason;
  if (phase === 'publish' || phase === 'record') return;
  if (!astroRunning()) fail(`stopped by ${reason}: ${outcome()}`, 130);
  child.kill('SIGTERM');
  // While the staging copy is still being prepared, nothing else waits for Astro: stop once it has.
  if (phase === 'prepare') astroExited.then(() => fail(`stopped by ${reason}: ${outcome()}`, 130));
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
// `npm run build` runs this script through a shell. A SIGTERM sent to npm alone (as `docker stop` or a
// supervisor sends it) reaches that shell, which dies without passing it on: this script would go on and
// publish. So when npm started us and our parent goes, we stop as if signalled.
if (process.env.npm_lifecycle_event) {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop(`the end of the process that started the build (pid ${parent})`);
  }, 200).unref();
}

// dist/ is replaced by renaming: it cannot be a mount point itself (its parent can).
if (publish.isMountPoint(dist)) {
  fail(`${show(dist)}/ is a mount point, which cannot be replaced in one step: mount its parent folder instead, or set DIST_DIR to a folder inside the mount. ${outcome()}`);
}
writesTo.add(staging);
// The staging copy on another file system (a mount at dist.staging/): it is copied beside dist/ to publish.
const crossDevice = publish.stagingOnOtherDevice(paths);
// A publish cut short between its renames is finished or undone.
publish.recoverSwap(paths, crossDevice);

// What the output depends on. Settings are the validated config plus the environment Astro itself reads.
const fingerprint = await inputFingerprint({
  root,
  paths: buildInputs(config),
  settings: { config, dist },
});
// The stamp describes dist/ while it exists: it is removed before dist/ is replaced and written after.
const stamp = publish.stampOf(paths);
if (publish.isUpToDate(paths, stamp, fingerprint)) {
  console.log(`Nothing changed since the last build: ${show(dist)}/ is up to date (${seconds(performance.now() - started)}).`);
  process.exit(0);
}

// Astro starts at once, and the staging copy is made exactly the published site (with Astro given the record
// that describes it, or none) meanwhile: Astro's start and content sync do not touch it, and Astro waits at
// the gate (src/integrations/staging-gate.ts) until it is ready.
const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const astroStarted = performance.now();
const spawnedAt = BigInt(Date.now()) * 1_000_000n;
// DIGEST_PROFILE=folder: a CPU profile of the Astro process, to see where a build spends its time.
const profile = process.env.DIGEST_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.DIGEST_PROFILE] : [];
// V8's default heap limit (about 4 GB) is too small for the content store of a 100,000-paper archive:
// allow half the machine's memory, unless NODE_OPTIONS says otherwise.
const heap = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${Math.floor(os.totalmem() / 2 ** 20 / 2)}`];
// Loaded into Astro's process: a rename across file systems (DIST_DIR on another mount than the project)
// copies instead, and Astro's second copy of every rendered page is not written (each module says why).
const preloads = ['rename-across-devices.ts', 'no-astro-page-copies.ts'].flatMap((file) => ['--import', pathToFileURL(path.join(root, 'src/publish', file)).href]);
child = spawn(process.execPath, [...heap, ...profile, ...preloads, astroBin, 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: { ...process.env, DIGEST_OUT_DIR: staging, DIGEST_BUILD_PID: String(process.pid), DIGEST_ASTRO_PAGE_COPIES: paths.astroOutputCopy, DIGEST_STAGING_GATE: '1' },
});
astroExited = new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
lock.addPid(child.pid);

// Astro says when it waits at the gate; it is told the staging copy is ready once it is, and again when it
// says it waits (a message is never the only chance). An Astro that has failed meanwhile is not listening:
// its status says so below.
let stagingReadyAt;
const tellStagingReady = () => child.connected && child.send(STAGING_READY, () => {});
const astroAtGate = new Promise((resolve) => child.on('close', resolve).on('message', (message) => message === STAGING_AWAITED && resolve()));
astroAtGate.then(() => stagingReadyAt !== undefined && tellStagingReady());
let preparation;
try {
  if (stagingLate(process.env.DIGEST_FAULT)) await astroAtGate;
  preparation = await publish.prepareStaging(paths, stamp, fault);
} catch (error) {
  // Astro is stopped before the failure is told: nothing of it comes after the build's last line.
  if (astroRunning()) child.kill('SIGTERM');
  await astroExited;
  throw error;
}
const { fast, mirrored } = preparation;
stagingReadyAt = performance.now();
phase = 'render';
tellStagingReady();
const status = await astroExited;
if (stopping) fail(`stopped by ${stopping}: ${outcome()}`, 130);
if (status !== 0 || !existsSync(path.join(staging, 'index.html'))) fail(outcome(), status || 1);
const rendered = performance.now();
publish.removeAstroOutputCopy(paths);

// The search index, once Astro has exited and freed its memory: bundles two at a time, one per core.
phase = 'index';
let search;
try {
  // The crash test of this step leaves a bundle half written, then dies.
  const runBundle = process.env.DIGEST_FAULT?.startsWith('indexing')
    ? async (outDir, bundle) => {
        mkdirSync(path.join(outDir, bundle.folder), { recursive: true });
        writeFileSync(path.join(outDir, bundle.folder, 'pagefind-entry.json'), '{"version":');
        fault('indexing');
      }
    : undefined;
  search = await buildSearchIndex({ outDir: staging, splitBy: config.searchIndexSplit, maxBundlePages: config.searchBundlePages, textsPerFile: config.searchTextsPerFile, cacheFile: path.join(cacheDir, 'search-pages.json'), runBundle });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  fail(`the search index could not be built: ${outcome()}`);
}
if (stopping) fail(`stopped by ${stopping}: ${outcome()}`, 130);
console.log(`search: ${search.bundles} bundle(s), ${search.rebuilt} rebuilt (${search.pagesIndexed} pages indexed), ${search.bundles - search.rebuilt} kept, in ${Math.round(search.ms)} ms`);

// The site as a clean build would have it.
const problem = await publish.checkStaging(paths, show);
if (problem) fail(`${problem}: ${outcome()}`);
const built = performance.now();

// What this build wrote: files newer than the build's start.
const output = await scanOutput(staging, spawnedAt);
const pages = output.files.filter((file) => file.endsWith('.html'));
const renderedPages = output.written.filter((file) => file.endsWith('.html'));
const days = listingPaths(path.resolve(root, config.listingsDir)).files
  .map((file) => listingName(path.basename(file))?.day)
  .filter(Boolean)
  .sort();
const papers = new Set(output.files.filter((file) => /^papers\/[^/]+\/index\.html$/.test(file))).size;

// Publish: the old site steps aside, the new one takes its place, the old one becomes the spare copy. All
// synchronous from the swap to the record: no signal handler runs between two renames.
phase = 'publish';
const next = await publish.placeBesideDist(paths, crossDevice);
publish.swapSites(paths, next, fault);

// Then the record of what was published, and last the marks that it can be trusted.
phase = 'record';
const known = new Set(stamp?.days ?? []);
const newDays = days.filter((day) => !known.has(day));
publish.recordPublished(paths, { fingerprint, dist, days, papers, rendered: renderedPages, written: output.written }, fault);

const newPapers = typeof stamp?.papers === 'number' ? papers - stamp.papers : papers;
console.log(
  `\nPublished ${show(dist)}/ in ${seconds(performance.now() - started)}: ${count(newDays.length, 'new day')}, ` +
    `${newPapers >= 0 ? `${newPapers} new` : `${-newPapers} fewer`} papers (${papers} in all); ${renderedPages.length} of ${pages.length} pages rendered, ` +
    `${pages.length - renderedPages.length} kept; search: ${search.rebuilt} of ${search.bundles} bundles indexed. ` +
    `(start ${seconds(astroStarted - started)}, astro ${seconds(rendered - astroStarted)} with the staging copy ready after ${seconds(stagingReadyAt - astroStarted)}, search ${seconds(built - rendered)}, publish ${seconds(performance.now() - built)}; ${mirrored.copied} files synced${fast ? '' : ' by comparison'})`,
);
console.log(`Site: ${sizeSummary(output.size)}.`);
for (const warning of hostLimitWarnings(output.size)) console.warn(`warning: ${warning}; see "Host limits" in the README.`);
for (const hint of textsPerFileHints(output.size, papers, config.searchTextsPerFile)) console.warn(hint);
if (stopping) fail(`stopped by ${stopping} after publishing: ${show(dist)}/ holds the new complete build.`, 130);
process.exit(0);

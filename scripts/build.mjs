// `npm run build`: builds the site and publishes it to dist/ only when the whole build succeeded.
//
// 1. One build at a time: a lock beside dist/ (a stale one, from a killed build, is taken over). A publish
//    that was cut short is finished or undone first (dist.previous/).
// 2. Nothing changed since the last published build (listings, taxonomy, settings, code, dependencies)?
//    Say so and stop.
// 3. Bring the staging copy (dist.staging/) up to date with dist/: copying only what the last build changed
//    when the last build finished, by comparing every file when it did not (a catch-up that was cut short is
//    never trusted). Give Astro the incremental-build record that belongs to dist/.
// 4. Astro builds into the staging copy: pages whose cacheKey is unchanged are kept, not rendered again.
// 5. Once Astro has exited, the search index: only bundles whose pages changed (src/index/build-search-index.ts).
// 6. Check the staging copy (no empty folder, no page folder without its index.html), then publish by renaming:
//    staging becomes dist/, the old dist/ becomes the next build's staging copy. Where the staging copy sits on
//    another file system than dist/, it is first copied beside dist/ (dist.incoming/), then renamed.
// 7. Record what was published, and last the mark that the record can be trusted.
// A failed or interrupted build publishes nothing: dist/ keeps the previous complete site.
import './require-node.mjs';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { listingPaths } from '../src/collect/listing-paths.ts';
import { buildSearchIndex } from '../src/index/build-search-index.ts';
import { listingName } from '../src/parse/listing-format.ts';
import { acquireBuildLock, BuildLockedError } from '../src/publish/build-lock.ts';
import { faultAt } from '../src/publish/fault.ts';
import { inputFingerprint } from '../src/publish/input-fingerprint.ts';
import { catchUpFolder, mirrorFolder } from '../src/publish/mirror-folder.ts';
import { hostLimitWarnings, sizeSummary } from '../src/publish/host-limits.ts';
import { scanOutput } from '../src/publish/scan-output.ts';
import { pageFoldersWithoutIndex, pruneEmptyFolders } from '../src/publish/site-folders.ts';
import { buildInputs } from '../src/settings/build-inputs.ts';
import { productionSettingsProblems } from '../src/settings/production-settings.ts';
import { validateSettings } from '../src/settings/validate-settings.ts';
import { count } from '../src/util/text/count.ts';

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
const staging = `${dist}.staging`;
const previous = `${dist}.previous`;
// The copy of the staging site beside dist/, when the staging copy is on another file system.
const incoming = `${dist}.incoming`;
const cacheDir = path.resolve(root, config.cacheDir);
const astroManifest = path.join(cacheDir, 'astro', 'incremental-build.json');
const publishedDir = path.join(cacheDir, 'published');
const stampFile = path.join(publishedDir, 'build.json');
const publishedManifest = path.join(publishedDir, 'incremental-build.json');
// Written last when a build is published, removed first when one starts: while it exists, the stamp and
// Astro's record describe dist/, and dist.staging/, where there is one, is the site dist/ replaced (the last
// build wrote `stamp.written`). Without it (a build was stopped or failed), nothing kept is trusted.
const consistent = path.join(publishedDir, 'consistent');
for (const folder of [path.dirname(dist), cacheDir]) writesTo.add(folder);

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
let stopping;
const stop = (reason) => {
  stopping ??= reason;
  if (phase === 'publish' || phase === 'record') return;
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  else fail(`stopped by ${reason}: ${outcome()}`, 130);
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

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};
/** Writes a small file whole or not at all. */
const writeWhole = (file, text) => {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
};
const isComplete = (site) => existsSync(path.join(site, 'index.html')) && existsSync(path.join(site, 'pagefind', 'pagefind.js'));
const device = (folder) => statSync(folder).dev;

// dist/ is replaced by renaming: it cannot be a mount point itself (its parent can).
if (existsSync(dist) && device(dist) !== device(path.dirname(dist))) {
  fail(`${show(dist)}/ is a mount point, which cannot be replaced in one step: mount its parent folder instead, or set DIST_DIR to a folder inside the mount. ${outcome()}`);
}
writesTo.add(staging);
// The staging copy on another file system (a mount at dist.staging/): it is copied beside dist/ to publish.
// One made by the build sits beside dist/.
const crossDevice = existsSync(staging) && device(staging) !== device(path.dirname(dist));

// A publish cut short between its renames: dist/ moved aside and nothing in its place (put it back), or the
// new site in place and the old one still aside (it becomes the spare copy, untrusted).
if (existsSync(previous)) {
  const spare = crossDevice ? incoming : staging;
  if (!existsSync(dist)) renameSync(previous, dist);
  else if (!existsSync(spare) || readdirSync(spare).length === 0) {
    rmSync(spare, { recursive: true, force: true });
    renameSync(previous, spare);
  } else rmSync(previous, { recursive: true, force: true });
}

// What the output depends on. Settings are the validated config plus the environment Astro itself reads.
const fingerprint = await inputFingerprint({
  root,
  paths: buildInputs(config),
  settings: { config, dist },
});
const stamp = readJson(stampFile);
const sameDist = stamp?.dist === dist;
// The stamp describes dist/ while it exists: it is removed before dist/ is replaced and written after.
if (sameDist && stamp.fingerprint === fingerprint && isComplete(dist)) {
  console.log(`Nothing changed since the last build: ${show(dist)}/ is up to date (${seconds(performance.now() - started)}).`);
  process.exit(0);
}

const trusted = sameDist && existsSync(consistent) && isComplete(dist);

// The staging copy must be exactly the published site, and Astro's record must describe it; when that
// cannot be known, every file is compared and every page is rendered again. The mark goes first: a build
// stopped from here on leaves nothing trusted behind.
rmSync(consistent, { force: true });
const fast = trusted && Array.isArray(stamp.written);
const onCopy = (copied) => copied === 1 && fault(fast ? 'catch-up' : 'mirror');
const mirrored = fast ? await catchUpFolder(dist, staging, stamp.written, { onCopy }) : await mirrorFolder(dist, staging, { onCopy });
// Bundled assets are hashed and written anew by every build: start without the old ones.
rmSync(path.join(staging, '_astro'), { recursive: true, force: true });
rmSync(astroManifest, { force: true });
if (trusted && existsSync(publishedManifest)) {
  mkdirSync(path.dirname(astroManifest), { recursive: true });
  copyFileSync(publishedManifest, astroManifest);
}
const prepared = performance.now();

phase = 'render';
const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const spawnedAt = BigInt(Date.now()) * 1_000_000n;
// DIGEST_PROFILE=folder: a CPU profile of the Astro process, to see where a build spends its time.
const profile = process.env.DIGEST_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.DIGEST_PROFILE] : [];
// V8's default heap limit (about 4 GB) is too small for the content store of a 100,000-paper archive:
// allow half the machine's memory, unless NODE_OPTIONS says otherwise.
const heap = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${Math.floor(os.totalmem() / 2 ** 20 / 2)}`];
// A rename across file systems (DIST_DIR on another mount than the project) copies instead: see the module.
const renameAcross = ['--import', pathToFileURL(path.join(root, 'src/publish/rename-across-devices.ts')).href];
child = spawn(process.execPath, [...heap, ...profile, ...renameAcross, astroBin, 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DIGEST_OUT_DIR: staging, DIGEST_BUILD_PID: String(process.pid) },
});
lock.addPid(child.pid);
const status = await new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
if (stopping) fail(`stopped by ${stopping}: ${outcome()}`, 130);
if (status !== 0 || !existsSync(path.join(staging, 'index.html'))) fail(outcome(), status || 1);
const rendered = performance.now();

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
  search = await buildSearchIndex({ outDir: staging, splitBy: config.searchIndexSplit, cacheFile: path.join(cacheDir, 'search-pages.json'), runBundle });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  fail(`the search index could not be built: ${outcome()}`);
}
if (stopping) fail(`stopped by ${stopping}: ${outcome()}`, 130);
console.log(`search: ${search.bundles} bundle(s), ${search.rebuilt} rebuilt (${search.pagesIndexed} pages indexed), ${search.bundles - search.rebuilt} kept, in ${Math.round(search.ms)} ms`);

// The site as a clean build would have it: no empty folder (a page or bundle that went), every page folder
// with its index.html, the home page and the search index there.
const { tree } = await pruneEmptyFolders(staging);
const pageless = pageFoldersWithoutIndex(tree);
if (pageless.length > 0) fail(`${pageless.length} page folder(s) without an index.html in ${show(staging)}/, e.g. ${pageless.slice(0, 3).join(', ')}: ${outcome()}`);
if (!isComplete(staging)) fail(`${show(staging)}/ has no home page or no search index: ${outcome()}`);
const built = performance.now();

// What this build wrote: files newer than the build's start.
const output = await scanOutput(staging, spawnedAt);
const pages = output.files.filter((file) => file.endsWith('.html'));
const renderedPages = output.written.filter((file) => file.endsWith('.html'));
const days = (await listingPaths(path.resolve(root, config.listingsDir))).files
  .map((file) => listingName(path.basename(file))?.day)
  .filter(Boolean)
  .sort();
const papers = new Set(output.files.filter((file) => /^papers\/[^/]+\/index\.html$/.test(file))).size;

// Publish: the old site steps aside, the new one takes its place, the old one becomes the spare copy. All
// synchronous from here to the record: no signal handler runs between two renames.
phase = 'publish';
const next = crossDevice ? incoming : staging;
if (crossDevice) await mirrorFolder(staging, incoming);
rmSync(previous, { recursive: true, force: true });
rmSync(stampFile, { force: true }); // from here until the new one is written, dist/ may be either site
if (existsSync(dist)) renameSync(dist, previous);
fault('swap');
renameSync(next, dist);
fault('swap-end');
if (existsSync(previous)) renameSync(previous, next);

// Then the record of what was published, and last the mark that the record, Astro's manifest and the
// staging copy agree with dist/.
phase = 'record';
const known = new Set(sameDist ? (stamp.days ?? []) : []);
const newDays = days.filter((day) => !known.has(day));
mkdirSync(publishedDir, { recursive: true });
writeWhole(stampFile, `${JSON.stringify({ fingerprint, dist, days, papers, rendered: renderedPages, written: output.written }, null, 1)}\n`);
fault('record');
if (existsSync(astroManifest)) copyFileSync(astroManifest, publishedManifest);
writeFileSync(consistent, '');

const newPapers = sameDist && typeof stamp.papers === 'number' ? papers - stamp.papers : papers;
console.log(
  `\nPublished ${show(dist)}/ in ${seconds(performance.now() - started)}: ${count(newDays.length, 'new day')}, ` +
    `${newPapers >= 0 ? `${newPapers} new` : `${-newPapers} fewer`} papers (${papers} in all); ${renderedPages.length} of ${pages.length} pages rendered, ` +
    `${pages.length - renderedPages.length} kept; search: ${search.rebuilt} of ${search.bundles} bundles indexed. ` +
    `(prepare ${seconds(prepared - started)}, astro ${seconds(rendered - prepared)}, search ${seconds(built - rendered)}, publish ${seconds(performance.now() - built)}; ${mirrored.copied} files synced${fast ? '' : ' by comparison'})`,
);
console.log(`Site: ${sizeSummary(output.size)}.`);
for (const warning of hostLimitWarnings(output.size)) console.warn(`warning: ${warning}; see "Host limits" in the README.`);
if (stopping) fail(`stopped by ${stopping} after publishing: ${show(dist)}/ holds the new complete build.`, 130);
process.exit(0);

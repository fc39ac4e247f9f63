// `npm run bench`: this project beside a reference static-site build, on the same generated listings.
// Figures, not assertions: it prints one table and writes it to bench/results.md.
//
//   npm run bench                                   1k, 10k and 30k papers, ours only
//   npm run bench -- --reference ~/hugo-reference   … with the reference (a folder holding gen_listings.py and
//                                                   hugo_bench.sh: a Hugo + Pagefind build of the same listings)
//   npm run bench -- --papers 100000 --no-search    one size; skip the browser's first search
//   npm run bench -- --search-runs 1                each first search once (the median of 5 by default)
//   npm run bench -- --generator DIR                listings from DIR/gen_listings.py (the reference's generator)
//                                                   without building the reference
//   npm run bench -- --listings DIR                 a folder of real listings instead of generated ones (its
//                                                   last two days are the "new day" rebuilds)
//
// Per size, in this order so the two builds alternate on the same file system: our cold build, the reference,
// our unchanged rebuild, two rebuilds each after one new day (the second is the daily case: the first also
// fills the staging copy), the reference on those days. Everything runs in a
// copy of the project on tmpfs (/dev/shm) where there is one. Each timed run waits until nothing else runs on
// the machine (scripts/bench/quiet.mjs, at most --quiet-wait seconds); the load average at its start is printed too.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { firstSearchOurs, firstSearchPagefind } from './bench/first-search.mjs';
import { writeAsPageText } from './bench/as-page-text.mjs';
import { generateListings } from './bench/generate-listings.mjs';
import { runMeasured } from './bench/process-tree.mjs';
import { waitForQuiet } from './bench/quiet.mjs';
import { hostFit, KINDS, SITE_LIMITS, siteBreakdown } from './bench/site-breakdown.mjs';
import { TYPING_PAUSE_MS } from '../src/client/pagefind.ts';
import { listingName } from '../src/parse/listing-format.ts';
import { SETTING_VARIABLES } from '../src/settings/validate-settings.ts';

const { values } = parseArgs({
  options: {
    papers: { type: 'string', default: '1000,10000,30000' },
    reference: { type: 'string', default: process.env.BENCH_REFERENCE },
    work: { type: 'string', default: existsSync('/dev/shm') ? '/dev/shm/paper-digest-bench' : path.join(os.tmpdir(), 'paper-digest-bench') },
    out: { type: 'string', default: 'bench/results.md' },
    'no-search': { type: 'boolean', default: false },
    query: { type: 'string', default: 'reasoning' },
    generator: { type: 'string' },
    listings: { type: 'string' },
    // Seconds each timed run may wait for a quiet machine (0: start at once, as the test of the bench does).
    'quiet-wait': { type: 'string', default: '120' },
    // Each first search runs this often, in a fresh browser each time; the table gives the median run.
    'search-runs': { type: 'string', default: '5' },
  },
});
const root = path.resolve(import.meta.dirname, '..');
const work = path.resolve(values.work);
const reference = values.reference && path.resolve(values.reference);
const generator = values.generator ? path.resolve(values.generator) : reference;
const realListings = values.listings && path.resolve(values.listings);
// A real folder is one run, whatever its size.
const sizes = realListings ? [readdirSync(realListings).filter((name) => listingName(name)).length] : values.papers.split(',').filter(Boolean).map(Number);
const PER_DAY = 50;

const seconds = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const megabytes = (bytes) => (bytes === undefined ? '–' : `${(bytes / 2 ** 20).toFixed(0)} MB`);
const kilobytes = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} kB`);
const ratio = (ours, theirs) => (ours === undefined || !theirs ? '–' : `${(ours / theirs).toFixed(2)}×`);
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Timed runs that started on a busy machine (quiet.mjs waited `--quiet-wait` in vain): the report names them. */
const busyRuns = [];
/** Before each timed run: wait until nothing else runs on the machine, and say so when the wait was long or in vain. */
async function whenQuiet(label) {
  const { quiet, waitedMs, busiest } = await waitForQuiet({ timeoutMs: Number(values['quiet-wait']) * 1000 });
  if (quiet === false) {
    busyRuns.push(label);
    console.error(`warning: ${label} starts on a busy machine (up to ${busiest} other tasks running, ${seconds(waitedMs)} waited)`);
  } else if (waitedMs > 5_000) console.error(`${label}: waited ${seconds(waitedMs)} for a quiet machine`);
}

// A reference that cannot run would leave its columns empty after a long run: say so before anything runs.
// (One that fails on its way, as at 100k papers out of memory, is still left out of the table.)
if (reference) {
  const problem = !existsSync(path.join(reference, 'hugo_bench.sh'))
    ? `${reference} has no hugo_bench.sh`
    : spawnSync('hugo', ['version'], { stdio: 'ignore' }).error
      ? "it needs Hugo, which is not installed (on Debian: apt-get install -y hugo)"
      : undefined;
  if (problem) {
    console.error(`--reference: ${problem}.`);
    process.exit(2);
  }
}

const SEARCH_RUNS = Number(values['search-runs']);
if (!Number.isInteger(SEARCH_RUNS) || SEARCH_RUNS < 1) {
  console.error(`--search-runs takes a whole number of runs, 1 or more (got "${values['search-runs']}").`);
  process.exit(2);
}
/** The run of `measure` (repeated `runs` times, one after another, each on a quiet machine) whose `key` is the median. */
async function medianOf(runs, measure, key, label) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    await whenQuiet(label);
    results.push(await measure());
  }
  return results.sort((a, b) => a[key] - b[key])[Math.floor(runs / 2)];
}

/** Astro prints durations as "494ms", "7.73s" or "1m 9s". */
function duration(text) {
  if (!text) return undefined;
  const minutes = /(\d+)m/.exec(text)?.[1] ?? 0;
  const secondsPart = /([\d.]+)s\b/.exec(text)?.[1] ?? 0;
  const ms = /^([\d.]+)ms$/.exec(text.trim())?.[1];
  return ms !== undefined ? Number(ms) : (Number(minutes) * 60 + Number(secondsPart)) * 1000;
}

/** Stages of one of our builds, from its log. */
function ourStages(log) {
  const pick = (pattern) => pattern.exec(log)?.[1];
  const search = /search: (\d+) bundle\(s\), (\d+) rebuilt \((\d+) pages indexed\), \d+ kept, in (\d+) ms/.exec(log);
  const published = /Published .* in ([\d.]+) s: .*?(\d+) of (\d+) pages rendered/.exec(log);
  return {
    content: duration(pick(/\[types\] Generated ([\dms. ]+)/)),
    bundle: duration(pick(/\[vite\] ✓ built in ([\dms. ]+)/)),
    render: duration(pick(/generating static routes[\s\S]*?\d\d:\d\d:\d\d ✓ Completed in ([\dms. ]+)\./)),
    search: search ? Number(search[4]) : undefined,
    searchBundles: search ? `${search[2]} of ${search[1]}` : undefined,
    rendered: published ? Number(published[2]) : log.includes('Nothing changed') ? 0 : undefined,
    pages: published ? Number(published[3]) : undefined,
  };
}

function folderStats(folder) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files };
}

const gzipped = (file) => (existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : undefined);

/** A copy of the project to build in, on the benchmark's file system (Astro moves files within it). */
function projectCopy() {
  const copy = path.join(work, 'project');
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(path.join(copy, 'content'), { recursive: true });
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  }
  copyFileSync(path.join(root, 'content', 'topics.yaml'), path.join(copy, 'content', 'topics.yaml'));
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
  return copy;
}

/** Listings for `days` days, plus the two days after them in `next` (the one-new-day rebuilds). */
function listings(papers) {
  const days = Math.max(1, Math.round(papers / PER_DAY));
  const all = realListings ?? path.join(work, `all-${papers}`);
  if (!realListings) {
    rmSync(all, { recursive: true, force: true });
    if (generator) {
      execFileSync('python3', [path.join(generator, 'gen_listings.py'), '--days', String(days + 2), '--per-day', String(PER_DAY), '--out', all, '--end', '2025-12-10'], { stdio: 'ignore' });
    } else {
      generateListings({ papers: (days + 2) * PER_DAY, dir: all });
    }
  }
  const names = readdirSync(all).filter((name) => /^\d{4}-\d{2}-\d{2}/.test(name)).sort();
  const base = path.join(work, `listings-${papers}`);
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base);
  for (const name of names.slice(0, -2)) copyFileSync(path.join(all, name), path.join(base, name));
  return { base, next: names.slice(-2).map((name) => path.join(all, name)), latestDay: names.at(-3).slice(0, 10) };
}

/** The search index built again from scratch on the finished site, alone: its time and peak memory. */
async function indexAlone(project, env, dist, label) {
  const logFile = path.join(work, `index-${label}.log`);
  await whenQuiet(`indexing alone, ${label}`);
  const run = await runMeasured(process.execPath, [path.join(project, 'scripts', 'bench', 'index-only.mjs'), dist], { env, cwd: project, logFile });
  const log = readFileSync(logFile, 'utf8');
  if (run.status !== 0) throw new Error(`indexing alone failed, see ${logFile}:\n${log.slice(-3000)}`);
  return { ...run, ...ourStages(log) };
}

async function ourBuild(project, env, label) {
  const logFile = path.join(work, `ours-${label}.log`);
  await whenQuiet(`our ${label} build`);
  const before = load();
  const run = await runMeasured(process.execPath, [path.join(project, 'scripts', 'build.mjs')], { env, cwd: project, logFile });
  const log = readFileSync(logFile, 'utf8');
  if (run.status !== 0) throw new Error(`our ${label} build failed, see ${logFile}:\n${log.slice(-3000)}`);
  return { ...run, ...ourStages(log), load: before };
}

/** The reference build, or undefined when it failed (e.g. out of memory at 100k): the table then says so. */
async function referenceBuildOrNothing(listingsDir, label) {
  try {
    return await referenceBuild(listingsDir, label);
  } catch (error) {
    console.error(`${error.message.split('\n')[0]} (left out of the table)`);
    return undefined;
  }
}

async function referenceBuild(listingsDir, label) {
  const logFile = path.join(work, `reference-${label}.log`);
  const siteDir = path.join(work, 'reference-site');
  const env = { ...process.env, TMPFS: '1', WORK: siteDir, BENCH: path.join(work, 'reference-tools') };
  // The reference reads page text only: a folder with API JSON is written again as page text for it.
  const input = readdirSync(listingsDir).some((name) => name.endsWith('.json')) ? path.join(work, 'reference-listings') : listingsDir;
  if (input !== listingsDir) writeAsPageText(listingsDir, input);
  await whenQuiet(`the reference's ${label} build`);
  const before = load();
  const run = await runMeasured('bash', [path.join(reference, 'hugo_bench.sh'), input], { env, cwd: work, logFile });
  const log = readFileSync(logFile, 'utf8');
  if (run.status !== 0) throw new Error(`the reference build failed, see ${logFile}:\n${log.slice(-3000)}`);
  const field = (name) => Number(new RegExp(`${name}=([\\d.]+)`).exec(log)?.[1]);
  return { ...run, hugo: field('hugo_s') * 1000, pagefind: field('pagefind_s') * 1000, wall: (field('hugo_s') + field('pagefind_s')) * 1000, pages: field('pages'), site: path.join(siteDir, 'public'), load: before };
}

/** The settings the bench gives our builds itself; the environment's others reach them as they are. */
const settingsOfTheBench = (listingsDir) => ({ LISTINGS_DIR: listingsDir, DIST_DIR: path.join(work, 'dist'), CACHE_DIR: path.join(work, 'cache'), SITE_URL: 'https://digest.example.org' });

async function benchSize(papers) {
  console.error(`\n== ${papers} papers (load ${load()})`);
  const project = projectCopy();
  const { base, next, latestDay } = listings(papers);
  const own = settingsOfTheBench(base);
  const dist = own.DIST_DIR;
  for (const folder of [dist, `${dist}.staging`, own.CACHE_DIR]) rmSync(folder, { recursive: true, force: true });
  const env = { ...process.env, ...own, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', CI: '' };

  const cold = await ourBuild(project, env, `cold-${papers}`);
  console.error(`ours cold: ${seconds(cold.wallMs)}, peak ${megabytes(cold.peakRss)} (load ${cold.load})`);
  const site = folderStats(dist);
  const breakdown = siteBreakdown(dist);
  const dayPage = gzipped(path.join(dist, 'days', latestDay, 'index.html'));
  const search = values['no-search'] ? undefined : await medianOf(SEARCH_RUNS, () => firstSearchOurs(dist, values.query), 'latencyMs', `our first search, ${papers}`);
  const theirs = reference ? await referenceBuildOrNothing(base, `cold-${papers}`) : undefined;
  if (theirs) console.error(`reference: ${seconds(theirs.wall)} (hugo ${seconds(theirs.hugo)}, pagefind ${seconds(theirs.pagefind)}), peak ${megabytes(theirs.peakRss)}`);
  const theirSite = theirs && folderStats(theirs.site);
  const theirBreakdown = theirs && siteBreakdown(theirs.site);
  const theirDayPage = theirs && gzipped(path.join(theirs.site, 'days', latestDay, 'index.html'));
  const theirSearch = theirs && !values['no-search'] ? await medianOf(SEARCH_RUNS, () => firstSearchPagefind(theirs.site, values.query), 'searchMs', `the reference's first search, ${papers}`) : undefined;
  if (theirs) rmSync(path.dirname(theirs.site), { recursive: true, force: true }); // tmpfs is memory: free it for our builds

  const unchanged = await ourBuild(project, env, `unchanged-${papers}`);
  console.error(`ours unchanged: ${seconds(unchanged.wallMs)}`);
  // The first rebuild after a cold build also fills the staging copy; the daily case is the one after it.
  copyFileSync(next[0], path.join(base, path.basename(next[0])));
  const firstNewDay = await ourBuild(project, env, `first-new-day-${papers}`);
  console.error(`ours first new day after the cold build: ${seconds(firstNewDay.wallMs)} (fills the staging copy)`);
  copyFileSync(next[1], path.join(base, path.basename(next[1])));
  const newDay = await ourBuild(project, env, `new-day-${papers}`);
  console.error(`ours one new day: ${seconds(newDay.wallMs)}, ${newDay.rendered} pages rendered, search bundles rebuilt ${newDay.searchBundles}, peak ${megabytes(newDay.peakRss)}`);
  const index = await indexAlone(project, env, dist, papers);
  console.error(`search index alone: ${seconds(index.wallMs)}, ${index.searchBundles} bundles, peak ${megabytes(index.peakRss)}`);
  // Our copies of the site take memory on tmpfs, which the reference's Pagefind needs at 100k papers.
  for (const folder of [dist, `${dist}.staging`, own.CACHE_DIR]) rmSync(folder, { recursive: true, force: true });
  const theirsNewDay = reference ? await referenceBuildOrNothing(base, `new-day-${papers}`) : undefined;
  if (theirsNewDay) rmSync(path.dirname(theirsNewDay.site), { recursive: true, force: true });
  if (theirsNewDay) console.error(`reference, one new day (a full build): ${seconds(theirsNewDay.wall)}`);
  return { papers, label: realListings ? `real, ${papers} days` : papers.toLocaleString('en'), cold, site, breakdown, theirBreakdown, dayPage, search, theirs, theirSite, theirDayPage, theirSearch, unchanged, firstNewDay, newDay, theirsNewDay, index };
}

/** Papers in the archive: one page each (a real folder is counted in days). */
const papersOf = (r) => r.breakdown.get('paper pages').files;
/** "10.2 kB, 2.01 files": a kind's bytes and files per paper. */
const perPaper = (r, { bytes, files }) => `${(bytes / papersOf(r) / 1000).toFixed(1)} kB, ${(files / papersOf(r)).toFixed(2)} files`;
const fitAt = ({ share, papersAtLimit }) => `${Math.round(share * 100)} % · ${papersAtLimit.toLocaleString('en')}`;

function table(results) {
  const rows = [
    ['papers', (r) => r.papers.toLocaleString('en'), () => ''],
    ['pages (HTML)', (r) => r.cold.pages, (r) => r.theirs?.pages ?? '–'],
    ['full build, wall', (r) => seconds(r.cold.wallMs), (r) => seconds(r.theirs?.wall), (r) => ratio(r.cold.wallMs, r.theirs?.wall)],
    ['· content sync', (r) => seconds(r.cold.content), () => '–'],
    ['· bundle', (r) => seconds(r.cold.bundle), () => '–'],
    ['· render', (r) => seconds(r.cold.render), (r) => (r.theirs ? `${seconds(r.theirs.hugo)} (Hugo, all)` : '–')],
    ['· search index', (r) => seconds(r.cold.search), (r) => seconds(r.theirs?.pagefind), (r) => ratio(r.cold.search, r.theirs?.pagefind)],
    ['· other (startup, sitemap, publish)', (r) => seconds(r.cold.wallMs - (r.cold.content ?? 0) - (r.cold.bundle ?? 0) - (r.cold.render ?? 0) - (r.cold.search ?? 0)), () => '–'],
    ['peak RSS, whole process tree', (r) => megabytes(r.cold.peakRss), (r) => megabytes(r.theirs?.peakRss), (r) => ratio(r.cold.peakRss, r.theirs?.peakRss)],
    ['one new day: rebuild, wall', (r) => seconds(r.newDay.wallMs), (r) => (r.theirsNewDay ? `${seconds(r.theirsNewDay.wall)} (full build)` : '–'), (r) => ratio(r.newDay.wallMs, r.theirsNewDay?.wall)],
    ['· pages rendered', (r) => `${r.newDay.rendered} of ${r.newDay.pages}`, (r) => (r.theirsNewDay ? `${r.theirsNewDay.pages} (all)` : '–')],
    ['· search bundles rebuilt', (r) => r.newDay.searchBundles ?? '–', () => 'all'],
    ['· peak RSS', (r) => megabytes(r.newDay.peakRss), (r) => megabytes(r.theirsNewDay?.peakRss)],
    ['search index alone (every bundle), wall', (r) => seconds(r.index?.wallMs), () => '–'],
    ['· peak RSS of the indexing alone', (r) => megabytes(r.index?.peakRss), () => '–'],
    ['first new day after a cold build (fills the staging copy)', (r) => seconds(r.firstNewDay.wallMs), () => '–'],
    ['unchanged rebuild, wall', (r) => seconds(r.unchanged.wallMs), (r) => (r.theirs ? `${seconds(r.theirs.wall)} (full build)` : '–')],
    ['· pages rendered', (r) => String(r.unchanged.rendered ?? '–'), (r) => (r.theirs ? `${r.theirs.pages} (all)` : '–')],
    ['dist/ size', (r) => megabytes(r.site.bytes), (r) => megabytes(r.theirSite?.bytes), (r) => ratio(r.site.bytes, r.theirSite?.bytes)],
    ['dist/ files', (r) => r.site.files.toLocaleString('en'), (r) => r.theirSite?.files.toLocaleString('en') ?? '–'],
    ['dist/ per paper, all in', (r) => perPaper(r, r.site), (r) => (r.theirSite ? perPaper(r, r.theirSite) : '–'), (r) => ratio(r.site.bytes, r.theirSite?.bytes)],
    ...KINDS.map((kind) => [`· ${kind}`, (r) => perPaper(r, r.breakdown.get(kind)), (r) => (r.theirBreakdown ? perPaper(r, r.theirBreakdown.get(kind)) : '–')]),
    ...SITE_LIMITS.map(({ host, what }, at) => [
      `${host}, ${what === 'bytes' ? 'site size' : 'files'}: share used · papers at the limit`,
      (r) => fitAt(hostFit({ bytes: r.site.bytes, files: r.site.files, papers: papersOf(r) })[at]),
      (r) => (r.theirSite ? fitAt(hostFit({ bytes: r.theirSite.bytes, files: r.theirSite.files, papers: papersOf(r) })[at]) : '–'),
    ]),
    ['day page (50 papers), gzipped', (r) => kilobytes(r.dayPage), (r) => kilobytes(r.theirDayPage)],
    ['first search, bytes fetched', (r) => kilobytes(r.search?.bytes), (r) => kilobytes(r.theirSearch?.bytes), (r) => ratio(r.search?.bytes, r.theirSearch?.bytes)],
    ['first search, results after last keystroke', (r) => (r.search ? `${Math.round(r.search.latencyMs)} ms` : '–'), () => '–'],
    [
      `· after the typing pause (${TYPING_PAUSE_MS} ms); reference: Pagefind's search alone`,
      (r) => (r.search ? `${Math.round(r.search.latencyMs - TYPING_PAUSE_MS)} ms` : '–'),
      (r) => (r.theirSearch ? `${Math.round(r.theirSearch.searchMs)} ms` : '–'),
      (r) => ratio(r.search && r.search.latencyMs - TYPING_PAUSE_MS, r.theirSearch?.searchMs),
    ],
    ['· search bundles in the browser', (r) => r.search?.bundles ?? '–', () => '1'],
    ['load average before the cold build', (r) => r.cold.load, (r) => r.theirs?.load ?? '–'],
  ];
  const header = ['', ...results.flatMap((r) => [`ours ${r.label}`, 'reference', 'ratio'])];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const [name, ours, theirs, compare = () => ''] of rows.slice(1)) {
    lines.push(`| ${[name, ...results.flatMap((r) => [ours(r), theirs(r), compare(r)])].join(' | ')} |`);
  }
  return lines.join('\n');
}

mkdirSync(work, { recursive: true });
// The settings from the environment that reach our builds, for the report.
const settings = SETTING_VARIABLES.filter((name) => process.env[name] && !(name in settingsOfTheBench(''))).map((name) => `${name}=${process.env[name]}`);
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.type()} ${os.release()}`;
console.error(`Benchmark in ${work} on ${machine}${reference ? `; reference: ${reference}` : '; no reference (--reference DIR to compare)'}`);
const report = (results) => [
  '# Benchmark',
  '',
  `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${machine} · work folder ${work.startsWith('/dev/shm') ? 'on tmpfs' : work} · load average at the start of each build in the last row.`,
  `Listings: ${realListings ? `real days (${path.basename(realListings)}/)` : `${PER_DAY} papers a day, ${generator ? "generated by the reference's gen_listings.py" : 'generated by scripts/bench/generate-listings.mjs'}`}. Reference: ${reference ? 'Hugo + Pagefind (hugo_bench.sh), full build each time' : 'none'}. Our settings: ${settings.length ? settings.join(', ') : 'the defaults'}.`,
  '',
  table(results),
  '',
  'Ratios are ours ÷ reference (below 1 is better for us). The reference has no incremental build: its "one new day" is a full build.',
  'First search: ours types the query into /search/ in Chromium; the reference runs the same query through Pagefind\'s API and loads 20 results.',
  `Its time is Pagefind's own, from the search call to 20 results' fragments, the query's chunks fetched first (as our preload does while the reader types) and nothing drawn; times are the median of ${SEARCH_RUNS} run${SEARCH_RUNS === 1 ? '' : 's'}.`,
  `Each timed run started once nothing else was running (/proc/loadavg's running tasks, 1 s in a row; at most ${values['quiet-wait']} s of waiting)${busyRuns.length ? `, except these, on a busy machine: ${busyRuns.join('; ')}` : ''}.`,
  '',
].join('\n');
// Written after every size, so a long run that fails late keeps what it measured.
const results = [];
mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
for (const papers of sizes) {
  results.push(await benchSize(papers));
  writeFileSync(values.out, report(results));
}
console.log(report(results));

// A build never publishes unless it finished: a build stopped by a signal publishes nothing and leaves no
// process behind, and a second build in the same folder stops at once instead of racing the first.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildSite, fixtureListings, projectRoot, tempDir } from '../support/build-site.ts';

const WAIT = { timeout: 120_000, interval: 100 };

/** Starts `npm run build`'s script in a process group of its own, as a CI job or a terminal would. */
function startBuild(outDir: string, listingsDir = fixtureListings): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/build.mjs')], {
    cwd: projectRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LISTINGS_DIR: listingsDir, SITE_URL: 'https://digest.example.org', DIST_DIR: outDir, CACHE_DIR: `${outDir}-cache`, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const groupIsGone = (pgid: number) => !isAlive(-pgid);

/** A site published with one day, and a second day added to its listings: what the build under test is to publish. */
async function publishedWithNewDay(prefix: string): Promise<{ listings: string; outDir: string; before: Buffer }> {
  const work = tempDir(prefix);
  const listings = path.join(work, 'listings');
  mkdirSync(listings);
  copyFileSync(path.join(fixtureListings, '2025-12-09.txt'), path.join(listings, '2025-12-09.txt'));
  const outDir = path.join(work, 'dist');
  expect((await buildSite({ listingsDir: listings, outDir })).status).toBe(0);
  const before = readFileSync(path.join(outDir, 'index.html'));
  copyFileSync(path.join(fixtureListings, '2025-12-10.txt'), path.join(listings, '2025-12-10.txt'));
  return { listings, outDir, before };
}

/** After the stopped build, the next one publishes the new day. */
async function expectNewDayPublished(listings: string, outDir: string): Promise<void> {
  const next = await buildSite({ listingsDir: listings, outDir });
  expect(next.status, next.output).toBe(0);
  expect(existsSync(path.join(outDir, 'days/2025-12-10/index.html'))).toBe(true);
}

describe('publishing safely', () => {
  it('publishes nothing when the build is stopped mid-way, and leaves no process behind', async () => {
    const outDir = path.join(tempDir('stopped'), 'dist');
    const build = startBuild(outDir);
    // Mid-build: Astro has started writing pages into the staging copy.
    await vi.waitFor(() => expect(existsSync(path.join(`${outDir}.staging`, 'papers'))).toBe(true), WAIT);
    process.kill(-build.child.pid!, 'SIGTERM');
    expect(await build.exited).not.toBe(0);
    expect(existsSync(outDir)).toBe(false);
    expect(build.output()).toContain('nothing was published');
    await vi.waitFor(() => expect(groupIsGone(build.child.pid!)).toBe(true), WAIT);
  });

  it('keeps the previous site when only the build script is killed: its Astro process stops too', async () => {
    const { listings, outDir, before } = await publishedWithNewDay('orphan');

    const build = startBuild(outDir, listings);
    // Once Astro runs, the lock names it beside the build script; killed once Astro renders pages.
    const lockedPids = () => (JSON.parse(readFileSync(`${outDir}.lock`, 'utf8')) as { pids: number[] }).pids;
    await vi.waitFor(() => expect(lockedPids()).toHaveLength(2), WAIT);
    await vi.waitFor(() => expect(build.output()).toContain('generating static routes'), WAIT);
    const astroPid = lockedPids()[1];
    build.child.kill('SIGKILL');
    await build.exited;
    await vi.waitFor(() => expect(isAlive(astroPid)).toBe(false), WAIT);
    expect(readFileSync(path.join(outDir, 'index.html')).equals(before)).toBe(true);

    // The lock left behind is stale: the next build takes it over and publishes the new day.
    await expectNewDayPublished(listings, outDir);
  });

  it('stops Astro before it writes a page when the build script is killed while Astro waits for the staging copy', async () => {
    const { listings, outDir, before } = await publishedWithNewDay('gate');

    // Astro reaches the gate first; then the copy into the (new) staging copy kills the build script.
    const killed = await buildSite({ listingsDir: listings, outDir, env: { DIGEST_FAULT: 'staging:late,mirror:kill' } });
    expect(killed.status, killed.output).toBeNull();
    expect(killed.output).toContain('the build stopped while it prepared the staging copy: stopping too, nothing is published.');
    expect(readFileSync(path.join(outDir, 'index.html')).equals(before)).toBe(true);
    // Astro wrote nothing: not the new day's page, not its home page (the staging copy holds copies of dist/ at most).
    const staging = `${outDir}.staging`;
    expect(existsSync(path.join(staging, 'days/2025-12-10/index.html'))).toBe(false);
    if (existsSync(path.join(staging, 'index.html'))) expect(readFileSync(path.join(staging, 'index.html')).equals(before)).toBe(true);

    await expectNewDayPublished(listings, outDir);
  });

  it('refuses a second build in the same folder while the first runs, then the first one publishes', async () => {
    const outDir = path.join(tempDir('concurrent'), 'dist');
    const first = startBuild(outDir);
    await vi.waitFor(() => expect(existsSync(`${outDir}.lock`)).toBe(true), WAIT);
    const second = startBuild(outDir);
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/another build is running \(pid \d+\)/);
    expect(await first.exited).toBe(0);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(`${outDir}.lock`)).toBe(false);
  });

  it('stops when SIGTERM goes to the npm process alone (as docker stop sends it), and publishes nothing', async () => {
    const outDir = path.join(tempDir('npm-term'), 'dist');
    const npm = spawn('npm', ['run', 'build'], {
      cwd: projectRoot,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LISTINGS_DIR: fixtureListings, SITE_URL: 'https://digest.example.org', DIST_DIR: outDir, CACHE_DIR: `${outDir}-cache`, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    npm.stdout!.on('data', (chunk) => (output += chunk));
    npm.stderr!.on('data', (chunk) => (output += chunk));
    // Every writer of the pipes gone: npm, its shell, the build script and Astro.
    const closed = new Promise((resolve) => npm.on('close', resolve));
    const lockedPids = () => (JSON.parse(readFileSync(`${outDir}.lock`, 'utf8')) as { pids: number[] }).pids;
    await vi.waitFor(() => expect(lockedPids()).toHaveLength(2), WAIT);
    npm.kill('SIGTERM'); // the npm process only, not its group
    await closed;
    expect(output).toMatch(/Build failed: stopped by .*nothing was published/);
    expect(existsSync(outDir)).toBe(false);
    await vi.waitFor(() => expect(groupIsGone(npm.pid!)).toBe(true), WAIT);
  });

  it('never publishes the empty page folders a cut-short catch-up leaves in the staging copy', async () => {
    const work = tempDir('empty-folders');
    const listings = path.join(work, 'listings');
    mkdirSync(listings);
    copyFileSync(path.join(fixtureListings, '2025-12-09.txt'), path.join(listings, '2025-12-09.txt'));
    const outDir = path.join(work, 'dist');
    expect((await buildSite({ listingsDir: listings, outDir })).status).toBe(0);
    expect((await buildSite({ listingsDir: listings, outDir, env: { SEARCH_INDEX_SPLIT: 'none' } })).status).toBe(0);
    // What a catch-up killed after removing files and before removing their folders leaves behind.
    for (const folder of ['days/2025-12-01', 'papers/a-paper-that-went', 'topics/pruning/2025-11']) mkdirSync(path.join(`${outDir}.staging`, folder), { recursive: true });
    rmSync(`${outDir}-cache/published/spare-copy`);
    copyFileSync(path.join(fixtureListings, '2025-12-10.txt'), path.join(listings, '2025-12-10.txt'));
    const result = await buildSite({ listingsDir: listings, outDir });
    expect(result.status, result.output).toBe(0);
    for (const folder of ['days/2025-12-01', 'papers/a-paper-that-went', 'topics/pruning/2025-11']) expect(existsSync(path.join(outDir, folder)), folder).toBe(false);
    const papers = readdirSync(path.join(outDir, 'papers'));
    expect(papers.every((paper) => existsSync(path.join(outDir, 'papers', paper, 'index.html')))).toBe(true);
    expect(result.output).toMatch(new RegExp(`\\(${papers.length} in all\\)`));
  });

  it('leaves no empty pagefind-archive/ when a build has fewer search bundles than the last', async () => {
    const work = tempDir('fewer-bundles');
    const listings = path.join(work, 'listings');
    mkdirSync(listings);
    const weeks = path.join(path.dirname(fixtureListings), 'listings-weeks');
    // December 2025 and January 2026 sit in an archive bundle beside March 2026. Without them, none.
    for (const name of readdirSync(weeks)) copyFileSync(path.join(weeks, name), path.join(listings, name));
    const outDir = path.join(work, 'dist');
    expect((await buildSite({ listingsDir: listings, outDir })).status).toBe(0);
    expect(readdirSync(path.join(outDir, 'pagefind-archive')).length).toBeGreaterThan(0);
    for (const name of ['2025-12-28.json', '2026-01-04.json']) rmSync(path.join(listings, name));
    const result = await buildSite({ listingsDir: listings, outDir });
    expect(result.status, result.output).toBe(0);
    expect(existsSync(path.join(outDir, 'pagefind-archive'))).toBe(false);
  });
});

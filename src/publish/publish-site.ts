/**
 * The publish protocol: how a build in a staging copy replaces the published site, and what is kept so the
 * next build can trust it. `scripts/build.mjs` runs these steps in order around Astro and the search index.
 *
 * - The stamp (`published/build.json`): what dist/ holds (fingerprint of the inputs, days, papers, files
 *   written). It is removed before dist/ is replaced and written after, so while it exists it describes dist/.
 * - Two marks, written last when a build is published. `published/record-trusted`: the stamp and Astro's
 *   record describe dist/; removed when a build starts to replace dist/, so without it (a publish cut short)
 *   every page is rendered again. `published/spare-copy`: the staging copy, where there is one, differs from
 *   dist/ only by `stamp.written` (it is the site dist/ replaced, or across file systems dist/ itself);
 *   removed when a build starts to change the staging copy, so without it (a build stopped or failed before
 *   publishing) every file of the staging copy is compared with dist/, and the pages Astro's record names
 *   are still kept.
 * - The swap: the old site steps aside (dist.previous/), the new one takes its place, the old one becomes the
 *   next build's staging copy. Where the staging copy sits on another file system than dist/, it is first
 *   copied beside dist/ (dist.incoming/), then renamed. A swap cut short is finished or undone by the next
 *   build (`recoverSwap`).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomicSync } from '../util/fs/write-file-atomic.ts';
import type { FaultStep } from './fault.ts';
import { catchUpFolder, mirrorFolder, type MirrorResult } from './mirror-folder.ts';
import { pageFoldersWithoutIndex, pruneEmptyFolders } from './site-folders.ts';

export type Fault = (step: FaultStep) => void;
const noFault: Fault = () => {};

/** Every folder and file of the protocol, from where the site is published and where the cache is. */
export interface PublishPaths {
  dist: string;
  /** Where Astro builds: a copy of dist/ brought up to date first. */
  staging: string;
  /** dist/ while it steps aside during the swap. */
  previous: string;
  /** The copy of the staging site beside dist/, when the staging copy is on another file system. */
  incoming: string;
  /** Astro's incremental-build record, as Astro reads and writes it. */
  astroManifest: string;
  /**
   * Astro's own copy of every page it renders, which it restores a kept page from when the output lacks it.
   * The staging copy always holds every kept page, so the copy is never read: our builds do not write it
   * (no-astro-page-copies.ts), and one left by `astro build` run directly is removed after each build.
   */
  astroOutputCopy: string;
  /** What was published: the stamp, Astro's record of it, and the marks. */
  publishedDir: string;
  stampFile: string;
  publishedManifest: string;
  recordTrusted: string;
  spareCopy: string;
  /** The one mark of earlier versions, which trusted the record and the spare copy at once. */
  legacyMark: string;
}

export function publishPaths(dist: string, cacheDir: string): PublishPaths {
  const publishedDir = path.join(cacheDir, 'published');
  return {
    dist,
    staging: `${dist}.staging`,
    previous: `${dist}.previous`,
    incoming: `${dist}.incoming`,
    astroManifest: path.join(cacheDir, 'astro', 'incremental-build.json'),
    astroOutputCopy: path.join(cacheDir, 'astro', 'dist'),
    publishedDir,
    stampFile: path.join(publishedDir, 'build.json'),
    publishedManifest: path.join(publishedDir, 'incremental-build.json'),
    recordTrusted: path.join(publishedDir, 'record-trusted'),
    spareCopy: path.join(publishedDir, 'spare-copy'),
    legacyMark: path.join(publishedDir, 'consistent'),
  };
}

/** The record of a published build. */
export interface Stamp {
  fingerprint: string;
  dist: string;
  days: string[];
  papers: number;
  /** Pages rendered by that build. */
  rendered: string[];
  /** Files that build wrote, relative to the site. */
  written: string[];
}

/** A site with its home page and its search index. */
export const isComplete = (site: string) => existsSync(path.join(site, 'index.html')) && existsSync(path.join(site, 'pagefind', 'pagefind.js'));

const device = (folder: string) => statSync(folder).dev;

/** dist/ is replaced by renaming: it cannot be a mount point itself (its parent can). */
export function isMountPoint(dist: string): boolean {
  return existsSync(dist) && device(dist) !== device(path.dirname(dist));
}

/** The staging copy on another file system (a mount at dist.staging/); one made by the build sits beside dist/. */
export function stagingOnOtherDevice(paths: PublishPaths): boolean {
  return existsSync(paths.staging) && device(paths.staging) !== device(path.dirname(paths.dist));
}

/** Where the new site waits to be renamed into place: the staging copy, or its copy beside dist/. */
const waitingSite = (paths: PublishPaths, crossDevice: boolean) => (crossDevice ? paths.incoming : paths.staging);

/**
 * A swap cut short between its renames: dist/ moved aside and nothing in its place (put it back), or the
 * new site in place and the old one still aside (it becomes the spare copy, untrusted: the marks are gone).
 */
export function recoverSwap(paths: PublishPaths, crossDevice: boolean): void {
  if (!existsSync(paths.previous)) return;
  const spare = waitingSite(paths, crossDevice);
  if (!existsSync(paths.dist)) renameSync(paths.previous, paths.dist);
  else if (!existsSync(spare) || readdirSync(spare).length === 0) {
    rmSync(spare, { recursive: true, force: true });
    renameSync(paths.previous, spare);
  } else rmSync(paths.previous, { recursive: true, force: true });
}

export function readStamp(paths: PublishPaths): Partial<Stamp> | undefined {
  try {
    return JSON.parse(readFileSync(paths.stampFile, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The stamp, when it describes this dist/. */
export function stampOf(paths: PublishPaths): Partial<Stamp> | undefined {
  const stamp = readStamp(paths);
  return stamp?.dist === paths.dist ? stamp : undefined;
}

/** Nothing changed since the last published build (`stamp`, from `stampOf`), and dist/ is whole. */
export function isUpToDate(paths: PublishPaths, stamp: Partial<Stamp> | undefined, fingerprint: string): boolean {
  return stamp?.fingerprint === fingerprint && isComplete(paths.dist);
}

/** Astro's copy of the pages it rendered, which no build reads (see PublishPaths): one site less on disk and in a CI cache. */
export function removeAstroOutputCopy(paths: PublishPaths): void {
  rmSync(paths.astroOutputCopy, { recursive: true, force: true });
}

export interface Prepared {
  /** Astro's record was known to describe dist/: kept pages are kept. */
  trusted: boolean;
  /** The staging copy was caught up from the stamp's list of written files rather than by comparing every file. */
  fast: boolean;
  mirrored: MirrorResult;
}

/**
 * Makes the staging copy exactly the published site, and gives Astro the record that describes it, or none
 * when that cannot be known (every page is rendered again). The staging copy's mark goes first: a build
 * stopped from here on leaves a staging copy that the next build compares file by file.
 */
export async function prepareStaging(paths: PublishPaths, stamp: Partial<Stamp> | undefined = stampOf(paths), fault: Fault = noFault): Promise<Prepared> {
  const trusted = stamp !== undefined && existsSync(paths.recordTrusted) && isComplete(paths.dist);
  const spare = existsSync(paths.spareCopy);
  rmSync(paths.spareCopy, { force: true });
  // An earlier version, run on this cache after this build, would trust that mark for both: it goes.
  rmSync(paths.legacyMark, { force: true });
  // The catch-up needs the spare copy as the last build left it (the site before dist/); without it (a cache
  // that kept dist/ alone, or a build stopped after it changed the staging copy) every file is compared.
  const fast = trusted && spare && Array.isArray(stamp.written) && isComplete(paths.staging);
  const onCopy = (copied: number) => {
    if (copied === 1) fault(fast ? 'catch-up' : 'mirror');
  };
  const mirrored = fast ? await catchUpFolder(paths.dist, paths.staging, stamp.written!, { onCopy }) : await mirrorFolder(paths.dist, paths.staging, { onCopy });
  // Bundled assets are hashed and written anew by every build: start without the old ones.
  rmSync(path.join(paths.staging, '_astro'), { recursive: true, force: true });
  rmSync(paths.astroManifest, { force: true });
  if (trusted && existsSync(paths.publishedManifest)) {
    mkdirSync(path.dirname(paths.astroManifest), { recursive: true });
    copyFileSync(paths.publishedManifest, paths.astroManifest);
  }
  return { trusted, fast, mirrored };
}

/**
 * The staging copy as a clean build would have it: no empty folder (a page or bundle that went), every page
 * folder with its index.html, the home page and the search index there. Returns what is wrong, if anything.
 */
export async function checkStaging(paths: PublishPaths, show: (full: string) => string): Promise<string | undefined> {
  const { tree } = await pruneEmptyFolders(paths.staging);
  const pageless = pageFoldersWithoutIndex(tree);
  if (pageless.length > 0) return `${pageless.length} page folder(s) without an index.html in ${show(paths.staging)}/, e.g. ${pageless.slice(0, 3).join(', ')}`;
  if (!isComplete(paths.staging)) return `${show(paths.staging)}/ has no home page or no search index`;
  return undefined;
}

/** Across file systems, the new site is first copied beside dist/; returns where it waits to be renamed. */
export async function placeBesideDist(paths: PublishPaths, crossDevice: boolean): Promise<string> {
  if (crossDevice) await mirrorFolder(paths.staging, paths.incoming);
  return waitingSite(paths, crossDevice);
}

/**
 * The swap, synchronous so that no signal handler runs between two renames: the old site steps aside, the
 * new one (`next`, from `placeBesideDist`) takes its place, the old one takes the new one's place as the
 * spare copy.
 */
export function swapSites(paths: PublishPaths, next: string, fault: Fault = noFault): void {
  rmSync(paths.previous, { recursive: true, force: true });
  // From here until the new ones are written, dist/ may be either site.
  rmSync(paths.recordTrusted, { force: true });
  rmSync(paths.stampFile, { force: true });
  if (existsSync(paths.dist)) renameSync(paths.dist, paths.previous);
  fault('swap');
  renameSync(next, paths.dist);
  fault('swap-end');
  if (existsSync(paths.previous)) renameSync(paths.previous, next);
}

/** The record of what was published, and last the marks that the record, Astro's manifest and the spare copy agree with dist/. */
export function recordPublished(paths: PublishPaths, stamp: Stamp, fault: Fault = noFault): void {
  mkdirSync(paths.publishedDir, { recursive: true });
  writeFileAtomicSync(paths.stampFile, `${JSON.stringify(stamp, null, 1)}\n`);
  fault('record');
  if (existsSync(paths.astroManifest)) copyFileSync(paths.astroManifest, paths.publishedManifest);
  writeFileSync(paths.spareCopy, '');
  writeFileSync(paths.recordTrusted, '');
}

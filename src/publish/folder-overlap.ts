/**
 * The folders a build writes must not nest with the listings folder it reads. A site inside the listings
 * folder is read back as listings by the next build (its data files are named by day, like listings), and
 * listings inside the site, its copies or the cache are moved away or removed with them.
 */
import { DEFAULT_LISTINGS_DIR } from '../settings/validate-settings.ts';
import { isInside } from '../util/fs/is-inside.ts';
import { publishPaths } from './publish-site.ts';

export interface BuildFolders {
  /** Absolute paths, as the build resolves DIST_DIR, CACHE_DIR and LISTINGS_DIR. */
  dist: string;
  cacheDir: string;
  listingsDir: string;
}

/** One line per written folder that holds the listings folder or lies inside it; `show` gives a folder as the user sees it. */
export function folderOverlapProblems(folders: BuildFolders, show: (folder: string) => string): string[] {
  const { dist, staging, previous, incoming } = publishPaths(folders.dist, folders.cacheDir);
  const written = [
    { folder: dist, what: 'the site', variable: 'DIST_DIR' },
    { folder: staging, what: "the site's staging copy", variable: 'DIST_DIR' },
    { folder: previous, what: "the site's previous copy", variable: 'DIST_DIR' },
    { folder: incoming, what: "the site's incoming copy", variable: 'DIST_DIR' },
    { folder: folders.cacheDir, what: 'the build cache', variable: 'CACHE_DIR' },
  ];
  const listings = folders.listingsDir;
  const problems: string[] = [];
  for (const { folder, what, variable } of written) {
    if (isInside(folder, listings)) {
      problems.push(`LISTINGS_DIR (${show(listings)}) is inside ${what} (${show(folder)}/, from ${variable}): the build replaces that folder and would lose the listings; keep them apart, e.g. LISTINGS_DIR=${DEFAULT_LISTINGS_DIR}`);
    } else if (isInside(listings, folder)) {
      problems.push(`${variable} puts ${what} (${show(folder)}/) inside LISTINGS_DIR (${show(listings)}): the next build would read its files as listings; keep them apart, e.g. LISTINGS_DIR=${DEFAULT_LISTINGS_DIR}`);
    }
  }
  return problems;
}

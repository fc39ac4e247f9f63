/**
 * The folders a build writes must not nest with the listings folder it reads. A site inside the listings
 * folder is read back as listings by the next build (its data files are named by day, like listings), and
 * listings inside the site, its copies or the cache are moved away or removed with them. Nor may the site
 * and the cache nest: the site's folders are moved aside by renaming, a cache inside one with them, and the
 * build removes Astro's page copies from the cache, a site among them too.
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

/** One line per written folder that holds the listings folder or lies inside it, and per site folder nested with the cache; `show` gives a folder as the user sees it. */
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
  const cache = folders.cacheDir;
  const apart = 'keep them side by side, as dist/ and .digest-cache/ are by default';
  for (const { folder, what } of written.filter(({ variable }) => variable === 'DIST_DIR')) {
    if (isInside(folder, cache)) {
      problems.push(`CACHE_DIR (${show(cache)}) is inside ${what} (${show(folder)}/, from DIST_DIR): the build moves that folder aside and the cache would go with it; ${apart}`);
    } else if (isInside(cache, folder)) {
      problems.push(`DIST_DIR puts ${what} (${show(folder)}/) inside CACHE_DIR (${show(cache)}): the build removes parts of the cache and could remove the site; ${apart}`);
    }
  }
  return problems;
}

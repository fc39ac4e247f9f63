/**
 * The listing files under a folder, sub-folders included, following symbolic links (people keep listings
 * in another checkout and link them in) to files and to folders; a link cycle is walked once. Hidden
 * entries and notes (`isIgnoredListingName`) are left out. A link to nothing is returned apart, so the
 * build can name it instead of saying the folder has no listings.
 */
import { readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isIgnoredListingName } from '../parse/listing-file.ts';

export interface ListingPaths {
  /** Full paths (joined onto the folder, links not resolved), sorted. */
  files: string[];
  /** Links whose target does not exist, with where they point. */
  broken: { file: string; target: string }[];
}

/** What a link points to; undefined when that cannot be reached (missing, a loop, no permission). */
function targetOf(link: string) {
  try {
    return statSync(link);
  } catch {
    return undefined;
  }
}

export function listingPaths(folder: string): ListingPaths {
  const files: string[] = [];
  const broken: ListingPaths['broken'] = [];
  const walk = (dir: string, seen: ReadonlySet<string>): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = targetOf(full);
        if (!target) {
          if (!isIgnoredListingName(entry.name)) broken.push({ file: full, target: readlinkSync(full) });
          continue;
        }
        [isDirectory, isFile] = [target.isDirectory(), target.isFile()];
      }
      if (isDirectory) {
        const real = realpathSync(full);
        if (!seen.has(real)) walk(full, new Set([...seen, real]));
      } else if (isFile && !isIgnoredListingName(entry.name)) files.push(full);
    }
  };
  walk(folder, new Set([realpathSync(folder)]));
  files.sort();
  return { files, broken };
}

/**
 * The listing files under a folder, sub-folders included, following symbolic links (people keep listings
 * in another checkout and link them in) to files and to folders; a link cycle is walked once. Hidden
 * entries and notes (`isIgnoredListingName`) are left out. A link to nothing is returned apart, so the
 * build can name it instead of saying the folder has no listings.
 */
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isIgnoredListingName } from '../parse/listing-file.ts';

export interface ListingPaths {
  /** Full paths (joined onto the folder, links not resolved), sorted. */
  files: string[];
  /** Links whose target does not exist, with where they point. */
  broken: { file: string; target: string }[];
}

export async function listingPaths(folder: string): Promise<ListingPaths> {
  const files: string[] = [];
  const broken: ListingPaths['broken'] = [];
  const walk = async (dir: string, seen: ReadonlySet<string>): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => undefined);
        if (!target) {
          if (!isIgnoredListingName(entry.name)) broken.push({ file: full, target: await readlink(full) });
          continue;
        }
        [isDirectory, isFile] = [target.isDirectory(), target.isFile()];
      }
      if (isDirectory) {
        const real = await realpath(full);
        if (!seen.has(real)) await walk(full, new Set([...seen, real]));
      } else if (isFile && !isIgnoredListingName(entry.name)) files.push(full);
    }
  };
  await walk(folder, new Set([await realpath(folder)]));
  files.sort();
  return { files, broken };
}

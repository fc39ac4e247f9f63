/** Removes files under a folder, then the folders that leaves empty, deepest first, up to the folder itself. */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** `files` are relative to `root`; one already gone is no error. */
export async function removeFiles(root: string, files: Iterable<string>): Promise<void> {
  const top = path.resolve(root); // no trailing separator
  const folders = new Set<string>();
  for (const file of files) {
    await rm(path.join(top, file), { force: true });
    for (let folder = path.dirname(path.join(top, file)); folder.startsWith(top + path.sep); folder = path.dirname(folder)) folders.add(folder);
  }
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    if ((await readdir(folder)).length === 0) await rm(folder, { recursive: true });
  }
}

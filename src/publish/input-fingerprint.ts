/**
 * A hash of everything a build depends on: the listings, the taxonomy, the settings, the project's code
 * and dependencies, and the Node.js version. Equal to the last published build's → nothing to do.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface FingerprintSources {
  root: string;
  /** Files and folders (relative to root, or absolute) whose every byte counts. */
  paths: string[];
  /** Settings that change the output without changing a file. */
  settings: unknown;
}

async function filesUnder(full: string): Promise<string[]> {
  try {
    const entries = await readdir(full, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return [full];
    if (code === 'ENOENT') return [];
    throw error;
  }
}

export async function inputFingerprint({ root, paths, settings }: FingerprintSources): Promise<string> {
  const hash = createHash('sha256').update(process.version).update('\0').update(JSON.stringify(settings));
  for (const entry of paths) {
    const files = (await filesUnder(path.resolve(root, entry))).sort();
    hash.update(`\0${entry}\0${files.length}`);
    for (const file of files) hash.update(`\0${path.relative(root, file)}\0`).update(await readFile(file));
  }
  return hash.digest('hex');
}

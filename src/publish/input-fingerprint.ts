/**
 * A hash of everything a build depends on: the listings, the taxonomy, the settings, the project's code
 * and dependencies, and the Node.js version. Equal to the last published build's → nothing to do.
 */
import { createHash } from 'node:crypto';
import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fdir } from 'fdir';

export interface FingerprintSources {
  root: string;
  /** Files and folders (relative to root, or absolute) whose every byte counts. */
  paths: string[];
  /** Settings that change the output without changing a file. */
  settings: unknown;
}

async function filesUnder(full: string): Promise<string[]> {
  const info = await stat(full).catch(() => undefined);
  if (!info) return [];
  if (!info.isDirectory()) return [full];
  // Links are followed (listings linked in from another checkout count with their contents); broken ones
  // are left out here and named by the build.
  const files = await new fdir().withRelativePaths().withSymlinks({ resolvePaths: false }).crawl(full).withPromise();
  return files.map((file) => path.join(full, file));
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

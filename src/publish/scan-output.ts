/** Every file of a built site, and which of them a build wrote (modified at or after `sinceNs`). */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';

export interface OutputScan {
  files: string[];
  written: string[];
}

const BATCH = 512;

export async function scanOutput(root: string, sinceNs: bigint): Promise<OutputScan> {
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
  const written: string[] = [];
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const stats = await Promise.all(batch.map((file) => lstat(path.join(root, file), { bigint: true })));
    batch.forEach((file, index) => {
      if (stats[index].mtimeNs >= sinceNs) written.push(file);
    });
  }
  return { files, written };
}

/** Every file of a built site, and which of them a build wrote (modified at or after `sinceNs`). */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../util/list-files.ts';

export interface OutputScan {
  files: string[];
  written: string[];
}

const BATCH = 512;

export async function scanOutput(root: string, sinceNs: bigint): Promise<OutputScan> {
  const files = await listFiles(root);
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

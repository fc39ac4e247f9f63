/** Every file of a built site, which of them a build wrote (modified at or after `sinceNs`), and its size. */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from '../util/list-files.ts';

import type { SiteSize } from './host-limits.ts';

export interface OutputScan {
  files: string[];
  written: string[];
  size: SiteSize;
}

const BATCH = 512;

export async function scanOutput(root: string, sinceNs: bigint): Promise<OutputScan> {
  const files = await listFiles(root);
  const written: string[] = [];
  const size: SiteSize = { bytes: 0, files: files.length, largest: { file: '', bytes: 0 } };
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const stats = await Promise.all(batch.map((file) => lstat(path.join(root, file), { bigint: true })));
    batch.forEach((file, index) => {
      if (stats[index].mtimeNs >= sinceNs) written.push(file);
      const bytes = Number(stats[index].size);
      size.bytes += bytes;
      if (bytes > size.largest.bytes) size.largest = { file, bytes };
    });
  }
  return { files, written, size };
}

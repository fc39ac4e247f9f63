/** Every file of a built site, which of them a build wrote (modified at or after `sinceNs`), and its size. */
import { fileStats } from '../util/fs/file-stats.ts';
import { listFiles } from '../util/fs/list-files.ts';
import type { SiteSize } from './host-limits.ts';

export interface OutputScan {
  files: string[];
  written: string[];
  size: SiteSize;
}

export async function scanOutput(root: string, sinceNs: bigint): Promise<OutputScan> {
  const files = await listFiles(root);
  const written: string[] = [];
  const size: SiteSize = { bytes: 0, files: files.length, largest: { file: '', bytes: 0 } };
  const stats = await fileStats(root, files);
  files.forEach((file, index) => {
    if (stats[index].mtimeNs >= sinceNs) written.push(file);
    const bytes = stats[index].size;
    size.bytes += bytes;
    if (bytes > size.largest.bytes) size.largest = { file, bytes };
  });
  return { files, written, size };
}

/**
 * Writes a file so that readers see the old bytes or the new ones, never a mix: a temporary file in the
 * same folder (so the rename stays on one file system), flushed to disk, then renamed over the target.
 *
 * Hand-written rather than the `write-file-atomic` package because that names its temporary file
 * `<name>.<hash>`: a leftover from a killed fetch would sit in the listings folder as a file the build
 * rejects. Ours starts with a dot, and the loader ignores hidden files. The fetch writes listings with it,
 * the loader its cache of each paper's features.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

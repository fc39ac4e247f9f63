/**
 * Writes a file so that readers see the old bytes or the new ones, never a mix: a temporary file in the
 * same folder (so the rename stays on one file system), flushed to disk, then renamed over the target.
 *
 * Hand-written rather than the `write-file-atomic` package because that names its temporary file
 * `<name>.<hash>`: a leftover from a killed fetch would sit in the listings folder as a file the build
 * rejects. Ours starts with a dot, and the loader ignores hidden files. The fetch writes listings with it,
 * the loader its cache of each paper's features, the build its record of what it published.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Hidden, beside the file, named so that two writers never share one. */
const temporaryFor = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = temporaryFor(file);
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

/** The same, synchronous: for the build's record, written where no other work may run in between. */
export function writeFileAtomicSync(file: string, data: Uint8Array | string): void {
  const temporary = temporaryFor(file);
  try {
    const handle = openSync(temporary, 'wx');
    try {
      writeFileSync(handle, data);
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

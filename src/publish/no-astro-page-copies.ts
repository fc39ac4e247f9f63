/**
 * Loaded into the Astro process (`node --import`): Astro's incremental build writes every page it renders a
 * second time, into its cache folder, to restore a kept page the output lacks. Our output is the staging
 * copy, which always holds every kept page (src/publish/publish-site.ts), so the copies are never read: a
 * cold build wrote the whole site twice, and scripts/build.mjs deleted the second one. Writes into the
 * folder named by DIGEST_ASTRO_PAGE_COPIES are skipped. Astro checks that a copy exists before restoring
 * from it and renders the page when it does not, so a missing copy costs a render, never a page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInside } from '../util/fs/is-inside.ts';

const folder = process.env.DIGEST_ASTRO_PAGE_COPIES;
if (folder) {
  const copies = path.resolve(folder);
  // Astro passes file: URLs. Anything else that is not a path (a Buffer, a file handle) is written as asked.
  const pathOf = (target: unknown) => (target instanceof URL ? fileURLToPath(target) : typeof target === 'string' ? path.resolve(target) : undefined);
  const skipped = (target: unknown): boolean => {
    const file = pathOf(target);
    return file !== undefined && isInside(copies, file);
  };

  const writeFile = fs.promises.writeFile;
  fs.promises.writeFile = ((target, ...rest) => (skipped(target) ? Promise.resolve() : writeFile(target, ...rest))) as typeof writeFile;
  const mkdir = fs.promises.mkdir;
  fs.promises.mkdir = ((target, ...rest) => (skipped(target) ? Promise.resolve(undefined) : mkdir(target, ...rest))) as typeof mkdir;
}

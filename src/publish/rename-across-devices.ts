/**
 * Loaded into the Astro process (`node --import`): a rename that would cross file systems (EXDEV) copies
 * and then removes instead. Astro writes its server chunks inside the project (.astro/) when the output
 * folder is outside it, and renames the bundled assets from there into the output: with DIST_DIR on
 * another mount that rename fails. The copy lands in the staging copy, which nobody serves, so it need
 * not be atomic; publishing itself stays a rename (scripts/build.mjs).
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Astro passes file: URLs; Buffers are paths too. */
const asPath = (target: fs.PathLike): string => (target instanceof URL ? fileURLToPath(target) : target.toString());
const crossesDevices = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'EXDEV';

const renameAsync = fs.promises.rename;
fs.promises.rename = async (from, to) => {
  try {
    await renameAsync(from, to);
  } catch (error) {
    if (!crossesDevices(error)) throw error;
    await fs.promises.cp(asPath(from), asPath(to), { recursive: true, force: true, preserveTimestamps: true });
    await fs.promises.rm(from, { recursive: true, force: true });
  }
};

const renameSync = fs.renameSync;
fs.renameSync = (from, to) => {
  try {
    renameSync(from, to);
  } catch (error) {
    if (!crossesDevices(error)) throw error;
    fs.cpSync(asPath(from), asPath(to), { recursive: true, force: true, preserveTimestamps: true });
    fs.rmSync(from, { recursive: true, force: true });
  }
};

fs.rename = ((from: fs.PathLike, to: fs.PathLike, callback: fs.NoParamCallback) => {
  fs.promises.rename(from, to).then(() => callback(null), callback);
}) as typeof fs.rename;

// `import { rename } from 'node:fs/promises'` reads the module's exports: bring them in line.
syncBuiltinESMExports();

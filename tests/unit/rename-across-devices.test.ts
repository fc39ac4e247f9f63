// The rename Astro's process gets (src/publish/rename-across-devices.ts): across file systems it copies.
import fs, { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import '../../src/publish/rename-across-devices.ts';

const here = mkdtempSync(path.join(os.tmpdir(), 'rename-'));
const shm = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/rename-') : undefined;
afterAll(() => {
  for (const folder of [here, shm]) if (folder) rmSync(folder, { recursive: true, force: true });
});

describe.runIf(shm && statSync(shm).dev !== statSync(here).dev)('a rename across file systems', () => {
  it('moves a file given as file: URLs (as Astro does) through the named import', async () => {
    writeFileSync(path.join(here, 'a.css'), 'body{}');
    await rename(pathToFileURL(path.join(here, 'a.css')), pathToFileURL(path.join(shm!, 'a.css')));
    expect(readFileSync(path.join(shm!, 'a.css'), 'utf8')).toBe('body{}');
    expect(existsSync(path.join(here, 'a.css'))).toBe(false);
  });

  it('moves a folder with the synchronous and callback forms', async () => {
    mkdirSync(path.join(here, 'dir'));
    writeFileSync(path.join(here, 'dir', 'x.js'), 'x');
    fs.renameSync(path.join(here, 'dir'), path.join(shm!, 'dir'));
    expect(readFileSync(path.join(shm!, 'dir', 'x.js'), 'utf8')).toBe('x');
    writeFileSync(path.join(here, 'b.js'), 'b');
    await new Promise<void>((resolve, reject) => fs.rename(path.join(here, 'b.js'), path.join(shm!, 'b.js'), (error) => (error ? reject(error) : resolve())));
    expect(existsSync(path.join(shm!, 'b.js'))).toBe(true);
  });

  it('still fails as before for any other reason', async () => {
    await expect(rename(path.join(here, 'missing'), path.join(shm!, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

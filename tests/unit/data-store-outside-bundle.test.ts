import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// Astro's own names for its store module, its file and its content-data mark: an upgrade that renames them fails here.
import { DATA_STORE_FILE, DATA_STORE_VIRTUAL_ID } from '../../node_modules/astro/dist/content/consts.js';
import { createContentDataIncrementalMetadata } from '../../node_modules/astro/dist/core/build/incremental-metadata.js';
import { dataStoreOutsideBundle, storeModuleCode } from '../../src/integrations/data-store-outside-bundle.ts';

interface Plugin {
  enforce: string;
  resolveId: (id: string) => string | undefined;
  load: (id: string) => { code: string; meta: object } | undefined;
}
interface ViteUpdate {
  vite: { resolve: { alias: { find: RegExp; replacement: string }[] }; plugins: Plugin[] };
}

/** What the integration asks of Astro's config for a command, with the cache folder given. */
function setUp(command: string, cacheDir: string, experimental: object = {}): ViteUpdate | undefined {
  let update: ViteUpdate | undefined;
  const hook = dataStoreOutsideBundle().hooks['astro:config:setup'] as (options: object) => void;
  hook({ command, config: { cacheDir: pathToFileURL(`${cacheDir}/`), experimental }, updateConfig: (value: ViteUpdate) => (update = value) });
  return update;
}

/** Runs a module's code as Node would and gives its default export. */
async function defaultExport(code: string): Promise<unknown> {
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default;
}

describe('dataStoreOutsideBundle', () => {
  it("gives the pages of `astro build` the store Astro wrote, read from its file instead of bundled", async () => {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'store-'));
    const store = [['papers', 1], { a: 2 }];
    writeFileSync(path.join(cacheDir, DATA_STORE_FILE), JSON.stringify(store));
    const update = setUp('build', cacheDir)!;

    const [alias] = update.vite.resolve.alias;
    expect(alias.find.test(DATA_STORE_VIRTUAL_ID)).toBe(true);
    expect(alias.find.test(`${DATA_STORE_VIRTUAL_ID}-chunk:x`)).toBe(false);
    const [plugin] = update.vite.plugins;
    expect(plugin.enforce).toBe('pre');
    const resolved = plugin.resolveId(alias.replacement)!;
    expect(plugin.resolveId(DATA_STORE_VIRTUAL_ID)).toBeUndefined();
    const loaded = plugin.load(resolved)!;
    expect(plugin.load(DATA_STORE_VIRTUAL_ID)).toBeUndefined();
    expect(loaded.meta).toEqual(createContentDataIncrementalMetadata());
    expect(loaded.code.length).toBeLessThan(200 + cacheDir.length);
    expect(await defaultExport(loaded.code)).toEqual(store);
  });

  it('gives an empty store when Astro wrote none, as Astro does', async () => {
    const code = storeModuleCode(path.join(mkdtempSync(path.join(os.tmpdir(), 'store-')), DATA_STORE_FILE));
    expect(await defaultExport(code)).toEqual(new Map());
  });

  it('leaves the dev server and a chunked store to Astro', () => {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'store-'));
    expect(setUp('dev', cacheDir)).toBeUndefined();
    expect(setUp('build', cacheDir, { collectionStorage: 'chunked' })).toBeUndefined();
    expect(setUp('build', cacheDir, { collectionStorage: 'single-file' })).toBeDefined();
  });
});

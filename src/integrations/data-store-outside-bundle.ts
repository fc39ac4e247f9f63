/**
 * Keeps the content store out of the build's server bundle. Astro serves the store to the pages as a
 * module whose code is the whole store as one string (`export default JSON.parse("…")`): 24 MB of
 * JavaScript for the 9,321 real papers, which the bundler parses, passes through every plugin and writes,
 * and Node compiles again, on every build. In `astro build` the module is swapped for one that reads the
 * same file Astro has just written: the pages get the same store, and bundling no longer grows with the
 * archive (one new day on the real archive, five alternating runs: Vite 2.6–3.6 → 0.4–0.6 s, the build's
 * median 16.3 → 14.0 s). `npm run dev` keeps Astro's own module, which it reloads when the store changes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The store's module as the pages import it, and the file Astro writes it to (in its cacheDir) for a build. */
const ASTRO_STORE_MODULE = 'astro:data-layer-content';
const ASTRO_STORE_FILE = 'data-store.json';
const STORE_MODULE = 'paper-digest:data-store';
const RESOLVED_STORE_MODULE = `\0${STORE_MODULE}`;
/**
 * What Astro marks its own store module with: an incremental build leaves content data out of the hash
 * that says whether a page's code changed (pages say whether their data changed by their cacheKey).
 */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/** The module's code: the store read from `file` when the pages load, or none when Astro wrote none. */
export function storeModuleCode(file: string): string {
  if (!existsSync(file)) return 'export default new Map();\n';
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

export function dataStoreOutsideBundle(): AstroIntegration {
  return {
    name: 'paper-digest-data-store-outside-bundle',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // A chunked store (experimental.collectionStorage) is a folder of parts: Astro's module then stays.
        if (command !== 'build' || (config.experimental.collectionStorage ?? 'single-file') !== 'single-file') return;
        const file = fileURLToPath(new URL(ASTRO_STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            // Aliases apply before any plugin resolves an import, Astro's own included.
            resolve: { alias: [{ find: new RegExp(`^${ASTRO_STORE_MODULE}$`), replacement: STORE_MODULE }] },
            plugins: [
              {
                name: 'paper-digest-data-store-outside-bundle',
                enforce: 'pre',
                resolveId: (id: string) => (id === STORE_MODULE ? RESOLVED_STORE_MODULE : undefined),
                load: (id: string) => (id === RESOLVED_STORE_MODULE ? { code: storeModuleCode(file), meta: CONTENT_DATA_META } : undefined),
              },
            ],
          },
        });
      },
    },
  };
}

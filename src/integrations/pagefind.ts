/**
 * Builds the Pagefind search index from the finished HTML in `astro:build:done`, through Pagefind's
 * Node API (as Starlight does). Only paper pages are indexed (`papers/**`), and within them only the
 * `data-pagefind-body` element, so the index holds paper text and nothing else.
 * A failure here fails the build: a site whose search is missing is not a whole site.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export interface PagefindOptions {
  /** Which built pages to index, relative to the output folder. */
  glob?: string;
}

export function pagefindIntegration({ glob = 'papers/**/index.html' }: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'paper-digest-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) return fail('startup', errors);
          const added = await index.addDirectory({ path: outDir, glob });
          if (added.errors.length > 0) fail('indexing', added.errors);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0) fail('writing', written.errors);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

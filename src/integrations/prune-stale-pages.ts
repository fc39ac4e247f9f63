/**
 * The output folder is kept between builds (unchanged pages are not written again), so a page that no longer
 * exists (a paper whose listing was removed, a topic taken out of the taxonomy) would linger there. After the
 * build, every page or feed that no route produced this time is removed, before the search index is built.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../util/fs/list-files.ts';
import { removeFiles } from '../util/fs/remove-files.ts';

/**
 * What routes write: pages (`…/index.html`, `404.html`), feeds and the data API's day files. Public files
 * (the API's schemas among them) and sitemaps are left alone.
 */
const ROUTE_OUTPUT = /(?:^|\/)(?:index\.html|rss\.xml)$|^api\/days\/[^/]+\.json$/;

export function pruneStalePages(): AstroIntegration {
  return {
    name: 'paper-digest-prune-stale-pages',
    hooks: {
      'astro:build:done': async ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        const produced = new Set([...assets.values()].flat().map((url) => path.relative(outDir, fileURLToPath(url)).split(path.sep).join('/')));
        const files = await listFiles(outDir);
        const stale = files.filter((file) => ROUTE_OUTPUT.test(file) && !produced.has(file));
        if (produced.size === 0 || stale.length === files.filter((file) => ROUTE_OUTPUT.test(file)).length) return; // nothing to compare with
        // The folders they leave empty go too, up to the output folder.
        await removeFiles(outDir, stale);
        if (stale.length > 0) logger.info(`removed ${stale.length} page(s) that no longer exist`);
      },
    },
  };
}

/**
 * What a build reads, in one place. The build's fingerprint (nothing changed → nothing to do) covers the
 * listings, the taxonomy and the project's files below; the cache of each paper's features covers only
 * the pipeline's code, a part of them.
 */
import type { SiteConfig } from './validate-settings.ts';

/** The code that turns listings into the digest (parse, collect, load), and every module it imports: folders, or single `.ts` files. */
export const PIPELINE_SOURCES = ['src/parse', 'src/collect', 'src/loader', 'src/util/fs', 'src/text/count.ts'];

/** The project's files the published site depends on (the pipeline's code among them), beside its data. */
export const SITE_SOURCES = ['src', 'public', 'astro.config.mjs', 'scripts/build.mjs', 'package-lock.json', 'tsconfig.json'];

/** Every file and folder whose bytes the built site depends on: the listings, the taxonomy, the code. */
export function buildInputs(config: Pick<SiteConfig, 'listingsDir' | 'topicsFile'>): string[] {
  return [config.listingsDir, config.topicsFile, ...SITE_SOURCES];
}

/** Runs the real `npm run build` (scripts/build.mjs → astro build) on chosen listings, into a folder of the test's own. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const outputRoot = path.join(projectRoot, 'tests/.output');
export const fixtureListings = path.join(projectRoot, 'tests/fixtures/listings');

export interface BuildOptions {
  listingsDir?: string;
  basePath?: string;
  siteUrl?: string;
  topicsFile?: string;
  /** Where the site goes; a fresh temporary folder under tests/.output by default. */
  outDir?: string;
  /** More build settings, e.g. { SEARCH_INDEX_SPLIT: 'none' }. */
  env?: Record<string, string>;
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

export function tempDir(prefix: string): string {
  mkdirSync(outputRoot, { recursive: true });
  return mkdtempSync(path.join(outputRoot, `${prefix}-`));
}

export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  mkdirSync(outputRoot, { recursive: true });
  const outDir = options.outDir ?? path.join(tempDir('site'), 'dist');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LISTINGS_DIR: options.listingsDir ?? fixtureListings,
    BASE_PATH: options.basePath ?? '/',
    SITE_URL: options.siteUrl ?? 'https://digest.example.org',
    DIST_DIR: outDir,
    // A cache per output keeps parallel builds apart and every build honest (no stale data store).
    CACHE_DIR: `${outDir}-cache`,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  if (options.topicsFile) env.TOPICS_FILE = options.topicsFile;
  Object.assign(env, options.env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/build.mjs')], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output, outDir }));
  });
}

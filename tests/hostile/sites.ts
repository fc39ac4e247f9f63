/**
 * The hostile corpus (tests/fixtures/hostile/) and the site built from its markup folder, built once per
 * test run and shared by the test files that read it (like tests/support/shared-site.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { buildSite, outputRoot, projectRoot, type BuildResult } from '../support/build-site.ts';

export const hostileFixtures = path.join(projectRoot, 'tests/fixtures/hostile');
/** Markup, script, XML-breaking text, URLs, Unicode, control characters, duplicates: must build cleanly. */
export const markupListings = path.join(hostileFixtures, 'markup');
/** Structural damage and bad JSON: must fail, naming every problem. */
export const brokenListings = path.join(hostileFixtures, 'broken');

/** The markup folder built once per test run (at the root base path), with its build output kept beside it. */
export async function markupSite(): Promise<BuildResult> {
  const root = path.join(outputRoot, `hostile-${inject('runId')}-markup`);
  const outDir = path.join(root, 'dist');
  const log = path.join(root, 'build.json');
  if (existsSync(log) && existsSync(path.join(outDir, 'index.html'))) return JSON.parse(readFileSync(log, 'utf8')) as BuildResult;
  mkdirSync(root, { recursive: true });
  const started = Date.now();
  const result = await buildSite({ listingsDir: markupListings, outDir });
  console.log(`[measure] hostile markup build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  writeFileSync(log, JSON.stringify(result));
  return result;
}

/** The folder as the build names it in messages (relative to the project root). */
export function relativeListing(dir: string, name: string): string {
  return `${path.relative(projectRoot, dir)}/${name}`;
}

/** How many entries a listing holds, counted without our parser: `·` lines, or top-level JSON items. */
export function countEntries(name: string, bytes: Buffer): number | undefined {
  const text = bytes.toString('utf8');
  if (name.endsWith('.txt')) return text.split(/\r\n|\r|\n/).filter((line) => line.trim() === '·').length;
  if (name.endsWith('.json')) {
    try {
      const value: unknown = JSON.parse(text);
      return Array.isArray(value) ? value.length : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The hostile corpus (tests/fixtures/hostile/) and the site built from its markup folder, built once per
 * test run and shared by the test files that read it (like tests/support/shared-site.ts).
 */
import path from 'node:path';
import { inject } from 'vitest';
import { buildOnce } from '../support/build-once.ts';
import { buildSite, outputRoot, projectRoot, type BuildResult } from '../support/build-site.ts';

export const hostileFixtures = path.join(projectRoot, 'tests/fixtures/hostile');
/** Markup, script, XML-breaking text, URLs, Unicode, control characters, duplicates: must build cleanly. */
export const markupListings = path.join(hostileFixtures, 'markup');
/** Structural damage and bad JSON: must fail, naming every problem. */
export const brokenListings = path.join(hostileFixtures, 'broken');

/** The markup folder built once per test run (at the root base path), with its build output kept beside it. */
export async function markupSite(): Promise<BuildResult> {
  const root = path.join(outputRoot, `hostile-${inject('runId')}-markup`);
  return buildOnce(root, () => buildSite({ listingsDir: markupListings, outDir: path.join(root, 'dist') }));
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

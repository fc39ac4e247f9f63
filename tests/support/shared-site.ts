/**
 * The sample digest built once per test run (named by tests/global-setup.ts) and shared by the test files that only read it:
 * `default` at the root, `digest` under BASE_PATH=/digest/.
 */
import path from 'node:path';
import { inject } from 'vitest';
import { buildOnce } from './build-once.ts';
import { buildSite, outputRoot } from './build-site.ts';

const variants = {
  default: { basePath: '/' },
  digest: { basePath: '/digest/' },
} as const;

export type SharedSiteName = keyof typeof variants;

export async function sharedSite(name: SharedSiteName): Promise<string> {
  const root = path.join(outputRoot, `shared-${inject('runId')}-${name}`);
  const outDir = path.join(root, 'dist');
  const result = await buildOnce(root, () => buildSite({ ...variants[name], outDir }));
  if (result.status !== 0) throw new Error(`building the ${name} sample site failed:\n${result.output}`);
  return outDir;
}

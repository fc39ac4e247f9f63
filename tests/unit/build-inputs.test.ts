import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInputs, PIPELINE_SOURCES, SITE_SOURCES } from '../../src/settings/build-inputs.ts';

const root = path.resolve(import.meta.dirname, '../..');
const inside = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);

describe('what a build reads', () => {
  it('puts the listings and the taxonomy before the code', () => {
    expect(buildInputs({ listingsDir: 'l', topicsFile: 't.yaml' })).toEqual(['l', 't.yaml', ...SITE_SOURCES]);
  });

  it('counts the pipeline among the site sources', () => {
    for (const folder of PIPELINE_SOURCES) expect(SITE_SOURCES.some((source) => inside(folder, source)), folder).toBe(true);
  });

  it('names every module the pipeline imports, so the feature cache follows any edit of them', () => {
    const outside: string[] = [];
    for (const folder of PIPELINE_SOURCES) {
      const files = folder.endsWith('.ts') ? [''] : (readdirSync(path.join(root, folder), { recursive: true }) as string[]).filter((file) => file.endsWith('.ts'));
      for (const file of files) {
        const from = path.posix.join(folder, file.split(path.sep).join('/'));
        for (const [, target] of readFileSync(path.join(root, from), 'utf8').matchAll(/^import [^;]*? from '(\.[^']+)';/gm)) {
          const imported = path.posix.join(path.posix.dirname(from), target);
          // The list itself decides nothing the pipeline computes.
          if (imported === 'src/settings/build-inputs.ts') continue;
          if (!PIPELINE_SOURCES.some((source) => inside(imported, source))) outside.push(`${from} → ${imported}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });
});

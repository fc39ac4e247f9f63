/**
 * Keeps what the pipeline computed of each paper's text (topics, terms, links) in a file of the cache folder,
 * so a build after a new day reads the old papers' results instead of computing them again. The file holds a
 * version (the pipeline's code and the taxonomy): when either changes, it starts empty. Only the entries used
 * by the last build are written back, so it never grows beyond the archive.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FeatureCache, PaperFeatures } from '../collect/paper-features.ts';

export interface FeatureFile extends FeatureCache {
  save(): Promise<void>;
}

export async function openFeatureFile(file: string, version: string): Promise<FeatureFile> {
  let known = new Map<string, PaperFeatures>();
  try {
    const stored = deserialize(await readFile(file)) as { version: string; features: Map<string, PaperFeatures> };
    if (stored.version === version) known = stored.features;
  } catch {
    // no file yet, or one from another version of Node.js: start empty
  }
  const used = new Map<string, PaperFeatures>();
  return {
    get(key) {
      const features = known.get(key);
      if (features) used.set(key, features);
      return features;
    },
    set(key, features) {
      used.set(key, features);
    },
    async save() {
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, serialize({ version, features: used }));
      await rename(temporary, file);
    },
  };
}

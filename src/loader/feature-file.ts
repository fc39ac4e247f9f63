/**
 * Keeps what the pipeline computed of each paper's text (topics, terms, links) in a file of the cache folder,
 * so a build after a new day reads the old papers' results instead of computing them again. The file holds a
 * version (the pipeline's code and the taxonomy): when either changes, it starts empty. Only the entries used
 * by the last build are written back, so it never grows beyond the archive.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FeatureCache, PaperFeatures } from '../collect/paper-features.ts';
import type { DayRelated } from '../collect/related.ts';
import { writeFileAtomicSync } from '../util/fs/write-file-atomic.ts';

export interface FeatureFile extends FeatureCache {
  save(): void;
}

/** Lookups in what was stored that also record what this build used (and set), so only that is saved. */
function remembering<T>(known: Map<string, T>) {
  const used = new Map<string, T>();
  return {
    used,
    get(key: string): T | undefined {
      const value = known.get(key);
      if (value !== undefined) used.set(key, value);
      return value;
    },
    set(key: string, value: T): void {
      used.set(key, value);
    },
  };
}

/** Synchronous, like the loader's other reads (see src/loader/digest-loader.ts). */
export function openFeatureFile(file: string, version: string): FeatureFile {
  let known = new Map<string, PaperFeatures>();
  let knownDays = new Map<string, DayRelated>();
  try {
    const stored = deserialize(readFileSync(file)) as { version: string; features: Map<string, PaperFeatures>; days?: Map<string, DayRelated> };
    if (stored.version === version) {
      known = stored.features;
      knownDays = stored.days ?? knownDays;
    }
  } catch {
    // no file yet, or one from another version of Node.js: start empty
  }
  const features = remembering(known);
  const days = remembering(knownDays);
  return {
    get: features.get,
    set: features.set,
    getDay: days.get,
    setDay: days.set,
    save() {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileAtomicSync(file, serialize({ version, features: features.used, days: days.used }));
    },
  };
}

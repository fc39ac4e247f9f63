import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildDigest } from '../../src/collect/build-digest.ts';
import type { FeatureCache, PaperFeatures } from '../../src/collect/paper-features.ts';
import { parseListingFile } from '../../src/parse/listing-file.ts';
import { parseTaxonomy } from '../../src/parse/taxonomy-file.ts';

const root = path.resolve(import.meta.dirname, '../..');
const topics = parseTaxonomy(readFileSync(path.join(root, 'content/topics.yaml'), 'utf8'), 'content/topics.yaml').topics;
const files = ['2025-12-08.json', '2025-12-09.txt', '2025-12-10.txt'].map((name) =>
  parseListingFile(name, readFileSync(path.join(root, 'tests/fixtures/listings', name)), name),
);

it('a cache of paper features changes nothing in the digest, only who computes them', () => {
  const store = new Map<string, PaperFeatures>();
  let hits = 0;
  const cache: FeatureCache = {
    get: (key) => {
      const found = store.get(key);
      if (found) hits++;
      return found;
    },
    set: (key, features) => void store.set(key, features),
  };
  const plain = buildDigest(files, topics);
  const filling = buildDigest(files, topics, 5, cache);
  expect(hits).toBe(0);
  const fromCache = buildDigest(files, topics, 5, cache);
  expect(plain.ok && fromCache.ok && filling.ok).toBe(true);
  expect(hits).toBe(store.size);
  expect(store.size).toBeGreaterThan(70);
  expect(fromCache).toEqual(plain);
  expect(filling).toEqual(plain);
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildDigest } from '../../src/collect/build-digest.ts';
import type { FeatureCache, PaperFeatures } from '../../src/collect/paper-features.ts';
import type { DayRelated } from '../../src/collect/related.ts';
import { parseListingFile } from '../../src/parse/listing-file.ts';
import { parseTaxonomy } from '../../src/parse/taxonomy-file.ts';

const root = path.resolve(import.meta.dirname, '../..');
const topics = parseTaxonomy(readFileSync(path.join(root, 'content/topics.yaml'), 'utf8'), 'content/topics.yaml').topics;
const files = ['2025-12-08.json', '2025-12-09.txt', '2025-12-10.txt'].map((name) =>
  parseListingFile(name, readFileSync(path.join(root, 'tests/fixtures/listings', name)), name),
);

it('a cache of paper features and related papers changes nothing in the digest, only who computes them', () => {
  const store = new Map<string, PaperFeatures>();
  const days = new Map<string, DayRelated>();
  let hits = 0;
  let dayHits = 0;
  const cache: FeatureCache = {
    get: (key) => {
      const found = store.get(key);
      if (found) hits++;
      return found;
    },
    set: (key, features) => void store.set(key, features),
    getDay: (key) => {
      const found = days.get(key);
      if (found) dayHits++;
      return found;
    },
    setDay: (key, related) => void days.set(key, related),
  };
  const plain = buildDigest(files, topics);
  const filling = buildDigest(files, topics, 5, cache);
  expect(hits).toBe(0);
  const fromCache = buildDigest(files, topics, 5, cache);
  expect(plain.ok && fromCache.ok && filling.ok).toBe(true);
  expect(hits).toBe(store.size);
  expect(dayHits).toBe(3); // every day's related lists came from the cache
  expect(store.size).toBeGreaterThan(70);
  expect(fromCache).toEqual(plain);
  expect(filling).toEqual(plain);
});

it('a new day reuses every earlier day from the cache and computes only itself', () => {
  const days = new Map<string, DayRelated>();
  const computed: string[] = [];
  const cache: FeatureCache = {
    get: () => undefined,
    set: () => undefined,
    getDay: (key) => days.get(key),
    setDay: (key, related) => {
      computed.push(Object.keys(related)[0]);
      days.set(key, related);
    },
  };
  const twoDays = buildDigest(files.slice(0, 2), topics, 5, cache);
  expect(computed).toHaveLength(2);
  computed.length = 0;
  const threeDays = buildDigest(files, topics, 5, cache);
  expect(computed).toHaveLength(1);
  expect(threeDays).toEqual(buildDigest(files, topics));
  expect(twoDays).toEqual(buildDigest(files.slice(0, 2), topics));
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PaperFeatures } from '../../src/collect/paper-features.ts';
import { openFeatureFile } from '../../src/loader/feature-file.ts';

let file: string;
beforeEach(() => {
  file = path.join(mkdtempSync(path.join(tmpdir(), 'features-')), 'cache', 'features.bin');
});
afterEach(() => rmSync(path.dirname(path.dirname(file)), { recursive: true, force: true }));

const features = (topic: string): PaperFeatures => ({ topics: [topic], terms: ['prune'], counts: [2], links: [] });

it('gives back what an earlier build computed, for the same version only', () => {
  const first = openFeatureFile(file, 'v1');
  expect(first.get('a')).toBeUndefined();
  first.set('a', features('pruning'));
  first.save();
  expect((openFeatureFile(file, 'v1')).get('a')).toEqual(features('pruning'));
  expect((openFeatureFile(file, 'v2')).get('a')).toBeUndefined();
});

it('keeps only what the last build used, so it never outgrows the archive', () => {
  const first = openFeatureFile(file, 'v1');
  first.set('a', features('a'));
  first.set('b', features('b'));
  first.save();
  const second = openFeatureFile(file, 'v1');
  second.get('a');
  second.save();
  const third = openFeatureFile(file, 'v1');
  expect(third.get('a')).toEqual(features('a'));
  expect(third.get('b')).toBeUndefined();
});

it('keeps the related papers of each day beside the features', () => {
  const first = openFeatureFile(file, 'v1');
  first.setDay('day-1', { a: [['b', 0.5]] });
  first.save();
  expect((openFeatureFile(file, 'v1')).getDay('day-1')).toEqual({ a: [['b', 0.5]] });
  expect((openFeatureFile(file, 'v2')).getDay('day-1')).toBeUndefined();
});

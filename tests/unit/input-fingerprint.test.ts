import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { inputFingerprint } from '../../src/publish/input-fingerprint.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'fingerprint-'));
  mkdirSync(path.join(root, 'listings/2025'), { recursive: true });
  writeFileSync(path.join(root, 'listings/2025/2025-12-09.txt'), 'day');
  writeFileSync(path.join(root, 'topics.yaml'), 'topics');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const fingerprint = (settings: unknown = { base: '/' }) => inputFingerprint({ root, paths: ['listings', 'topics.yaml', 'missing'], settings });

it('is the same for the same input and changes with any byte, file name or setting', async () => {
  const first = await fingerprint();
  expect(await fingerprint()).toBe(first);
  writeFileSync(path.join(root, 'listings/2025/2025-12-10.txt'), '');
  const withNewFile = await fingerprint();
  expect(withNewFile).not.toBe(first);
  writeFileSync(path.join(root, 'topics.yaml'), 'topics!');
  expect(await fingerprint()).not.toBe(withNewFile);
  expect(await fingerprint({ base: '/digest/' })).not.toBe(await fingerprint());
});

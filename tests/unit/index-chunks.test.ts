// The index's chunk size (src/index/index-chunks.ts) reaches Pagefind: it is an unstable setting, read from the
// environment, and a Pagefind that stopped reading it would silently go back to its large chunks.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { indexBundle } from '../../src/index/index-bundle.ts';
import { CHUNK_SIZE_VARIABLE } from '../../src/index/index-chunks.ts';
import { indexedDocument } from '../../src/index/indexed-content.ts';
import { parseListingFile } from '../../src/parse/listing-file.ts';

const REAL_DAYS = path.join(import.meta.dirname, '../fixtures/real-archive');
let out: string;
const pages: string[] = [];
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const chunkFiles = (folder: string) => readdirSync(path.join(out, folder, 'index')).filter((file) => file.endsWith('.pf_index')).length;

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'index-chunks-'));
  // Real titles and abstracts: about 200 papers, 40,000 words.
  for (const day of readdirSync(REAL_DAYS).filter((file) => file.endsWith('.json'))) {
    for (const { arxivId, title, abstract } of parseListingFile(day, readFileSync(path.join(REAL_DAYS, day)), day).entries) {
      const page = `papers/${arxivId}/index.html`;
      if (pages.includes(page)) continue;
      mkdirSync(path.join(out, path.dirname(page)), { recursive: true });
      writeFileSync(path.join(out, page), `<html lang="en"><body><article data-pagefind-body><h1>${escape(title)}</h1><p>${escape(abstract)}</p></article></body></html>`);
      pages.push(page);
    }
  }
  // Pagefind as it comes, then as the build runs it.
  delete process.env[CHUNK_SIZE_VARIABLE];
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  for (const sourcePath of pages) await index!.addHTMLFile({ sourcePath, content: indexedDocument(readFileSync(path.join(out, sourcePath), 'utf8')) });
  await index!.writeFiles({ outputPath: path.join(out, 'default') });
  await pagefind.close();
  await indexBundle(out, { folder: 'pagefind/', pages, order: pages.map(() => ({ published: '2025-01-01', upvotes: 0 })) });
}, 120_000);
afterAll(() => {
  delete process.env[CHUNK_SIZE_VARIABLE];
  rmSync(out, { recursive: true, force: true });
});

it("splits a bundle's words into several times as many chunks as Pagefind's default", () => {
  expect(pages.length).toBeGreaterThan(150);
  const byDefault = chunkFiles('default');
  const ours = chunkFiles('pagefind');
  expect(byDefault).toBeGreaterThanOrEqual(2);
  expect(ours).toBeGreaterThanOrEqual(3 * byDefault);
});

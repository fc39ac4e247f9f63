import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeAsPageText } from '../../scripts/bench/as-page-text.mjs';
import { parseListingFile } from '../../src/parse/listing-file.ts';

const realDays = new URL('../fixtures/real-archive/', import.meta.url).pathname;
const out = mkdtempSync(path.join(tmpdir(), 'page-text-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const read = (dir: string, name: string) => parseListingFile(name, readFileSync(path.join(dir, name)), name);
const shown = ({ title, abstract, published, upvotes, authorCount }: ReturnType<typeof read>['entries'][number]) => ({
  title,
  abstract: abstract.replace(/\s*\n\s*/g, ' '),
  published,
  upvotes: upvotes ?? 0, // the page shows no count for none
  authorCount,
});

it('writes real API days as page text that reads back as the same papers', () => {
  const papers = writeAsPageText(realDays, out);
  const days = readdirSync(realDays).filter((name) => name.endsWith('.json'));
  expect(readdirSync(out).sort()).toEqual(days.map((name) => name.replace('.json', '.txt')).sort());
  let count = 0;
  for (const name of days) {
    const original = read(realDays, name);
    const again = read(out, name.replace('.json', '.txt'));
    expect(again.problems, name).toEqual([]);
    expect(again.entries.map(shown), name).toEqual(original.entries.map(shown));
    count += again.entries.length;
  }
  expect(count).toBe(papers);
  expect(papers).toBeGreaterThan(100);
});

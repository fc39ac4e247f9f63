// Hostile sizes: an abstract of 1 MB, a listing of 5,000 entries, a folder of 1,000 listing files. Generated
// here (tests/hostile/generate.ts) instead of committed. Each goes through the parser and pipeline; then one
// real build holds all three at once (1,000 files, the last with 5,000 entries, one of them 1 MB long).
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { buildDigest, type Digest } from '../../src/collect/build-digest.ts';
import { parseListingFile, type ParsedListingFile } from '../../src/parse/listing-file.ts';
import { parseTaxonomy } from '../../src/parse/taxonomy-file.ts';
import { buildSite, tempDir } from '../support/build-site.ts';
import { defaultTopicsFile } from '../support/digest.ts';
import { filesIn } from '../support/dist.ts';
import { bigListing, generatedPaper, jsonListing, textListing, writeListingFolder } from './generate.ts';

const { topics } = parseTaxonomy(readFileSync(defaultTopicsFile, 'utf8'), defaultTopicsFile);
const MB = 1_000_000;

function parse(name: string, text: string): ParsedListingFile {
  return parseListingFile(name, Buffer.from(text), name);
}

function digestOf(files: ParsedListingFile[]): Digest {
  expect(files.flatMap((file) => file.problems)).toEqual([]);
  const result = buildDigest(files, topics);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 10)));
  return result.digest;
}

function timed<T>(label: string, run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  const ms = performance.now() - started;
  console.log(`[measure] ${label}: ${Math.round(ms)} ms`);
  return [value, ms];
}

describe('size, through the parser and pipeline', () => {
  it('keeps an abstract of 1 MB whole, from page text and from API JSON', () => {
    const long = generatedPaper(0, MB);
    expect(long.abstract.length).toBeGreaterThan(MB - 100);
    const neighbours = [generatedPaper(1), generatedPaper(2)];
    const [text] = timed('1 MB abstract, page text', () => digestOf([parse('2025-12-10.txt', textListing('2025-12-10', [neighbours[0], long, neighbours[1]]))]));
    const [json] = timed('1 MB abstract, API JSON', () => digestOf([parse('2025-12-10.json', jsonListing([neighbours[0], long, neighbours[1]], 0))]));
    for (const digest of [text, json]) {
      expect(digest.papers.map((paper) => paper.title)).toEqual([neighbours[0].title, long.title, neighbours[1].title]);
      expect(digest.papers[1].abstract).toBe(long.abstract);
      expect(digest.papers[0].abstract).toBe(neighbours[0].abstract);
    }
  });

  // How the time grows with size is the benchmark's job (npm run bench); here only the behaviour is asserted.
  it('reads a listing of 5,000 entries as 5,000 papers', () => {
    const [small] = timed('500-entry listing', () => digestOf([parse('2025-12-10.txt', bigListing(500).text)]));
    const [big] = timed('5,000-entry listing', () => digestOf([parse('2025-12-10.txt', bigListing(5000).text)]));
    expect(small.papers).toHaveLength(500);
    expect(big.papers).toHaveLength(5000);
    expect(big.days).toEqual([{ date: '2025-12-10', file: '2025-12-10.txt', papers: big.papers.map((paper) => paper.id) }]);
    expect(new Set(big.papers.map((paper) => paper.id)).size).toBe(5000);
  });

  it('reads a folder of 1,000 listing files (page text and API JSON alternating) as 1,000 days', () => {
    const dir = path.join(tempDir('hostile-folder'), 'listings');
    const written = writeListingFolder(dir, 1000, 1);
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(1000);
    const [digest] = timed('1,000 listing files', () => digestOf(names.map((name) => parseListingFile(name, readFileSync(path.join(dir, name)), name))));
    expect(digest.papers).toHaveLength(written);
    expect(digest.days).toHaveLength(1000);
    expect(digest.days.every((day) => day.papers.length === 1)).toBe(true);
    rmSync(path.dirname(dir), { recursive: true, force: true });
  });
});

describe('size, one real build (npm run build)', () => {
  it('builds 1,000 listing files, the last holding 5,000 entries and a 1 MB abstract: 6,000 papers, 1,000 days', { timeout: 600_000 }, async () => {
    const root = tempDir('hostile-size');
    const dir = path.join(root, 'listings');
    const folderPapers = writeListingFolder(dir, 1000, 1);
    // The last day (2025-12-10, a JSON file from writeListingFolder) becomes a 5,000-entry page-text listing.
    const last = readdirSync(dir).sort().at(-1)!;
    rmSync(path.join(dir, last));
    const papers = Array.from({ length: 5000 }, (_, index) => generatedPaper(folderPapers + index));
    const long = generatedPaper(folderPapers + 5000, MB);
    papers.splice(2500, 0, long);
    writeFileSync(path.join(dir, '2025-12-10.txt'), textListing('2025-12-10', papers));
    const expectedPapers = folderPapers - 1 + papers.length;

    const started = performance.now();
    const result = await buildSite({ listingsDir: dir, outDir: path.join(root, 'dist') });
    const seconds = (performance.now() - started) / 1000;
    expect(result.status, result.output.slice(-5000)).toBe(0);
    const dist = result.outDir;
    const paperPages = readdirSync(path.join(dist, 'papers'));
    const dayPages = readdirSync(path.join(dist, 'days')).filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name));
    expect(paperPages).toHaveLength(expectedPapers);
    expect(dayPages).toHaveLength(1000);
    expect(result.output).toMatch(new RegExp(`search: \\d+ bundle\\(s\\), \\d+ rebuilt \\(${expectedPapers} pages indexed\\)`));

    const lastDay = readFileSync(path.join(dist, 'days/2025-12-10/index.html'), 'utf8');
    expect(lastDay.match(/class="paper-card"/g)).toHaveLength(papers.length);
    const longPage = paperPages.find((id) => id.startsWith(`paper-${folderPapers + 5000}-`))!;
    expect(readFileSync(path.join(dist, 'papers', longPage, 'index.html'), 'utf8')).toContain(`<p>${long.abstract}</p>`);

    const sizes = filesIn(dist).map((file) => [file, statSync(path.join(dist, file)).size] as const);
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    const largest = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log(
      `[measure] size build: ${expectedPapers} papers, 1,000 days in ${seconds.toFixed(1)} s; ${sizes.length} files, ${(total / MB).toFixed(0)} MB; ` +
        `largest ${largest.map(([file, size]) => `${file} ${(size / MB).toFixed(1)} MB`).join(', ')}`,
    );
    rmSync(root, { recursive: true, force: true });
  });
});

// `npm run bench` on a tiny archive: the table has every figure the benchmark promises, with real numbers.
// (It measures nothing here: timings on a busy test machine mean little. It checks that the benchmark runs.)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot, tempDir } from '../support/build-site.ts';

const ROWS = [
  'pages (HTML)',
  'full build, wall',
  '· content sync',
  '· bundle',
  '· render',
  '· search index',
  'peak RSS, whole process tree',
  'one new day: rebuild, wall',
  '· pages rendered',
  '· search bundles rebuilt',
  'unchanged rebuild, wall',
  'dist/ size',
  'dist/ files',
  'dist/ per paper, all in',
  '· paper pages',
  '· search index',
  'GitHub Pages, site size: share used · papers at the limit',
  'Cloudflare Pages (Free), files: share used · papers at the limit',
  'day page (50 papers), gzipped',
  'first search, bytes fetched',
  'first search, results after last keystroke',
  'load average before the cold build',
];

it('prints and writes one table with every figure (the reference columns stay empty without a reference)', async () => {
  const work = tempDir('bench');
  const out = path.join(work, 'results.md');
  const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/bench.mjs'), '--papers', '150', '--quiet-wait', '0', '--search-runs', '1', '--work', path.join(work, 'run'), '--out', out], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    // A build setting in the environment reaches our builds, and the report names it.
    env: { ...process.env, BENCH_REFERENCE: '', SEARCH_TEXTS_PER_FILE: '2' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise((resolve) => child.on('close', resolve));
  expect(status, output).toBe(0);

  const report = readFileSync(out, 'utf8');
  expect(output).toContain(report.trim().split('\n')[0]);
  const table = report.split('\n').filter((line) => line.startsWith('|'));
  expect(table[0].split('|').map((cell) => cell.trim())).toEqual(['', '', 'ours 150', 'reference', 'ratio', '']);
  // Sub-rows repeat their names ("· pages rendered" of the new day, then of the unchanged rebuild): keep the first.
  const rows = new Map<string, string[]>();
  for (const line of table.slice(2)) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    if (!rows.has(cells[0])) rows.set(cells[0], cells.slice(1));
  }
  for (const row of ROWS) expect(rows.has(row), row).toBe(true);
  expect(rows.get('full build, wall')![0]).toMatch(/^\d+\.\d s$/);
  expect(rows.get('one new day: rebuild, wall')![0]).toMatch(/^\d+\.\d s$/);
  expect(rows.get('peak RSS, whole process tree')![0]).toMatch(/^\d+ MB$/);
  expect(rows.get('first search, bytes fetched')![0]).toMatch(/^\d+\.\d kB$/);
  // The time after the typing pause, beside the reference's own Pagefind search time (none here).
  const afterPause = [...rows].find(([name]) => name.startsWith('· after the typing pause'))?.[1];
  expect(afterPause?.slice(0, 2)).toEqual([expect.stringMatching(/^-?\d+ ms$/), '–']);
  expect(rows.get('unchanged rebuild, wall')![0]).toMatch(/^\d+\.\d s$/);
  // Per paper: bytes and files, and the share of each host limit with the archive size that would pass it.
  expect(rows.get('dist/ per paper, all in')![0]).toMatch(/^\d+\.\d kB, \d\.\d\d files$/);
  expect(rows.get('· paper pages')![0]).toMatch(/^\d+\.\d kB, 1\.00 files$/);
  // Two papers' search texts a file: the search index has fewer files than papers.
  const indexPerPaper = table.find((line) => /^\| · search index \| [\d.]+ kB, /.test(line));
  expect(Number(indexPerPaper?.match(/([\d.]+) files \|/)?.[1]), indexPerPaper).toBeLessThan(0.9);
  expect(report).toContain('Our settings: SEARCH_TEXTS_PER_FILE=2.');
  expect(rows.get('GitHub Pages, site size: share used · papers at the limit')![0]).toMatch(/^\d+ % · [\d,]+$/);
  // The rebuild after one new day renders some pages, not all; the unchanged one none.
  const [rendered, total] = rows.get('· pages rendered')![0].split(' of ').map(Number);
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(total);
  expect(report).toMatch(/load average/);
  expect(report).toMatch(/no reference|Reference: none/);
  expect(report).toContain('times are the median of 1 run.');
});

it('stops before it runs anything when the reference given cannot run', () => {
  const work = tempDir('bench-reference');
  const bench = (reference: string, PATH = process.env.PATH) =>
    spawnSync(process.execPath, [path.join(projectRoot, 'scripts/bench.mjs'), '--papers', '150', '--reference', reference, '--work', path.join(work, 'run'), '--out', path.join(work, 'results.md')], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, PATH },
    });
  const empty = path.join(work, 'empty');
  mkdirSync(empty);
  const noKit = bench(empty);
  expect(noKit.status).toBe(2);
  expect(noKit.stderr.trim()).toBe(`--reference: ${empty} has no hugo_bench.sh.`);

  // A kit, but no Hugo on the PATH.
  const kit = path.join(work, 'kit');
  mkdirSync(kit);
  writeFileSync(path.join(kit, 'hugo_bench.sh'), '#!/bin/sh\nexit 1\n');
  const noHugo = bench(kit, path.join(work, 'no-programs-here'));
  expect(noHugo.status).toBe(2);
  expect(noHugo.stderr).toContain('--reference: it needs Hugo, which is not installed (on Debian: apt-get install -y hugo).');
});

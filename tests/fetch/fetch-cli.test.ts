// `npm run fetch` as a real child process against a local stand-in for the Hugging Face API.
import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/build-site.ts';
import { apiFixture, jsonFixture, startFakeApi, type Answer, type ApiRequest, type FakeApi } from '../support/fake-hf-api.ts';
import { runFetchCli } from '../support/run-fetch-cli.ts';

const json = (body: string, status = 200, headers: Record<string, string> = {}): Answer => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body,
});

const dayOne = () => JSON.parse(apiFixture('2025-12-01.json').toString('utf8')) as { paper: { id: string; upvotes: number } }[];
/** 2025-12-01 with its first paper twice: a copy with 0 upvotes first, the real one (57) last. */
function listedTwice(): string {
  const [first, ...rest] = dayOne();
  return JSON.stringify([{ ...first, paper: { ...first.paper, upvotes: 0 } }, ...rest, first]);
}

/** What the stand-in API answers, by day (and page, and how often it was asked). */
function answer(request: ApiRequest): Answer {
  switch (request.date) {
    case '2025-12-12':
      return json(JSON.stringify(dayOne().slice(0, 1)));
    case '2025-12-13':
      return json(listedTwice());
    case '2025-11-30':
    case '2025-12-04':
      return jsonFixture('empty.json');
    case '2025-12-01':
      return request.page === 0 ? jsonFixture('2025-12-01.json') : json('[]');
    case '2025-12-02':
      return jsonFixture(`2025-12-02-page-${request.page}.json`);
    case '2025-12-03':
      return jsonFixture('2025-12-03-schema-fail.json');
    case '2025-12-05':
      return request.count === 1 ? json('{"error":"rate limited"}', 429, { 'retry-after': '1' }) : jsonFixture('2025-12-01.json');
    case '2025-12-06':
      return json('{"error":"Internal Error"}', 500);
    case '2025-12-07':
      return 'hang';
    case '2025-12-08':
      return jsonFixture('malformed.json');
    case '2025-12-09':
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: apiFixture('error-page.html') };
    case '2025-12-11':
      return 'cut';
    case '2025-12-10':
      return json('{"error":"slow down"}', 429, { 'retry-after': '3600' });
    default:
      return json('{"error":"no such day in this test"}', 404);
  }
}

let api: FakeApi;
beforeAll(async () => {
  api = await startFakeApi(answer);
});
afterAll(async () => {
  await api?.close();
});

function listingsDir(): string {
  const dir = path.join(tempDir('fetch'), 'listings');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Every file under the folder, hidden ones included (a leftover temporary file would show up). */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

const requestsFor = (date: string) => api.requests.filter((request) => request.date === date);
const fetchInto = (dir: string, args: string[], env: Record<string, string> = {}) =>
  runFetchCli(args, { HF_API_URL: api.url, LISTINGS_DIR: dir, FETCH_TODAY: '2025-12-20', ...env });
/** What the fetch writes for an answer: the API's array, two-space indented, with a final newline. */
const expectedBytes = (...pages: string[]) => `${JSON.stringify(pages.flatMap((name) => JSON.parse(apiFixture(name).toString('utf8'))), null, 2)}\n`;

describe('npm run fetch: days that arrive', { timeout: 120_000 }, () => {
  it('writes a normal day, asking for 100 papers a page, with a descriptive User-Agent', async () => {
    const dir = listingsDir();
    const result = await fetchInto(dir, ['2025-12-01'], { GITHUB_REPOSITORY: 'example/digest' });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(path.join(dir, '2025-12-01.json'), 'utf8')).toBe(expectedBytes('2025-12-01.json'));
    expect(filesIn(dir)).toEqual(['2025-12-01.json']);
    expect(result.stdout).toContain('[1/1] 2025-12-01: wrote ');
    expect(result.stdout).toContain('2025-12-01.json (3 papers)');
    expect(result.stdout).toMatch(/^fetch: 1 written, 0 unchanged, 0 skipped, 0 failed: changed \(exit 0\)$/m);
    const [request] = requestsFor('2025-12-01').slice(-1);
    expect(request).toMatchObject({ page: 0, limit: 100 });
    expect(request!.headers['user-agent']).toBe('paper-digest/0.1.0 (+https://github.com/example/digest)');
    expect(request!.headers.accept).toBe('application/json');
  });

  it('follows a full first page to the second one', async () => {
    const dir = listingsDir();
    const result = await fetchInto(dir, ['2025-12-02'], { FETCH_PAGE_SIZE: '2' });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(path.join(dir, '2025-12-02.json'), 'utf8')).toBe(expectedBytes('2025-12-02-page-0.json', '2025-12-02-page-1.json'));
    expect(result.stdout).toContain('(3 papers, 2 pages)');
    expect(requestsFor('2025-12-02').slice(-2).map((request) => [request.page, request.limit])).toEqual([[0, 2], [1, 2]]);
  });

  it('writes an empty day as an empty list', async () => {
    const dir = listingsDir();
    const result = await fetchInto(dir, ['2025-12-04']);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(path.join(dir, '2025-12-04.json'), 'utf8')).toBe('[]\n');
    expect(result.stdout).toContain('(empty day: no papers)');
  });

  it('waits out a 429 as Retry-After says, then writes the day', async () => {
    const dir = listingsDir();
    const before = requestsFor('2025-12-05').length;
    const result = await fetchInto(dir, ['2025-12-05']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('2025-12-05: HTTP 429 Too Many Requests ("rate limited"); trying again in 1 s (retry 1 of 2)');
    expect(requestsFor('2025-12-05').length - before).toBe(2);
    expect(readFileSync(path.join(dir, '2025-12-05.json'), 'utf8')).toBe(expectedBytes('2025-12-01.json'));
  });

  it('fetches the recent days that have no listing, and then has nothing new', async () => {
    const dir = listingsDir();
    mkdirSync(path.join(dir, '2025'));
    writeFileSync(path.join(dir, '2025', '2025-12-01.txt'), 'a hand-made listing');
    const env = { FETCH_TODAY: '2025-12-03', FETCH_RECENT_DAYS: '3', FETCH_PAGE_SIZE: '2' };
    const first = await fetchInto(dir, [], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('[1/3] 2025-11-30: wrote');
    expect(first.stdout).toContain(`[2/3] 2025-12-01: left alone: ${path.relative(process.cwd(), path.join(dir, '2025', '2025-12-01.txt'))} is a hand-made listing`);
    expect(first.stdout).toContain('[3/3] 2025-12-02: wrote');
    expect(filesIn(dir)).toEqual(['2025-11-30.json', '2025-12-02.json', path.join('2025', '2025-12-01.txt')]);
    expect(readFileSync(path.join(dir, '2025', '2025-12-01.txt'), 'utf8')).toBe('a hand-made listing');

    const again = await fetchInto(dir, [], env);
    expect(again.code, again.stderr).toBe(3);
    expect(again.stdout).toContain('2025-11-30: already fetched as');
    expect(again.stdout).toMatch(/^fetch: 0 written, 0 unchanged, 3 skipped, 0 failed: nothing new \(exit 3\)$/m);
  });

  it('re-fetches with --force where the file sits, leaving identical bytes alone', async () => {
    const dir = listingsDir();
    mkdirSync(path.join(dir, '2025', '12'), { recursive: true });
    const file = path.join(dir, '2025', '12', '2025-12-01.json');
    writeFileSync(file, expectedBytes('2025-12-01.json'));
    const { mtimeMs } = statSync(file);
    const requests = requestsFor('2025-12-01').length;

    const skipped = await fetchInto(dir, ['2025-12-01']);
    expect(skipped.code).toBe(3);
    expect(requestsFor('2025-12-01').length).toBe(requests);

    const same = await fetchInto(dir, ['2025-12-01', '--force']);
    expect(same.code, same.stderr).toBe(3);
    expect(same.stdout).toContain('2025-12-01: unchanged:');
    expect(statSync(file).mtimeMs).toBe(mtimeMs);

    writeFileSync(file, '[]\n');
    const changed = await fetchInto(dir, ['--force', '2025-12-01']);
    expect(changed.code, changed.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(expectedBytes('2025-12-01.json'));
    expect(filesIn(dir)).toEqual([path.join('2025', '12', '2025-12-01.json')]);
  });
});

describe('npm run fetch: listings linked in from elsewhere', { timeout: 120_000 }, () => {
  it('counts a linked listing as there, and --force updates it where it lives, keeping the link', async () => {
    const elsewhere = listingsDir();
    const target = path.join(elsewhere, '2025-12-01.json');
    writeFileSync(target, '[]\n');
    const dir = listingsDir();
    symlinkSync(target, path.join(dir, '2025-12-01.json'));
    const skipped = await fetchInto(dir, ['2025-12-01']);
    expect(skipped.code).toBe(3);
    expect(skipped.stdout).toContain('already fetched');
    const forced = await fetchInto(dir, ['2025-12-01', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(lstatSync(path.join(dir, '2025-12-01.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(expectedBytes('2025-12-01.json'));
  });
});

describe('npm run fetch: answers that never replace a good file', { timeout: 120_000 }, () => {
  const failures: [string, string, Record<string, string>, RegExp][] = [
    ['a response that fails the schema', '2025-12-03', {}, /does not fit the listing format: paper 2: paper\.id: must be an arXiv id/],
    ['500 forever', '2025-12-06', {}, /HTTP 500 Internal Server Error \("Internal Error"\) after 3 tries \(GET http:\/\/127\.0\.0\.1:\d+\/api\/daily_papers\?date=2025-12-06&limit=100&p=0\)/],
    ['a server that never answers', '2025-12-07', { FETCH_TIMEOUT_MS: '300', FETCH_RETRIES: '1' }, /no complete answer within 300 ms after 2 tries/],
    ['malformed JSON', '2025-12-08', {}, /malformed JSON \(900 characters\)/],
    ['a connection dropped halfway through the answer', '2025-12-11', {}, /network error: other side closed \(UND_ERR_SOCKET\) after 3 tries/],
    ['an HTML error page with status 200', '2025-12-09', {}, /expected JSON, got text\/html \(an error page\?\)/],
    ['a Retry-After longer than the fetch waits', '2025-12-10', {}, /HTTP 429 Too Many Requests \("slow down"\), and the server asks to wait 3600 s, longer than the 5 s this fetch waits/],
  ];

  it.each(failures)('%s: exit 1, one line saying why, the existing file untouched', async (_name, day, env, reason) => {
    const dir = listingsDir();
    const file = path.join(dir, `${day}.json`);
    const good = expectedBytes('2025-12-01.json');
    writeFileSync(file, good);
    const { mtimeMs } = statSync(file);

    const result = await fetchInto(dir, [day, '--force'], env);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    const failed = result.stderr.split('\n').filter((line) => line.includes('FAILED'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(new RegExp(`^\\[1/1\\] ${day}: FAILED, nothing written: `));
    expect(failed[0]).toMatch(reason);
    expect(result.stdout).toMatch(/^fetch: 0 written, 0 unchanged, 0 skipped, 1 failed: failed \(exit 1\)$/m);
    expect(readFileSync(file, 'utf8')).toBe(good);
    expect(statSync(file).mtimeMs).toBe(mtimeMs);
    expect(filesIn(dir)).toEqual([`${day}.json`]);
  });

  it('keeps a day with papers when --force gets an empty answer, and replaces it only with --allow-empty', async () => {
    const dir = listingsDir();
    const file = path.join(dir, '2025-12-04.json');
    const good = expectedBytes('2025-12-01.json');
    writeFileSync(file, good);
    const refused = await fetchInto(dir, ['2025-12-04', '--force']);
    expect(refused.code, refused.stdout + refused.stderr).toBe(1);
    expect(refused.stderr).toMatch(/2025-12-04: FAILED, nothing written: the API answered no papers, but .*2025-12-04\.json has 3 papers: kept it .*--allow-empty replaces it/);
    expect(readFileSync(file, 'utf8')).toBe(good);
    expect(filesIn(dir)).toEqual(['2025-12-04.json']);

    const allowed = await fetchInto(dir, ['2025-12-04', '--force', '--allow-empty']);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('[]\n');
  });

  it('keeps a day when an answer has fewer papers than the file, unless --allow-fewer', async () => {
    const dir = listingsDir();
    const file = path.join(dir, '2025-12-12.json');
    const good = expectedBytes('2025-12-01.json');
    writeFileSync(file, good);
    const refused = await fetchInto(dir, ['2025-12-12', '--force']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/FAILED, nothing written: the API answered 1 paper, but .*has 3 papers: kept it \(--allow-fewer replaces it\)/);
    expect(readFileSync(file, 'utf8')).toBe(good);
    const allowed = await fetchInto(dir, ['2025-12-12', '--force', '--allow-fewer']);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveLength(1);
  });

  it('merges a paper listed twice in one answer, keeping the higher upvote count, with a warning', async () => {
    const dir = listingsDir();
    const result = await fetchInto(dir, ['2025-12-13']);
    expect(result.code, result.stderr).toBe(0);
    const written = JSON.parse(readFileSync(path.join(dir, '2025-12-13.json'), 'utf8')) as { paper: { id: string; upvotes: number } }[];
    expect(written.map((item) => [item.paper.id, item.paper.upvotes])).toEqual([['2511.20001', 57], ['2511.20002', 12], ['2511.20003', 13]]);
    expect(result.stderr).toContain('2025-12-13: warning: paper 2511.20001 is listed twice (items 1 and 4): merged into one, with the higher upvote count');
  });

  it('keeps asking for a day that failed after the recent window moved past it, and names it in the job summary', async () => {
    const dir = listingsDir();
    // 2025-12-06 fails for good (500); the days around it are there.
    for (const day of ['2025-12-04', '2025-12-05', '2025-12-07', '2025-12-08', '2025-12-09']) writeFileSync(path.join(dir, `${day}.json`), '[]\n');
    const summary = path.join(tempDir('fetch-summary'), 'summary.md');
    const result = await fetchInto(dir, [], { FETCH_TODAY: '2025-12-10', FETCH_RECENT_DAYS: '2', FETCH_SUMMARY_FILE: summary });
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/\[1\/3\] 2025-12-06: FAILED/);
    expect(result.stderr).toContain('failed: 2025-12-06 (tried again on the next run)');
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('**1 day failed**');
    expect(text).toMatch(/^- 2025-12-06: HTTP 500 Internal Server Error/m);
  });

  it('names the holes older than the look-back without fetching them', async () => {
    const dir = listingsDir();
    for (const day of ['2025-11-01', '2025-11-03', '2025-12-09']) writeFileSync(path.join(dir, `${day}.json`), '[]\n');
    const result = await fetchInto(dir, [], { FETCH_TODAY: '2025-12-10', FETCH_RECENT_DAYS: '1', FETCH_LOOKBACK_DAYS: '7', FETCH_TIMEOUT_MS: '300', FETCH_RETRIES: '0' });
    expect(result.code).toBe(1); // 2025-12-03..08 are owed and this stand-in API has no 2025-12-03
    expect(result.stderr).toMatch(/warning: 30 days have no listing and are older than the 7-day look-back, so not fetched: 2025-11-02, 2025-11-04/);
    expect(requestsFor('2025-11-02')).toHaveLength(0);
  });

  it('writes the good days of a range and still exits 1 when one failed', async () => {
    const dir = listingsDir();
    const result = await fetchInto(dir, ['--from', '2025-12-05', '--to', '2025-12-06']);
    expect(result.code).toBe(1);
    expect(filesIn(dir)).toEqual(['2025-12-05.json']);
    expect(result.stdout).toMatch(/^fetch: 1 written, 0 unchanged, 0 skipped, 1 failed: failed \(exit 1\)$/m);
  });

  it('refuses a bad command line with the usage', async () => {
    const result = await fetchInto(listingsDir(), ['2025-02-30']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the day "2025-02-30" is not a real day written as YYYY-MM-DD');
    expect(result.stderr).toContain('usage: npm run fetch --');
  });
});

// Answers whose body is the problem: endless, announced as huge, or compressed and broken. The fetch must
// refuse each with a line that says what was wrong, without reading more than its limit.
import { mkdirSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/build-site.ts';
import { runFetchCli } from '../support/run-fetch-cli.ts';

let server: Server;
let url: string;
/** Bytes the endless answer sent before the client stopped reading. */
let endlessSent = 0;
const day = gzipSync(Buffer.from('[]'));

beforeAll(async () => {
  server = createServer((req, res) => {
    const date = new URL(req.url ?? '/', 'http://x').searchParams.get('date');
    const json = { 'content-type': 'application/json' };
    if (date === '2025-12-01') {
      // An endless array: "[" then ever more items, as fast as the client reads.
      res.writeHead(200, json);
      const chunk = Buffer.from(`${'{"paper":{"id":"2511.00001"}},'.repeat(32_000)}`);
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) endlessSent += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      res.write('[');
      pump();
      res.on('close', () => res.destroy());
    } else if (date === '2025-12-02') {
      res.writeHead(200, { ...json, 'content-length': String(3 * 1024 ** 3) });
      res.write('[');
      setTimeout(() => res.destroy(), 5_000).unref();
    } else if (date === '2025-12-03') {
      res.writeHead(200, { ...json, 'content-encoding': 'gzip' });
      res.end(day.subarray(0, 10)); // the gzip header and nothing else
    } else if (date === '2025-12-04') {
      res.writeHead(200, { ...json, 'content-encoding': 'gzip' });
      res.end(Buffer.from('this is not gzip'));
    } else {
      res.writeHead(404, json).end('{"error":"no"}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function fetchDay(date: string, env: Record<string, string> = {}) {
  const dir = path.join(tempDir('fetch-body'), 'listings');
  mkdirSync(dir, { recursive: true });
  return runFetchCli([date], { HF_API_URL: url, LISTINGS_DIR: dir, FETCH_TODAY: '2025-12-20', ...env }).then((result) => ({ ...result, files: readdirSync(dir) }));
}

describe('npm run fetch: answers too big or broken to read', { timeout: 120_000 }, () => {
  it('stops reading an endless answer at the limit (20 MB by default), with a line saying so', async () => {
    const result = await fetchDay('2025-12-01');
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/2025-12-01: FAILED, nothing written: the answer is larger than 20 MB, more than any day of papers: refused \(FETCH_MAX_BYTES raises the limit\)/);
    // Not retried (it would be the same answer), and not read on: a few socket buffers past the limit at most.
    expect(endlessSent).toBeLessThan(60_000_000);
    expect(result.files).toEqual([]);
  });

  it('refuses at once an answer that announces more than the limit', async () => {
    const started = Date.now();
    const result = await fetchDay('2025-12-02', { FETCH_MAX_BYTES: '1000000' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the answer is larger than 1 MB (it announces 3221.2 MB)');
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('says a cut-off gzip answer is one, not "malformed JSON (0 characters)" alone', async () => {
    const result = await fetchDay('2025-12-03');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/malformed JSON \(0 characters after gzip decoding: a cut-off or broken gzip answer\?\)/);
  });

  it('says a body that is not gzip at all is broken gzip', async () => {
    const result = await fetchDay('2025-12-04');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/FAILED, nothing written: the answer's gzip encoding is broken \(incorrect header check\)/);
  });
});

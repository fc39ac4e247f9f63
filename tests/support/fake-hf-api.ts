/**
 * A stand-in for the Hugging Face API on 127.0.0.1 (random port): `GET /api/daily_papers` answers as the
 * test's `answer` function says, often with a file from tests/fixtures/api/. Records every request.
 * `close()` also cuts connections left hanging on purpose (the timeout test).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const apiFixtures = path.resolve(import.meta.dirname, '../fixtures/api');

/** The bytes of a file in tests/fixtures/api/. */
export function apiFixture(name: string): Buffer {
  return readFileSync(path.join(apiFixtures, name));
}

export interface ApiRequest {
  date: string | null;
  page: number;
  limit: number | null;
  /** How many times this date and page were asked for before, this one included (1 = the first time). */
  count: number;
  headers: IncomingHttpHeaders;
  url: string;
}

export type Answer =
  | { status?: number; headers?: Record<string, string>; body: string | Buffer }
  /** Never answer: the client's timeout must end the request. */
  | 'hang'
  /** Promise a whole day, send the start of it, and drop the connection. */
  | 'cut';

export interface FakeApi {
  /** Base URL, as HF_API_URL takes it. */
  url: string;
  requests: ApiRequest[];
  close(): Promise<void>;
}

/** A JSON answer from a fixture file, with the API's content type. */
export function jsonFixture(name: string, status = 200, headers: Record<string, string> = {}): Answer {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: apiFixture(name) };
}

function send(res: ServerResponse, answer: Exclude<Answer, 'hang' | 'cut'>): void {
  res.writeHead(answer.status ?? 200, answer.headers ?? {});
  res.end(answer.body);
}

export async function startFakeApi(answer: (request: ApiRequest) => Answer): Promise<FakeApi> {
  const requests: ApiRequest[] = [];
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== '/api/daily_papers') {
      send(res, { status: 404, headers: { 'content-type': 'application/json' }, body: '{"error":"Not Found"}' });
      return;
    }
    const date = url.searchParams.get('date');
    const page = Number(url.searchParams.get('p') ?? '0');
    const limit = url.searchParams.has('limit') ? Number(url.searchParams.get('limit')) : null;
    const key = `${date}/${page}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    const request: ApiRequest = { date, page, limit, count, headers: req.headers, url: url.pathname + url.search };
    requests.push(request);
    const reply = answer(request);
    if (reply === 'cut') {
      const day = apiFixture('2025-12-01.json');
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(day.length) });
      res.write(day.subarray(0, day.length / 2), () => res.destroy());
    } else if (reply !== 'hang') send(res, reply);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

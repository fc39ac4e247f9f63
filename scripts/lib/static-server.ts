/**
 * A tiny static file server (node:http only), for the browser tests and the bench, that behaves like a
 * real static host for a built `dist/` folder:
 *  - `basePath` (e.g. '/digest/') maps to rootDir; anything outside it gets the 404 page;
 *  - a URL ending in '/' serves that folder's index.html;
 *  - '/x' redirects (301) to '/x/' when x/index.html exists, keeping the query string;
 *  - missing files get rootDir/404.html with status 404 (plain text if there is none);
 *  - path traversal ('..', encoded slashes, symlinks leaving rootDir) is refused with 403;
 *  - only GET and HEAD (405 otherwise).
 * Headers: exact Content-Type (see CONTENT_TYPES; unknown → application/octet-stream),
 * Content-Length, `X-Content-Type-Options: nosniff` (so a wrong type fails loudly in the browser).
 * Caching as Netlify and Cloudflare Pages do by default, the strictest of the common hosts: a file has an
 * ETag and `Cache-Control: no-cache`, so the browser asks again every time it uses it and gets a bodiless
 * 304 when it has the file already (a fresh browser context has nothing, so a first visit's byte count is
 * reproducible); anything else is `no-store`. No compression: `bytes` are uncompressed body sizes, an
 * upper bound for what a gzip/brotli host would send.
 *
 * Every response is recorded in `requests` ({ path, bytes, status, … }) so a test can report the
 * bytes a page fetched; clear it between measurements with `server.requests.length = 0`.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { isInside } from '../../src/util/fs/is-inside.ts';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  // Pagefind's index files (compressed binary chunks fetched by pagefind.js).
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** The Content-Type the server sends for a file name. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface ServedRequest {
  method: string;
  /** The request target as sent (path and query), e.g. '/digest/pagefind/pagefind.js?x=1'. */
  path: string;
  status: number;
  /** Response body bytes actually written (0 for HEAD). */
  bytes: number;
  contentType: string | undefined;
}

export interface StaticServer {
  /** Origin plus basePath, e.g. 'http://127.0.0.1:41234/digest/'. */
  url: string;
  /** 'http://127.0.0.1:41234' */
  origin: string;
  requests: ServedRequest[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** URL prefix the site lives under; leading/trailing slashes are added. Default '/'. */
  basePath?: string;
}

function normalizeBase(basePath: string): string {
  const trimmed = basePath.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

async function statOrNull(file: string) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

/** Serves rootDir at http://127.0.0.1:<free port><basePath>. Always `await server.close()`. */
export async function serveStatic(rootDir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = normalizeBase(options.basePath ?? '/');
  const root = await realpath(path.resolve(rootDir));
  const requests: ServedRequest[] = [];

  const server = http.createServer((req, res) => {
    const record: ServedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', status: 0, bytes: 0, contentType: undefined };
    // Count body bytes as they are written, record once the response is done (or aborted).
    const write = res.write.bind(res) as unknown as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end.bind(res) as unknown as (...args: unknown[]) => http.ServerResponse;
    const count = (chunk: unknown) => {
      if (typeof chunk === 'string') record.bytes += Buffer.byteLength(chunk);
      else if (chunk instanceof Uint8Array) record.bytes += chunk.byteLength;
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => (count(chunk), write(chunk, ...rest))) as unknown as typeof res.write;
    res.end = ((...args: unknown[]) => {
      if (typeof args[0] !== 'function') count(args[0]);
      return end(...args);
    }) as unknown as typeof res.end;
    res.on('close', () => {
      record.status = res.statusCode;
      record.contentType = res.getHeader('content-type') as string | undefined;
      if (req.method === 'HEAD') record.bytes = 0;
      requests.push(record);
    });
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `500 ${error.message}\n`);
      else res.destroy(error);
    });
  });

  // setHeader (not writeHead's header object) so getHeader() can report the type in `requests`.
  function setHeaders(res: http.ServerResponse, headers: http.OutgoingHttpHeaders) {
    const all: http.OutgoingHttpHeaders = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', ...headers };
    for (const [name, value] of Object.entries(all)) if (value !== undefined) res.setHeader(name, value);
  }

  function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, headers: http.OutgoingHttpHeaders = {}) {
    setHeaders(res, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...headers });
    res.writeHead(status);
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }

  async function sendFile(res: http.ServerResponse, file: string, status = 200) {
    const info = await stat(file);
    const etag = `"${info.size.toString(36)}-${Math.trunc(info.mtimeMs).toString(36)}"`;
    const caching = status === 200 ? { 'Cache-Control': 'no-cache', ETag: etag } : {};
    if (status === 200 && res.req.headers['if-none-match'] === etag) {
      setHeaders(res, caching);
      res.writeHead(304);
      return void res.end();
    }
    setHeaders(res, { 'Content-Type': contentTypeFor(file), 'Content-Length': info.size, ...caching });
    res.writeHead(status);
    if (res.req.method === 'HEAD') return void res.end();
    await new Promise<void>((resolve, reject) => {
      const stream = createReadStream(file);
      stream.on('error', reject);
      res.on('close', resolve);
      stream.pipe(res);
    });
  }

  async function notFound(res: http.ServerResponse) {
    const page = path.join(root, '404.html');
    if ((await statOrNull(page))?.isFile()) return sendFile(res, page, 404);
    send(res, 404, 'text/plain; charset=utf-8', '404 Not Found\n');
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'text/plain; charset=utf-8', '405 Method Not Allowed\n', { Allow: 'GET, HEAD' });
    }
    // WHATWG URL parsing resolves '.'/'..' segments (also %2e%2e) before we look at the path.
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', '400 Bad Request\n');
    }
    if (pathname.includes('\0') || pathname.includes('\\')) return send(res, 403, 'text/plain; charset=utf-8', '403 Forbidden\n');
    // '/digest' (the base without its slash) behaves like any folder: redirect to '/digest/'.
    if (`${pathname}/` === base) return redirect(res, `${base}${url.search}`);
    if (!pathname.startsWith(base)) return notFound(res);

    const relative = pathname.slice(base.length);
    // Decoding may have produced '..' segments from '%2F' — refuse anything that leaves root.
    if (relative.split('/').includes('..')) return send(res, 403, 'text/plain; charset=utf-8', '403 Forbidden\n');
    let file = path.join(root, relative);
    if (!isInside(root, file)) return send(res, 403, 'text/plain; charset=utf-8', '403 Forbidden\n');

    let info = await statOrNull(file);
    if (info?.isDirectory()) {
      const index = path.join(file, 'index.html');
      if (!(await statOrNull(index))?.isFile()) return notFound(res);
      if (!pathname.endsWith('/')) return redirect(res, `${url.pathname}/${url.search}`);
      file = index;
      info = await statOrNull(file);
    } else if (pathname.endsWith('/')) {
      return notFound(res); // 'page.html/' is not a folder
    }
    if (!info?.isFile()) return notFound(res);
    // Symlinks must not lead out of the served folder either.
    if (!isInside(root, await realpath(file))) return send(res, 403, 'text/plain; charset=utf-8', '403 Forbidden\n');
    return sendFile(res, file);
  }

  function redirect(res: http.ServerResponse, location: string) {
    send(res, 301, 'text/html; charset=utf-8', `<!doctype html><title>Moved</title><a href="${location}">${location}</a>\n`, { Location: location });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers keep connections alive; without this close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}

/** Sums `bytes` over recorded requests, optionally only those whose path matches. */
export function bytesFetched(requests: ServedRequest[], filter?: (request: ServedRequest) => boolean): number {
  return requests.filter(filter ?? (() => true)).reduce((sum, request) => sum + request.bytes, 0);
}

// `npm run dev`: the digest is served from the listings as they are edited, and search says it needs a build.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, tempDir } from '../support/build-site.ts';
import { pageText, paperText } from '../support/fixture.ts';

let server: ChildProcess;
let origin: string;
let listings: string;
let output = '';

let lastPage = '';
async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  lastPage = `${response.status} ${(await response.clone().text()).replace(/\s+/g, ' ').slice(0, 1500)}`;
  return response.text();
}

// Generous: under load (a loaded 2-core machine) the dev server takes its time.
async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 150_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (
      await check().catch((error: Error) => {
        lastError = `${error.message} ${String(error.cause ?? '')}`;
        return false;
      })
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out waiting for ${what} (${lastError})\n${lastPage}\n${output.slice(-3000)}`);
}

/** The environment without vitest's own variables: Astro's dev server changes its behaviour when it sees them. */
function withoutTestRunnerEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(name)));
}

/** A port nobody listens on right now (Astro's dev server does not report the port it got for --port 0). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const work = tempDir('dev');
  listings = path.join(work, 'listings');
  mkdirSync(listings);
  writeFileSync(path.join(listings, '2025-12-09.txt'), pageText('Dec 9', [paperText('Tree Search for Planning Agents')]));
  server = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...withoutTestRunnerEnv(), LISTINGS_DIR: listings, CACHE_DIR: path.join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  await eventually(async () => output.includes(`${origin}/`), 'the dev server to start');
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
});

describe('npm run dev', () => {
  it('serves the listings and picks up an edited listing without a restart', { timeout: 400_000 }, async () => {
    await eventually(async () => (await fetchText(`${origin}/days/2025-12-09/`)).includes('Tree Search for Planning Agents'), 'the day page');
    writeFileSync(path.join(listings, '2025-12-09.txt'), pageText('Dec 9', [paperText('Tree Search for Planning Agents'), paperText('A Paper Added While Serving')]));
    await eventually(async () => (await fetchText(`${origin}/days/2025-12-09/`)).includes('A Paper Added While Serving'), 'the edited listing to show');
    expect(await fetchText(`${origin}/papers/a-paper-added-while-serving/`)).toContain('<h1');
  });

  it('serves pages without the built site’s Content-Security-Policy, which would block its inline styles', async () => {
    const html = await fetchText(`${origin}/days/2025-12-09/`);
    expect(html).toMatch(/<style[^>]*>/); // the dev server inlines the CSS
    expect(html).not.toMatch(/http-equiv="content-security-policy"/i);
  });

  it('reports a broken listing in the terminal with file and line', { timeout: 400_000 }, async () => {
    // writeFileSync truncates, then writes, as editors save: the dev server must end up reading the written file.
    writeFileSync(path.join(listings, '2025-12-10.txt'), pageText('Dec 10', ['Cut off\n\nabstract']));
    const problem = '2025-12-10.txt:13: the paper starting here ("Cut off") is cut off';
    await eventually(async () => output.includes(problem), 'the problem to be reported');
    // Fixed again: once the fix shows, every collection has handled the broken version, and it was reported once, not once per collection.
    writeFileSync(path.join(listings, '2025-12-10.txt'), pageText('Dec 10', [paperText('Repaired Listing Paper')]));
    await eventually(async () => (await fetchText(`${origin}/days/2025-12-10/`)).includes('Repaired Listing Paper'), 'the repaired listing to show');
    expect(output.split(problem), output).toHaveLength(2);
    // Once per failed read (not once per collection); a read of the file caught half saved may add one.
    expect(output.split('Fix the listings named above and build again.').length - 1).toBeLessThanOrEqual(2);
    expect(output).not.toMatch(/^\s+at /m);
  });
});

/**
 * Headless Chromium for the browser tests and the bench (Playwright's `playwright-core`, no bundled browsers) and an
 * axe-core accessibility check that works on pages with a strict Content-Security-Policy.
 *
 * Which Chromium runs (first match wins):
 *   1. env `CHROME_PATH` — must point at an executable file, otherwise we throw (no silent fallback);
 *   2. a system Chromium: /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome
 *      (Debian: `apt-get install -y chromium`);
 *   3. the chrome-headless-shell bundled in `@sparticuz/chromium`, decompressed into the OS temp dir.
 *
 * Launch one browser at a time (the machine has 2 cores): share one `Browser` per test file and open a
 * fresh context per test, closing everything in `finally` / `afterAll`.
 */
import { spawnSync } from 'node:child_process';
import { constants, accessSync, closeSync, mkdirSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from 'playwright-core';
import type { ImpactValue, Result, RunOptions } from 'axe-core';

export type ChromiumSource = 'env' | 'system' | 'bundled';

export interface ResolvedChromium {
  executablePath: string;
  source: ChromiumSource;
}

export interface ResolveOptions {
  /** Restrict the search to one source (e.g. 'bundled' to test @sparticuz/chromium). Default: all, in order. */
  only?: ChromiumSource;
}

/** System browsers, in order of preference. */
export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Debian's /usr/bin/chromium is a shell script that execs /usr/lib/chromium/chromium after sourcing
 * /etc/chromium.d/* (which adds flags such as --enable-remote-extensions and prints a harmless
 * "[: … unexpected operator" from its /dev/shm check). We launch the real binary directly when the
 * wrapper is a script and the binary is there, so the flags are exactly ours.
 */
const WRAPPED_BINARIES: Record<string, string> = {
  '/usr/bin/chromium': '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser': '/usr/lib/chromium-browser/chromium-browser',
};

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isShellScript(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    readSync(fd, head, 0, 2, 0);
    return head.toString('latin1') === '#!';
  } finally {
    closeSync(fd);
  }
}

function systemChromium(): string | undefined {
  for (const candidate of SYSTEM_CHROMIUM_PATHS) {
    if (!isExecutableFile(candidate)) continue;
    const real = WRAPPED_BINARIES[candidate];
    if (real && isShellScript(candidate) && isExecutableFile(real)) return real;
    return candidate;
  }
  return undefined;
}

/**
 * Decompresses @sparticuz/chromium's binary (≈200 MB: <tmp>/chromium, <tmp>/fonts, swiftshader libs
 * directly in <tmp>) once. Its `executablePath()` returns <tmp>/chromium as soon as that file EXISTS,
 * so two processes extracting at once could hand a half-written binary to the second one. A lock
 * directory serializes extraction across vitest workers, and a `--version` run proves the binary works.
 */
async function bundledChromium(): Promise<string> {
  const lock = path.join(tmpdir(), 'paper-digest-sparticuz-chromium.lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock older than 3 minutes is left over from a killed process.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock} (remove it if no test is running)`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    const { default: Chromium } = await import('@sparticuz/chromium');
    const executablePath = await Chromium.executablePath();
    const probe = spawnSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 60_000 });
    if (probe.status !== 0) {
      throw new Error(
        `the bundled Chromium at ${executablePath} does not run (${probe.error?.message ?? probe.stderr.trim()}); ` +
          `a broken extraction is reused forever: delete ${executablePath} and ${path.join(tmpdir(), 'fonts')} and retry`,
      );
    }
    return executablePath;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Finds a Chromium and says where it came from. See the module comment for the order. */
export async function resolveChromiumInfo(options: ResolveOptions = {}): Promise<ResolvedChromium> {
  const { only } = options;
  const problems: string[] = [];
  const envPath = process.env.CHROME_PATH;
  if ((!only || only === 'env') && envPath) {
    if (!isExecutableFile(envPath)) throw new Error(`CHROME_PATH=${envPath} is not an executable file`);
    return { executablePath: envPath, source: 'env' };
  }
  if (only === 'env') throw new Error('CHROME_PATH is not set');
  if (!only || only === 'system') {
    const found = systemChromium();
    if (found) return { executablePath: found, source: 'system' };
    problems.push(`no system Chromium at ${SYSTEM_CHROMIUM_PATHS.join(', ')} (Debian: apt-get install -y chromium)`);
  }
  if (!only || only === 'bundled') {
    try {
      return { executablePath: await bundledChromium(), source: 'bundled' };
    } catch (error) {
      problems.push(`@sparticuz/chromium: ${(error as Error).message}`);
    }
  }
  throw new Error(`No usable Chromium found. Set CHROME_PATH, or fix one of:\n  - ${problems.join('\n  - ')}`);
}

/** The Chromium executable path (CHROME_PATH, then system, then @sparticuz/chromium). */
export async function resolveChromium(options: ResolveOptions = {}): Promise<string> {
  return (await resolveChromiumInfo(options)).executablePath;
}

/**
 * Flags for every launch. Playwright itself already adds --headless, --no-sandbox (unless
 * chromiumSandbox), --disable-background-networking, --disable-component-update, --disable-sync,
 * --no-first-run and its own --disable-features list; repeating them is harmless.
 * --disable-dev-shm-usage: containers often have a 64 MB /dev/shm, which crashes renderers.
 *
 * We deliberately do NOT pass @sparticuz/chromium's `Chromium.args`: they are tuned for AWS Lambda and
 * include --disable-web-security / --allow-running-insecure-content (would hide CSP and CORS bugs),
 * --single-process / --no-zygote (only needed in Lambda's sandbox), and a --disable-features=… that
 * would replace Playwright's own --disable-features list (Chromium keeps only the last one).
 * The bundled headless shell launched fine here with just these flags.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export interface LaunchBrowserOptions extends ResolveOptions {
  /** Use this executable instead of resolving one. */
  executablePath?: string;
  /** Extra Chromium flags, appended to CHROMIUM_ARGS. */
  args?: string[];
  /** Launch timeout in ms (default 60 s: a cold start on a busy 2-core machine can be slow). */
  timeout?: number;
}

/** Launches headless Chromium. Always `await browser.close()` in a finally/afterAll. */
export async function launchBrowser(options: LaunchBrowserOptions = {}): Promise<Browser> {
  const executablePath = options.executablePath ?? (await resolveChromium(options));
  const launchOptions: LaunchOptions = {
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    timeout: options.timeout ?? 60_000,
  };
  let browser: Browser;
  try {
    browser = await chromium.launch(launchOptions);
  } catch (error) {
    throw new Error(`launching Chromium at ${executablePath} failed: ${(error as Error).message}`, { cause: error });
  }
  return withWaitLimit(browser);
}

/** How long a page wait (waitFor, waitForURL, waitForFunction, goto) may take: generous, since each ends as soon as its condition holds. */
export const WAIT_LIMIT_MS = 60_000;

/** Playwright's own default is 30 s: every context (and page) of this browser gets WAIT_LIMIT_MS instead. */
function withWaitLimit(browser: Browser): Browser {
  const limited = <T extends Page | BrowserContext>(target: T): T => {
    target.setDefaultTimeout(WAIT_LIMIT_MS);
    target.setDefaultNavigationTimeout(WAIT_LIMIT_MS);
    return target;
  };
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => limited(await newContext(...args));
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...args) => limited(await newPage(...args));
  return browser;
}

// ---------------------------------------------------------------------------------------------------
// axe-core

const require = createRequire(import.meta.url);
/** node_modules/axe-core/axe.min.js */
export const AXE_PATH = require.resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

/**
 * Runs axe-core in the page's main frame and returns its violations.
 *
 * Injection: `page.addScriptTag()` inserts a <script> element, which a strict CSP
 * (`script-src 'self'`, no 'unsafe-inline') blocks. We instead run the axe source with
 * `page.evaluate(source)`: Playwright evaluates it through the DevTools protocol
 * (Runtime.evaluate), which the page's CSP does not govern, so no `bypassCSP` context option is
 * needed and the page is tested under its real policy. (axe defines `window.axe` when evaluated.)
 * Iframes are not checked (that would need injection into every frame).
 *
 * @param options axe `RunOptions`, e.g. `{ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }`.
 * @param context what to check (a CSS selector or axe context object); the whole document by default.
 */
export async function runAxe(page: Page, options: RunOptions = {}, context: unknown = null): Promise<Result[]> {
  axeSource ??= (await import('node:fs')).readFileSync(AXE_PATH, 'utf8');
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  // Only the violations are wanted: axe then keeps one node per pass instead of every node checked, and only
  // the violations leave the page. On a day page of 50 papers that is most of axe's time.
  return page.evaluate(
    async ([ctx, opts]) => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown }> } }).axe;
      return (await axe.run(ctx ?? document, { resultTypes: ['violations'], ...opts })).violations;
    },
    [context, options] as const,
  ) as Promise<Result[]>;
}

/** Keeps the violations whose impact is one of `impacts` (default: serious and critical). */
export function filterByImpact(violations: Result[], impacts: ImpactValue[] = ['serious', 'critical']): Result[] {
  return violations.filter((violation) => impacts.includes(violation.impact ?? null));
}

/** The serious and critical violations: the usual "must be zero" set. */
export function seriousViolations(violations: Result[]): Result[] {
  return filterByImpact(violations, ['serious', 'critical']);
}

/** A readable multi-line summary for assertion messages: rule, impact, help and offending selectors. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => `    ${JSON.stringify(node.target)} ${node.html.slice(0, 120)}`);
      return [`${violation.id} (${violation.impact}): ${violation.help}`, ...targets].join('\n');
    })
    .join('\n');
}

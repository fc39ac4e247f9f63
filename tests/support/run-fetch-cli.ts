/** Runs `scripts/fetch.ts` as a real child process (the same Node.js as the tests) and collects what it prints. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './build-site.ts';

export interface FetchCliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Waits short enough for tests: no pause between requests, quick retries, a short timeout. */
export const FAST_FETCH_ENV = {
  FETCH_DELAY_MS: '0',
  FETCH_RETRIES: '2',
  FETCH_RETRY_BASE_MS: '20',
  FETCH_RETRY_MAX_MS: '5000',
  FETCH_TIMEOUT_MS: '10000',
};

export function runFetchCli(args: string[], env: Record<string, string>, cwd = projectRoot): Promise<FetchCliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/fetch.ts'), ...args], {
      cwd,
      // Only what the test sets: a GITHUB_REPOSITORY or HF_API_URL from the shell must not leak in.
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...FAST_FETCH_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

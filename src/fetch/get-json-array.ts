/** One GET of a JSON array with a timeout, retrying 429 and 5xx with backoff and honouring Retry-After. */
import { setTimeout as sleep } from 'node:timers/promises';
import { BadResponse, readJsonArray } from './json-body.ts';
import { readBodyCapped } from './read-body.ts';
import type { Pacer } from './pacer.ts';
import { parseRetryAfter } from './retry-after.ts';
import { isRetryableStatus, retryDelay, type RetryPolicy } from './retry-policy.ts';

export interface HttpSettings {
  timeoutMs: number;
  /** Largest answer read, decompressed (FETCH_MAX_BYTES). */
  maxBytes: number;
  retry: RetryPolicy;
  userAgent: string;
  /** Awaited before every request, retries included. */
  pace: Pacer;
  /** Told about each retry before its wait, so a long pause is explained. */
  onRetry: (message: string) => void;
}

/** A request that failed for good; the message is one line. */
export class FetchFailure extends Error {
  override name = 'FetchFailure';
}

interface Attempt {
  reason: string;
  retryable: boolean;
  retryAfterMs?: number;
}

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);

function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no complete answer within ${seconds(timeoutMs)}`;
  // fetch() says only "fetch failed" or "terminated"; the cause says what happened ("other side closed").
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  const code = cause?.code && !message.includes(cause.code) ? ` (${cause.code})` : '';
  return `network error: ${message}${code}`;
}

/** The API's own explanation of an error (`{"error": "…"}`), made safe to print on one line. */
function serverError(body: string): string | undefined {
  try {
    const { error } = JSON.parse(body) as { error?: unknown };
    if (typeof error === 'string') return error.replace(/[\p{Cc}\p{Cf}\s]+/gu, ' ').trim().slice(0, 200) || undefined;
  } catch {
    // Not JSON: the status says enough.
  }
  return undefined;
}

/** Why a request is given up: the last failure, how many tries it took, and a Retry-After we would not wait for. */
function giveUpReason(failed: Attempt, attempt: number, policy: RetryPolicy): string {
  const tries = attempt > 1 ? ` after ${attempt} tries` : '';
  const wait = failed.retryAfterMs;
  const waitTooLong = failed.retryable && attempt <= policy.retries && wait !== undefined && wait > policy.maxDelayMs;
  return `${failed.reason}${tries}${waitTooLong ? `, and the server asks to wait ${seconds(wait)}, longer than the ${seconds(policy.maxDelayMs)} this fetch waits` : ''}`;
}

export async function getJsonArray(url: URL, settings: HttpSettings): Promise<unknown[]> {
  for (let attempt = 1; ; attempt++) {
    await settings.pace();
    let failed: Attempt;
    try {
      // The signal also bounds reading the body, so a server that stalls mid-answer times out too.
      const response = await fetch(url, {
        headers: { accept: 'application/json', 'user-agent': settings.userAgent },
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
      if (response.ok) return readJsonArray(await readBodyCapped(response, settings.maxBytes), response.headers.get('content-type'), response.headers.get('content-encoding'));
      const said = serverError(await response.text().catch(() => ''));
      failed = {
        reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${said ? ` ("${said}")` : ''}`,
        retryable: isRetryableStatus(response.status),
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), Date.now()),
      };
    } catch (error) {
      if (error instanceof BadResponse) throw new FetchFailure(error.message);
      failed = { reason: networkReason(error, settings.timeoutMs), retryable: true };
    }
    const delay = failed.retryable ? retryDelay(attempt, settings.retry, failed.retryAfterMs) : undefined;
    if (delay === undefined) throw new FetchFailure(giveUpReason(failed, attempt, settings.retry));
    settings.onRetry(`${failed.reason}; trying again in ${seconds(delay)} (retry ${attempt} of ${settings.retry.retries})`);
    await sleep(delay);
  }
}

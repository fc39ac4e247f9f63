/** Which failures are worth another try, and how long to wait before it. */

export interface RetryPolicy {
  /** Tries after the first one. */
  retries: number;
  /** The first backoff delay; each later one doubles. */
  baseDelayMs: number;
  /** The longest wait accepted, from backoff or from the server's Retry-After. */
  maxDelayMs: number;
}

/** Rate limiting and server trouble pass; other client errors (404, 400) will not. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * The wait before retry number `retry` (1-based): the server's Retry-After when it sent one, else
 * exponential backoff. Undefined means give up: no retries left, or the server asks for a longer pause
 * than we accept (hammering it sooner would be rude).
 */
export function retryDelay(retry: number, policy: RetryPolicy, retryAfterMs?: number): number | undefined {
  if (retry > policy.retries) return undefined;
  if (retryAfterMs !== undefined) return retryAfterMs <= policy.maxDelayMs ? retryAfterMs : undefined;
  return Math.min(policy.baseDelayMs * 2 ** (retry - 1), policy.maxDelayMs);
}

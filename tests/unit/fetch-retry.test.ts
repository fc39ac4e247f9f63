import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../src/fetch/retry-after.ts';
import { isRetryableStatus, retryDelay, type RetryPolicy } from '../../src/fetch/retry-policy.ts';

const NOW = Date.parse('2025-12-09T10:00:00Z');

describe('Retry-After', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('0', NOW)).toBe(0);
    expect(parseRetryAfter(' 120 ', NOW)).toBe(120_000);
  });

  it('reads an HTTP date, and a date in the past as "now"', () => {
    expect(parseRetryAfter('Tue, 09 Dec 2025 10:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Tue, 09 Dec 2025 09:00:00 GMT', NOW)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    for (const value of [null, undefined, '', '-5', '1.5', 'soon', 'Tue, 99 Foo 2025']) expect(parseRetryAfter(value, NOW), String(value)).toBeUndefined();
  });
});

describe('the retry policy', () => {
  const policy: RetryPolicy = { retries: 3, baseDelayMs: 1000, maxDelayMs: 5000 };

  it('retries rate limits and server errors only', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) expect(isRetryableStatus(status), String(status)).toBe(true);
    for (const status of [400, 401, 403, 404, 410, 301]) expect(isRetryableStatus(status), String(status)).toBe(false);
  });

  it('backs off exponentially up to the cap, then gives up', () => {
    expect([1, 2, 3, 4].map((retry) => retryDelay(retry, policy))).toEqual([1000, 2000, 4000, undefined]);
    expect(retryDelay(3, { ...policy, baseDelayMs: 2000 })).toBe(5000);
  });

  it('waits as long as Retry-After says, but gives up rather than wait past the cap', () => {
    expect(retryDelay(1, policy, 0)).toBe(0);
    expect(retryDelay(1, policy, 3000)).toBe(3000);
    expect(retryDelay(1, policy, 60_000)).toBeUndefined();
    expect(retryDelay(4, policy, 0)).toBeUndefined();
  });

  it('never retries with no retries allowed', () => {
    expect(retryDelay(1, { ...policy, retries: 0 })).toBeUndefined();
  });
});

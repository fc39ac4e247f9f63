/**
 * The fetch's settings, from the environment. Defaults are polite to the API; tests turn the waits down.
 * Validated with zod so a typo ("FETCH_TIMEOUT_MS=30s") stops the run with a message instead of a NaN wait.
 */
import { z } from 'zod';
import { isIsoDate } from '../parse/listing-dates.ts';
import { DEFAULT_LISTINGS_DIR } from '../settings/validate-settings.ts';
import type { RetryPolicy } from './retry-policy.ts';

const count = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const FetchEnv = z.object({
  HF_API_URL: z.url({ protocol: /^https?$/ }).default('https://huggingface.co'),
  LISTINGS_DIR: z.string().min(1).default(DEFAULT_LISTINGS_DIR),
  /** The API documents 100 as the most `limit` may ask for. */
  FETCH_PAGE_SIZE: count(1, 100, 100),
  FETCH_TIMEOUT_MS: count(1, 600_000, 30_000),
  /** A day of 100 papers is about half a megabyte; an answer forty times that is not a day of papers. */
  FETCH_MAX_BYTES: count(1_000, 2_000_000_000, 20_000_000),
  FETCH_RETRIES: count(0, 10, 4),
  FETCH_RETRY_BASE_MS: count(0, 600_000, 2_000),
  FETCH_RETRY_MAX_MS: count(0, 3_600_000, 120_000),
  /** Pause between two requests; the Hub allows a few hundred requests per five minutes. */
  FETCH_DELAY_MS: count(0, 600_000, 1_000),
  FETCH_RECENT_DAYS: count(1, 31, 3),
  /** Days back in which a day without a listing is owed, and fetched again on every run until it is there. */
  FETCH_LOOKBACK_DAYS: count(1, 366, 30),
  /** A Markdown file the run appends its results to (a CI job summary, e.g. $GITHUB_STEP_SUMMARY). */
  FETCH_SUMMARY_FILE: z.string().min(1).optional(),
  /** The day the run takes as today (UTC); for tests and for re-running an old schedule. */
  FETCH_TODAY: z.string().refine(isIsoDate, 'must be a real day written as YYYY-MM-DD').optional(),
  /** `owner/name`, set by GitHub Actions: named in the User-Agent. */
  GITHUB_REPOSITORY: z.string().regex(/^[\w.-]+\/[\w.-]+$/).optional(),
});

export interface FetchSettings {
  apiBase: string;
  listingsDir: string;
  pageSize: number;
  timeoutMs: number;
  maxBytes: number;
  retry: RetryPolicy;
  delayMs: number;
  recentDays: number;
  lookbackDays: number;
  summaryFile?: string;
  today?: string;
  repository?: string;
}

export function loadFetchSettings(env: Record<string, string | undefined>): FetchSettings {
  // An empty variable means "not set", as in a shell `FOO= npm run fetch`.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = FetchEnv.safeParse(set);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid fetch settings:\n${lines.join('\n')}`);
  }
  const values = result.data;
  return {
    apiBase: values.HF_API_URL,
    listingsDir: values.LISTINGS_DIR,
    pageSize: values.FETCH_PAGE_SIZE,
    timeoutMs: values.FETCH_TIMEOUT_MS,
    maxBytes: values.FETCH_MAX_BYTES,
    retry: { retries: values.FETCH_RETRIES, baseDelayMs: values.FETCH_RETRY_BASE_MS, maxDelayMs: values.FETCH_RETRY_MAX_MS },
    delayMs: values.FETCH_DELAY_MS,
    recentDays: values.FETCH_RECENT_DAYS,
    lookbackDays: values.FETCH_LOOKBACK_DAYS,
    summaryFile: values.FETCH_SUMMARY_FILE,
    today: values.FETCH_TODAY,
    repository: values.GITHUB_REPOSITORY,
  };
}

/** The command line of `npm run fetch`: one day, a range, or nothing (the recent days), and `--force`. */
import { parseArgs } from 'node:util';
import { isIsoDate } from '../parse/listing-dates.ts';
import { daysBetween } from './day-range.ts';

export interface FetchRequest {
  /** The days asked for, oldest first; undefined: the recent days that have no listing yet. */
  days?: string[];
  /** Re-fetch days that already have a fetched `.json` file. */
  force: boolean;
  /** With --force: let an answer without papers replace a listing that has some (src/fetch/shrink-guard.ts). */
  allowEmpty: boolean;
  /** With --force: let an answer with fewer papers replace a listing with more. */
  allowFewer: boolean;
}

export const FETCH_USAGE = 'usage: npm run fetch -- [YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD] [--force [--allow-empty] [--allow-fewer]]';

/** Thrown for a command line that asks for nothing sensible; the message says what is wrong. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Longest backfill in one run: a typo in a year should not start thousands of requests. */
export const MAX_DAYS = 366;

function day(value: string, what: string, today: string): string {
  if (!isIsoDate(value)) throw new UsageError(`${what} "${value}" is not a real day written as YYYY-MM-DD`);
  if (value > today) throw new UsageError(`${what} ${value} is in the future (today is ${today}, UTC)`);
  return value;
}

export function parseFetchArgs(argv: string[], today: string): FetchRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        force: { type: 'boolean', default: false },
        'allow-empty': { type: 'boolean', default: false },
        'allow-fewer': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const flags = { force: values.force ?? false, allowEmpty: values['allow-empty'] ?? false, allowFewer: values['allow-fewer'] ?? false };
  const ranged = values.from !== undefined || values.to !== undefined;
  if (positionals.length > 1) throw new UsageError(`one day at a time, or --from and --to for several (got ${positionals.join(' ')})`);
  if (positionals.length === 1 && ranged) throw new UsageError('give either a day or --from/--to, not both');
  if (positionals.length === 1) return { days: [day(positionals[0], 'the day', today)], ...flags };
  if (!ranged) return { ...flags };
  if (values.from === undefined || values.to === undefined) throw new UsageError('--from and --to go together');
  const from = day(values.from, '--from', today);
  const to = day(values.to, '--to', today);
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const days = daysBetween(from, to);
  if (days.length > MAX_DAYS) throw new UsageError(`${days.length} days is more than ${MAX_DAYS} in one run: split the range`);
  return { days, ...flags };
}

/**
 * `npm run fetch` without the process around it: decides which days to fetch, fetches, checks and writes
 * them, reports one line per day and a summary, and returns the exit code.
 */
import { appendFile, mkdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { FETCHED_EXTENSION, LISTING_EXTENSIONS, LISTING_FORMATS, listingFileName } from '../parse/listing-format.ts';
import { count, noun } from '../text/count.ts';
import { dayFileProblems, serializeDay } from './day-file.ts';
import { existingListings } from './existing-listings.ts';
import { fetchWindow } from './fetch-window.ts';
import { fetchSummary } from './fetch-summary.ts';
import { EXIT_CHANGED, EXIT_FAILED, EXIT_NOTHING_NEW } from './exit-codes.ts';
import type { FetchRequest } from './fetch-args.ts';
import { fetchDay } from './fetch-day.ts';
import type { FetchSettings } from './fetch-settings.ts';
import { FetchFailure, getJsonArray } from './get-json-array.ts';
import { createPacer } from './pacer.ts';
import { userAgent } from './user-agent.ts';
import { writeFileAtomic } from '../util/fs/write-file-atomic.ts';
import { isInside } from '../util/fs/is-inside.ts';
import { papersOnDisk, shrinkRefusal } from './shrink-guard.ts';

export interface FetchRun {
  request: FetchRequest;
  settings: FetchSettings;
  today: string;
  version: string;
  /** Paths in messages are relative to this folder. */
  cwd: string;
  /** Progress and results. */
  print: (line: string) => void;
  /** Failures and retries. */
  printError: (line: string) => void;
}

type Outcome = 'written' | 'unchanged' | 'skipped' | 'failed';

const papers = (value: number) => (value === 0 ? 'empty day: no papers' : count(value, 'paper'));

async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Relative to the project when inside it, else absolute: a path full of "../.." helps nobody. */
function shownPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && isInside(cwd, file) ? relative : file;
}

interface DayJob {
  day: string;
  /** Where the day's file is or goes. */
  target: string;
  shown: (file: string) => string;
  get: (url: URL) => Promise<unknown[]>;
  run: FetchRun;
}

/** Fetches one day, checks it, and writes it unless the bytes are the same. Returns the line to print. */
async function updateDay({ day, target, shown, get, run }: DayJob): Promise<{ outcome: 'written' | 'unchanged'; line: string }> {
  const { items, pages, duplicates } = await fetchDay(day, run.settings.apiBase, run.settings.pageSize, get);
  for (const duplicate of duplicates) run.printError(`${day}: warning: ${duplicate}`);
  const bytes = serializeDay(items);
  const problems = dayFileProblems(day, items, bytes, shown(target));
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
    throw new FetchFailure(`the answer does not fit the listing format: ${problems[0]}${more}`);
  }
  const summary = `${papers(items.length)}${pages > 1 ? `, ${pages} pages` : ''}`;
  const old = await readIfExists(target);
  if (old?.equals(bytes)) return { outcome: 'unchanged', line: `unchanged: ${shown(target)} (${summary})` };
  const refusal = old && shrinkRefusal(papersOnDisk(old), items.length, run.request, shown(target));
  if (refusal) throw new FetchFailure(refusal);
  // A listing linked in from elsewhere is updated where it lives; the link stays a link.
  const real = await realpath(target).catch(() => target);
  await mkdir(path.dirname(real), { recursive: true });
  await writeFileAtomic(real, bytes);
  const partial = day === run.today ? '; today is not over (UTC), so fetch it again tomorrow with --force' : '';
  return { outcome: 'written', line: `wrote ${shown(target)} (${summary})${partial}` };
}

export async function runFetch(run: FetchRun): Promise<number> {
  const { settings, request } = run;
  const listingsDir = path.resolve(run.cwd, settings.listingsDir);
  const shown = (file: string) => shownPath(file, run.cwd);
  const existing = existingListings(listingsDir);
  const window = request.days ? undefined : fetchWindow(run.today, settings.recentDays, settings.lookbackDays, new Set(existing.keys()));
  const days = request.days ?? window!.days;
  const failed: { day: string; reason: string }[] = [];
  const written: string[] = [];
  const http = {
    timeoutMs: settings.timeoutMs,
    maxBytes: settings.maxBytes,
    retry: settings.retry,
    userAgent: userAgent(run.version, settings.repository),
    pace: createPacer(settings.delayMs),
  };
  const counts: Record<Outcome, number> = { written: 0, unchanged: 0, skipped: 0, failed: 0 };

  for (const [index, day] of days.entries()) {
    const prefix = `[${index + 1}/${days.length}] ${day}:`;
    const files = existing.get(day);
    const fetched = files?.[FETCHED_EXTENSION] ?? [];
    const target = fetched[0] ?? path.join(listingsDir, listingFileName(day, FETCHED_EXTENSION));
    const handMade = LISTING_EXTENSIONS.filter((extension) => !LISTING_FORMATS[extension].fetched).flatMap((extension) => files?.[extension] ?? []);
    if (handMade.length > 0) {
      run.print(`${prefix} left alone: ${shown(handMade[0])} is a hand-made listing`);
      counts.skipped++;
    } else if (fetched.length > 0 && !request.force) {
      run.print(`${prefix} already fetched as ${shown(target)} (--force fetches it again)`);
      counts.skipped++;
    } else {
      const onRetry = (message: string) => run.printError(`${prefix} ${message}`);
      try {
        const { outcome, line } = await updateDay({ day, target, shown, get: (url) => getJsonArray(url, { ...http, onRetry }), run });
        run.print(`${prefix} ${line}`);
        counts[outcome]++;
        if (outcome === 'written') written.push(day);
      } catch (error) {
        const reason = error instanceof FetchFailure ? error.message : `${(error as Error).name}: ${(error as Error).message}`;
        run.printError(`${prefix} FAILED, nothing written: ${reason}`);
        counts.failed++;
        failed.push({ day, reason });
      }
    }
  }

  const code = counts.failed > 0 ? EXIT_FAILED : counts.written > 0 ? EXIT_CHANGED : EXIT_NOTHING_NEW;
  const verdict = code === EXIT_FAILED ? 'failed' : code === EXIT_CHANGED ? 'changed' : 'nothing new';
  const older = window?.olderMissing ?? [];
  if (older.length > 0) {
    const some = older.length > 5 ? `${older.slice(0, 5).join(', ')} … ${older.at(-1)}` : older.join(', ');
    run.printError(`warning: ${count(older.length, 'day has', 'days have')} no listing and ${noun(older.length, 'is', 'are')} older than the ${settings.lookbackDays}-day look-back, so not fetched: ${some} (npm run fetch -- --from DAY --to DAY)`);
  }
  if (failed.length > 0) run.printError(`failed: ${failed.map(({ day }) => day).join(', ')} (tried again on the next run)`);
  run.print(`fetch: ${counts.written} written, ${counts.unchanged} unchanged, ${counts.skipped} skipped, ${counts.failed} failed: ${verdict} (exit ${code})`);
  if (settings.summaryFile) await appendFile(settings.summaryFile, fetchSummary({ written, failed, olderMissing: older, lookbackDays: settings.lookbackDays }));
  return code;
}

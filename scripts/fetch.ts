// `npm run fetch`: downloads days of the Hugging Face Daily Papers API into the listings folder.
// The work is in src/fetch/; this file reads the process's arguments and environment and sets the exit code.
import { readFileSync } from 'node:fs';
import { utcDay } from '../src/fetch/day-range.ts';
import { EXIT_FAILED } from '../src/fetch/exit-codes.ts';
import { FETCH_USAGE, parseFetchArgs, UsageError, type FetchRequest } from '../src/fetch/fetch-args.ts';
import { loadFetchSettings, type FetchSettings } from '../src/fetch/fetch-settings.ts';
import { runFetch } from '../src/fetch/run-fetch.ts';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

let settings: FetchSettings;
let request: FetchRequest;
let today: string;
try {
  settings = loadFetchSettings(process.env);
  today = settings.today ?? utcDay(new Date());
  request = parseFetchArgs(process.argv.slice(2), today);
} catch (error) {
  console.error(error instanceof UsageError ? `${error.message}\n${FETCH_USAGE}` : (error as Error).message);
  process.exit(EXIT_FAILED);
}

process.exitCode = await runFetch({
  request,
  settings,
  today,
  version,
  cwd: process.cwd(),
  print: (line) => console.log(line),
  printError: (line) => console.error(line),
});

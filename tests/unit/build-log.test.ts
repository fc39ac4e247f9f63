// Astro's log without a line per page (src/integrations/build-log.mjs), fed what Astro's page generation
// writes: each page's start and end, four pages at a time, in Astro's colours.
import type { AstroLoggerMessage } from 'astro';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import buildLog, { PROGRESS_EVERY } from '../../src/integrations/build-log.mjs';

let written: string[];
beforeEach(() => {
  written = [];
  const capture = (chunk: string | Uint8Array) => written.push(String(chunk)) > 0;
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
});
afterEach(() => vi.restoreAllMocks());

const blue = (text: string) => `\x1b[34m${text}\x1b[39m`;
const dim = (text: string) => `\x1b[2m${text}\x1b[22m`;
const pageStart = (path: string): AstroLoggerMessage => ({ label: null, level: 'info', message: `  ${blue('├─')} ${dim(path)}`, newLine: false });
const pageEnd = (text: string): AstroLoggerMessage => ({ label: 'SKIP_FORMAT', level: 'info', message: ` ${dim(text)} `, newLine: true });

/** `count` pages as Astro generates them four at a time: four starts, then each end as the next page starts. */
function generate(log: ReturnType<typeof buildLog>, count: number): void {
  const ends = ['(+12ms)', '(cached)', '(+1.25s)', '(restored)'];
  for (let page = 0; page < count; page++) {
    log.write(pageStart(`/papers/paper-${page}/index.html`));
    if (page >= 3) log.write(pageEnd(ends[page % ends.length]));
  }
  for (let left = 0; left < Math.min(count, 3); left++) log.write(pageEnd('(+3ms)'));
}

/** What was written, line by line, without colours and without the time Astro puts before a line. */
const lines = () =>
  stripVTControlCharacters(written.join(''))
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/^\d\d:\d\d:\d\d /, ''));

describe("the build's log", () => {
  it('says how many pages are done every thousand pages instead of writing a line for each', () => {
    const log = buildLog();
    log.write({ label: null, level: 'info', message: ' generating static routes ', newLine: true });
    generate(log, 2 * PROGRESS_EVERY + 500);
    log.write({ label: null, level: 'info', message: '✓ Completed in 19.31s.', newLine: true });
    expect(lines()).toEqual([
      ' generating static routes ',
      '  ├─ 1,000 pages',
      '  ├─ 2,000 pages',
      '✓ Completed in 19.31s.',
    ]);
  });

  it("passes every other message on to Astro's console logger, warnings and errors included", () => {
    const log = buildLog();
    log.write({ label: 'build', level: 'info', message: '11041 page(s) built in 29.5s', newLine: true });
    log.write({ label: 'build', level: 'warn', message: 'a warning', newLine: true });
    log.write({ label: 'build', level: 'error', message: 'an error', newLine: true });
    // A page whose response was empty says so after its time: kept, as it is worth a look (with pages
    // interleaved, it cannot name its page).
    log.write(pageStart('/empty.json'));
    log.write(pageEnd('(+3ms) (file not created, response body was empty)'));
    expect(lines()).toEqual([
      expect.stringMatching(/\[build\] 11041 page\(s\) built in 29\.5s$/),
      expect.stringMatching(/\[WARN\] \[build\] a warning$/),
      expect.stringMatching(/\[ERROR\] \[build\] an error$/),
      ' (+3ms) (file not created, response body was empty) ',
    ]);
  });

  it('counts pages as they end, not as they start', () => {
    const log = buildLog();
    for (let page = 0; page < PROGRESS_EVERY; page++) log.write(pageStart(`/papers/paper-${page}/index.html`));
    for (let page = 1; page < PROGRESS_EVERY; page++) log.write(pageEnd('(+2ms)'));
    expect(lines()).toEqual([]);
    log.write(pageEnd('(+2ms)'));
    expect(lines()).toEqual(['  ├─ 1,000 pages']);
  });

  it('keeps to the level it is given', () => {
    const log = buildLog({ level: 'warn' });
    log.write({ label: 'build', level: 'info', message: 'Complete!', newLine: true });
    log.write({ label: 'build', level: 'warn', message: 'careful', newLine: true });
    expect(lines()).toEqual([expect.stringMatching(/careful$/)]);
  });
});

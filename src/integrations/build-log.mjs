// @ts-check
/**
 * Astro's log (its `logger` setting) without a line for every page: Astro writes each page's path as it
 * starts and its time as it ends, 22,000 writes for 11,000 pages, interleaved by the pages rendered at
 * once so that the times stand beside the wrong paths. A line every PROGRESS_EVERY pages says how far the
 * build is instead, and everything else goes to Astro's own console logger unchanged. A JavaScript file:
 * Astro loads its logger before it can read TypeScript.
 */
import { stripVTControlCharacters } from 'node:util';
import nodeLogger from 'astro/logger/node';

export const PROGRESS_EVERY = 1000;

/** `  ├─ /papers/x/index.html` (written without its line end), as Astro starts a page. */
const isPageStart = (/** @type {import('astro').AstroLoggerMessage} */ event) => event.label === null && !event.newLine && /^\s*[├└]─ /.test(stripVTControlCharacters(event.message));
/** ` (+12ms)`, ` (cached)`, ` (restored)`, as Astro ends a page: the line end of a page start. */
const isPageEnd = (/** @type {import('astro').AstroLoggerMessage} */ event) =>
  event.label === 'SKIP_FORMAT' && /^\s*\((?:\+[\dms. ]+|cached|restored)\)\s*$/.test(stripVTControlCharacters(event.message));

/** @param {import('astro/logger/node').NodeHandlerConfig} [options] @returns {import('astro').AstroLoggerDestination} */
export default function buildLog(options) {
  const astro = nodeLogger(options);
  let pages = 0;
  return {
    write(event) {
      if (isPageEnd(event)) return;
      if (!isPageStart(event)) return astro.write(event);
      pages += 1;
      if (pages % PROGRESS_EVERY === 0) astro.write({ ...event, message: `  ├─ ${pages.toLocaleString('en-US')} pages`, newLine: true });
    },
  };
}

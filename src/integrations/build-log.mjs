// @ts-check
/**
 * Astro's log (its `logger` setting) without a line for every page: Astro writes each page's path as it
 * starts and its time as it ends, 22,000 writes for 11,000 pages, interleaved by the pages rendered at
 * once so that the times stand beside the wrong paths. A line every PROGRESS_EVERY pages done says how far
 * the build is instead, and everything else goes to Astro's own console logger unchanged: an end that says
 * more than the page's time (`(file not created, response body was empty)`) is kept, though with pages
 * interleaved it cannot name its page. A JavaScript file, as Astro requires of a logger's entrypoint.
 */
import { stripVTControlCharacters } from 'node:util';
import nodeLogger from 'astro/logger/node';

export const PROGRESS_EVERY = 1000;

/** `  ├─ /papers/x/index.html` (written without its line end), as Astro starts a page. */
const isPageStart = (/** @type {import('astro').AstroLoggerMessage} */ event) => event.label === null && !event.newLine && /^\s*[├└]─ /.test(stripVTControlCharacters(event.message));
/** ` (+12ms)`, ` (cached)`, ` (restored)`, as Astro ends a page (the line end of its start). */
const isPageEnd = (/** @type {import('astro').AstroLoggerMessage} */ event) =>
  event.label === 'SKIP_FORMAT' && /^\s*\((?:\+[\dms. ]+|cached|restored)\)\s*$/.test(stripVTControlCharacters(event.message));

/** @param {import('astro/logger/node').NodeHandlerConfig} [options] @returns {import('astro').AstroLoggerDestination} */
export default function buildLog(options) {
  const astro = nodeLogger(options);
  let pages = 0;
  return {
    write(event) {
      if (isPageStart(event)) return;
      if (!isPageEnd(event)) return astro.write(event);
      pages += 1;
      if (pages % PROGRESS_EVERY === 0) astro.write({ label: null, level: 'info', message: `  ├─ ${pages.toLocaleString('en-US')} pages`, newLine: true });
    },
  };
}

/**
 * What Pagefind indexes of a paper page: the element marked `data-pagefind-body` (the paper itself, not
 * the related lists or the site around it), and its `data-search-order` mark (its bundle and its place in
 * the archive's order). Its hash tells whether a search bundle must be rebuilt.
 */
import { createHash } from 'node:crypto';
import { parseSearchOrder, SEARCH_BODY, SEARCH_ORDER, type SearchOrderFields } from './search-contract.ts';

export interface IndexedContent {
  hash: string;
  order: SearchOrderFields;
}

/**
 * The page as Pagefind needs it: the indexed element alone. Pagefind ignores everything outside
 * `data-pagefind-body` anyway; handing it only that makes the same index with a third less work.
 */
export function indexedDocument(html: string, lang = 'en'): string {
  const start = BODY.exec(html);
  if (!start) return html;
  const end = html.indexOf(`</${start[1]}>`, start.index);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${html.slice(start.index, end < 0 ? undefined : end + start[1].length + 3)}</body></html>`;
}

const BODY = new RegExp(`<(article|main|section|div)\\b[^>]*\\b${SEARCH_BODY}\\b[^>]*>`);
const ORDER = new RegExp(`\\b${SEARCH_ORDER}="([^"]*)"`);

/**
 * A copy of a piece of a page. V8 keeps the whole parent string of a (long enough) substring alive, so a
 * mark kept as a plain slice kept every page read in memory: 2 GB by the end of 100,000 pages.
 */
const detached = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

/** undefined when the page has no indexed body with an order mark (it could not be placed). */
export function indexedContent(html: string): IndexedContent | undefined {
  const start = BODY.exec(html);
  const mark = start && ORDER.exec(start[0])?.[1];
  const order = mark && parseSearchOrder(detached(mark));
  if (!start || !order) return undefined;
  const end = html.indexOf(`</${start[1]}>`, start.index);
  const body = html.slice(start.index, end < 0 ? undefined : end);
  return { hash: createHash('sha256').update(body).digest('base64url'), order };
}

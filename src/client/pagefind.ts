/**
 * Browser-side search: loads Pagefind's own script from the built site only when first needed, finds
 * papers the same way for the header box and the search page, and renders results with DOM nodes
 * (text nodes and `<mark>` elements), so nothing in the index can become markup or script.
 */
import { formatDate } from '../util/format-date.ts';
import { excerptParts } from './excerpt.ts';
import { exactTerm, searchWords } from './search-words.ts';
import { SEARCH_MANIFEST } from '../index/search-manifest.ts';

/** How long typing must pause before a search runs (header box and search page alike). */
export const TYPING_PAUSE_MS = 150;

export interface SearchHit {
  url: string;
  title: string;
  date?: string;
  upvotes?: number;
  content: string;
  locations: number[];
}

interface PagefindResultData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
export interface SearchOptions {
  filters?: Record<string, string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
}

let loading: Promise<PagefindModule> | undefined;

/** `bundlePath` is the site's `/pagefind/` folder, base path included. */
export function loadPagefind(bundlePath: string, basePath: string): Promise<PagefindModule> {
  loading ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindModule;
    await module.options({ baseUrl: basePath });
    await module.init();
    // The index is split by period: the other bundles are listed next to pagefind.js, merged at once.
    const manifest = await fetch(`${bundlePath}${SEARCH_MANIFEST}`).then((response) => (response.ok ? response.json() : { merge: [] }));
    await Promise.all((manifest.merge as string[]).map((bundle) => module.mergeIndex(`${basePath}${bundle}`)));
    return module;
  })();
  return loading;
}

/**
 * Papers matching what was typed, best first (or in `options.sort` order). Pagefind expands words to
 * longer ones ("diff" → "DeepDiff"); a finished word must match exactly, so each is also searched in
 * exact mode and only papers holding every finished word are kept. A word still being typed keeps
 * its prefix matches when it is not a whole word anywhere. `null` when nothing was typed and no filter is set.
 */
export async function findPapers(pagefind: PagefindModule, input: string, options: SearchOptions): Promise<PagefindResult[] | null> {
  const { words, lastComplete } = searchWords(input);
  const filtered = Object.values(options.filters ?? {}).some((values) => values.length > 0);
  if (words.length === 0) return filtered ? (await pagefind.search(null, options)).results : null;
  const [broad, ...exact] = await Promise.all([
    pagefind.search(words.join(' '), options),
    ...words.map((word) => pagefind.search(exactTerm(word), { filters: options.filters })),
  ]);
  const required = exact
    .map((search) => new Set(search.results.map((result) => result.id)))
    .filter((ids, index) => ids.size > 0 || index < words.length - 1 || lastComplete);
  return broad.results.filter((result) => required.every((ids) => ids.has(result.id)));
}

export async function hitsOf(results: readonly PagefindResult[]): Promise<SearchHit[]> {
  const data = await Promise.all(results.map((result) => result.data()));
  return data.map((item) => ({
    url: item.url,
    title: item.meta.title ?? item.url,
    date: item.meta.date,
    upvotes: item.meta.upvotes === undefined ? undefined : Number(item.meta.upvotes),
    content: item.content,
    locations: item.locations,
  }));
}

/** `1 paper`, `2 papers`. */
export function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}

/** Only same-site paths become links: a result URL that is not a path under the base is dropped. */
function safeHref(url: string, basePath: string): string | undefined {
  return url.startsWith(basePath) && !url.startsWith('//') ? url : undefined;
}

function excerptOf(hit: SearchHit, length: number): HTMLParagraphElement {
  const excerpt = document.createElement('p');
  excerpt.className = 'search-hit-excerpt';
  const titleWords = hit.title.split(/\s+/).filter(Boolean).length;
  for (const part of excerptParts(hit.content, hit.locations, titleWords, length)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.appendChild(mark);
    } else excerpt.appendChild(document.createTextNode(part.text));
  }
  return excerpt;
}

export interface RenderOptions {
  /** Titles become headings of this level (the search page); without it, plain links (the header's drop-down sits inside any page's outline). */
  headingLevel?: 2 | 3;
  /** Words in each excerpt. */
  excerptWords?: number;
}

/** Appends one list item per hit. Returns the links added, so focus can move to the first new one. */
export function renderHits(list: HTMLElement, hits: readonly SearchHit[], basePath: string, { headingLevel, excerptWords = 28 }: RenderOptions = {}): HTMLAnchorElement[] {
  const links: HTMLAnchorElement[] = [];
  for (const hit of hits) {
    const href = safeHref(hit.url, basePath);
    if (!href) continue;
    const item = document.createElement('li');
    item.className = 'search-hit';
    const link = document.createElement('a');
    link.href = href;
    link.textContent = hit.title;
    const title = document.createElement(headingLevel ? `h${headingLevel}` : 'p');
    title.className = 'search-hit-title';
    title.appendChild(link);
    item.appendChild(title);
    // As on the cards: no "0 upvotes".
    const meta = [hit.date && formatDate(hit.date), hit.upvotes && count(hit.upvotes, 'upvote')].filter(Boolean).join(' · ');
    if (meta) {
      const line = document.createElement('p');
      line.className = 'search-hit-meta';
      line.textContent = meta;
      item.appendChild(line);
    }
    item.appendChild(excerptOf(hit, excerptWords));
    list.appendChild(item);
    links.push(link);
  }
  return links;
}

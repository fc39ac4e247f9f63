/**
 * Browser-side search: loads Pagefind's own script from the built site only when first needed,
 * and renders results with DOM text nodes, so nothing in the index can become markup or script.
 */

export interface SearchHit {
  url: string;
  title: string;
  date?: string;
  upvotes?: string;
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}
export interface SearchOptions {
  filters?: Record<string, string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch>;
  debouncedSearch(term: string, options?: SearchOptions, ms?: number): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
}

let loading: Promise<PagefindModule> | undefined;

/** `bundlePath` is the site's `/pagefind/` folder, base path included. */
export function loadPagefind(bundlePath: string, basePath: string): Promise<PagefindModule> {
  loading ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindModule;
    await module.options({ baseUrl: basePath, excerptLength: 24 });
    await module.init();
    // A digest split into yearly indexes lists the other bundles next to pagefind.js.
    const manifest = await fetch(`${bundlePath}digest-indexes.json`).then((response) => (response.ok ? response.json() : { merge: [] }));
    for (const bundle of manifest.merge as string[]) await module.mergeIndex(`${basePath}${bundle}`);
    return module;
  })();
  return loading;
}

/** Pagefind indexes words: punctuation around a term ("<script>") would make it find nothing. */
export function searchTerm(input: string): string {
  return input.replace(/[^\p{L}\p{N}\s'.-]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

export async function hitsOf(search: PagefindSearch, limit: number): Promise<SearchHit[]> {
  const data = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
  return data.map((item) => ({
    url: item.url,
    title: item.meta.title ?? item.url,
    date: item.meta.date,
    upvotes: item.meta.upvotes,
    excerpt: item.excerpt,
  }));
}

/** Pagefind's excerpt is HTML with `<mark>` around matches: keep the text and the marks, drop anything else. */
export function renderExcerpt(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html'); // inert: scripts never run here
  const walk = (node: Node, into: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) into.appendChild(document.createTextNode(child.textContent ?? ''));
      else if (child.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = child.textContent ?? '';
        into.appendChild(mark);
      } else walk(child, into);
    }
  };
  walk(parsed.body, fragment);
  return fragment;
}

/** Only same-site paths become links: a result URL that is not a path under the base is dropped. */
function safeHref(url: string, basePath: string): string | undefined {
  return url.startsWith(basePath) && !url.startsWith('//') ? url : undefined;
}

export function renderHits(list: HTMLElement, hits: SearchHit[], basePath: string): void {
  list.replaceChildren();
  for (const hit of hits) {
    const href = safeHref(hit.url, basePath);
    if (!href) continue;
    const item = document.createElement('li');
    item.className = 'search-hit';
    const link = document.createElement('a');
    link.href = href;
    link.textContent = hit.title;
    const heading = document.createElement('h3');
    heading.appendChild(link);
    item.appendChild(heading);
    const meta = [hit.date, hit.upvotes ? `${hit.upvotes} upvotes` : undefined].filter(Boolean).join(' · ');
    if (meta) {
      const line = document.createElement('p');
      line.className = 'search-hit-meta';
      line.textContent = meta;
      item.appendChild(line);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'search-hit-excerpt';
    excerpt.appendChild(renderExcerpt(hit.excerpt));
    item.appendChild(excerpt);
    list.appendChild(item);
  }
}

/**
 * Search results as DOM nodes, the same for the header box and the search page: text nodes and `<mark>`
 * elements only, so nothing in the index can become markup or script.
 */
import { formatDate } from '../util/dates/format-date.ts';
import { count } from '../text/count.ts';
import { bylineParts, excerptParts, type ExcerptPart } from './excerpt.ts';
import type { SearchHit } from './search-archive.ts';

/** How long typing must pause before a search runs (header box and search page alike). */
export const TYPING_PAUSE_MS = 150;

/** Only same-site paths become links: a result URL that is not a path under the base is dropped. */
function safeHref(url: string, basePath: string): string | undefined {
  return url.startsWith(basePath) && !url.startsWith('//') ? url : undefined;
}

const wordCount = (text: string | undefined) => (text ? text.split(/\s+/).filter(Boolean).length : 0);

function appendParts(parent: HTMLElement, parts: readonly ExcerptPart[]): void {
  for (const part of parts) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      parent.appendChild(mark);
    } else parent.appendChild(document.createTextNode(part.text));
  }
}

/** The indexed text is title, authors, arXiv id, abstract: the excerpt comes from the abstract. */
function excerptOf(hit: SearchHit, length: number): HTMLParagraphElement {
  const excerpt = document.createElement('p');
  excerpt.className = 'search-hit-excerpt';
  const before = wordCount(hit.title) + wordCount(hit.arxiv) + wordCount(hit.authors);
  appendParts(excerpt, excerptParts(hit.content, hit.locations, before, length));
  return excerpt;
}

function bylineOf(hit: SearchHit): HTMLParagraphElement | undefined {
  if (!hit.authors) return undefined;
  const start = wordCount(hit.title);
  const line = document.createElement('p');
  line.className = 'search-hit-authors';
  appendParts(line, bylineParts(hit.authors, hit.locations.map((location) => location - start)));
  return line;
}

export interface RenderOptions {
  /** Titles become headings of this level (the search page); without it, plain text (the header's drop-down sits inside any page's outline). */
  headingLevel?: 2 | 3;
  /** Words in each excerpt. */
  excerptWords?: number;
  /** Listbox options (the header's combobox): no links inside, the option itself opens the paper. */
  asOptions?: { idPrefix: string };
}

/** Appends one list item per hit. Returns the links (or options) added, so focus can move to the first new one. */
export function renderHits(list: HTMLElement, hits: readonly SearchHit[], basePath: string, { headingLevel, excerptWords = 28, asOptions }: RenderOptions = {}): HTMLElement[] {
  const added: HTMLElement[] = [];
  for (const hit of hits) {
    const href = safeHref(hit.url, basePath);
    if (!href) continue;
    const item = document.createElement('li');
    item.className = 'search-hit';
    const title = document.createElement(headingLevel ? `h${headingLevel}` : 'p');
    title.className = 'search-hit-title';
    if (asOptions) {
      item.id = `${asOptions.idPrefix}${list.children.length}`;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      item.dataset.href = href;
      title.textContent = hit.title;
      added.push(item);
    } else {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = hit.title;
      title.appendChild(link);
      added.push(link);
    }
    item.appendChild(title);
    const byline = bylineOf(hit);
    if (byline) item.appendChild(byline);
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
  }
  return added;
}

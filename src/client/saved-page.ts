/**
 * The /saved/ page: the reading list from this browser, each paper checked against the archive's data API
 * (its day's /api/days/ file), with remove, remove all, and export as BibTeX and CSV. A paper that left the
 * archive stays on the list, marked as such. Every text from storage or the API goes in as a text node.
 */
import { bibtexFile, type CitablePaper } from '../util/papers/bibtex.ts';
import { byline } from '../util/papers/byline.ts';
import { toCsv } from '../text/csv.ts';
import { formatDate } from '../util/dates/format-date.ts';
import { citationUrl, readingLinks } from '../util/papers/paper-links.ts';
import { clearSaved, readSaved, removePaper, type SavedPaper } from './reading-list.ts';
import { announce } from './reader-tools.ts';

/** What the day's data file says of a paper (the fields used here). */
interface ApiPaper {
  id: string;
  title: string;
  url: string;
  published: string;
  arxivId?: string;
  authors?: string[];
  authorCount?: number;
  organization?: { account: string; name: string };
}

interface Shown {
  saved: SavedPaper;
  /** From the archive; undefined while loading, null when the paper is no longer there. */
  current?: ApiPaper | null;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

async function dayPapers(url: string): Promise<Map<string, ApiPaper> | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    const data = (await response.json()) as { papers?: ApiPaper[] };
    return new Map((data.papers ?? []).map((paper) => [paper.id, paper]));
  } catch {
    return null;
  }
}

const citable = ({ saved, current }: Shown): CitablePaper => ({
  title: current?.title ?? saved.title,
  published: current?.published ?? saved.published ?? saved.day,
  arxivId: current?.arxivId ?? saved.arxivId,
  authors: current?.authors,
  authorCount: current?.authorCount,
  organization: current?.organization,
  url: citationUrl({ arxivId: current?.arxivId ?? saved.arxivId, title: saved.title }, new URL(saved.path, location.href).href),
});

function download(name: string, type: string, text: string): void {
  const link = element('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export function attachSavedPage(): void {
  const root = document.querySelector<HTMLElement>('[data-saved-page]');
  if (!root) return;
  const list = root.querySelector<HTMLOListElement>('[data-saved-list]')!;
  const status = root.querySelector<HTMLElement>('[data-saved-status]')!;
  const actions = root.querySelector<HTMLElement>('[data-saved-actions]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-clear]')!;
  let shown: Shown[] = readSaved(localStorage).map((saved) => ({ saved }));

  const describe = () => {
    actions.hidden = shown.length === 0;
    const missing = shown.filter((entry) => entry.current === null).length;
    status.textContent =
      shown.length === 0
        ? 'No saved papers yet. Use the Save button on a day’s papers or on a paper’s page.'
        : `${shown.length} saved ${shown.length === 1 ? 'paper' : 'papers'}, newest saved first${missing ? `; ${missing} no longer in this archive` : ''}.`;
  };

  const render = (entry: Shown): HTMLLIElement => {
    const { saved, current } = entry;
    const item = element('li', 'saved-item');
    item.dataset.paper = saved.id;
    const heading = element('h2');
    if (current === null) heading.append(element('span', 'saved-title', saved.title));
    else {
      const link = element('a', 'saved-title', current?.title ?? saved.title);
      link.href = saved.path;
      heading.append(link);
    }
    item.append(heading);
    const details = [current ? byline(current) : '', (current?.published ?? saved.published) && `Published ${formatDate((current?.published ?? saved.published)!)}`, `saved ${formatDate(saved.savedAt.slice(0, 10))}`];
    item.append(element('p', 'meta', details.filter(Boolean).join(' · ')));
    if (current === null) item.append(element('p', 'saved-missing', `No longer in this archive: it was listed on ${formatDate(saved.day)}. Kept here until you remove it.`));
    const links = element('p', 'read-links');
    for (const link of readingLinks({ arxivId: current?.arxivId ?? saved.arxivId, title: saved.title })) {
      const anchor = element('a', undefined, link.label);
      anchor.href = link.href;
      links.append(anchor);
    }
    const remove = element('button', 'remove-button', 'Remove');
    remove.type = 'button';
    remove.setAttribute('aria-label', `Remove “${saved.title}”`);
    remove.addEventListener('click', () => {
      removePaper(localStorage, saved.id);
      const index = shown.indexOf(entry);
      shown = shown.filter((other) => other !== entry);
      item.remove();
      describe();
      announce(`Removed “${saved.title}”`);
      // Focus stays in the list: on the next paper's Remove, or the status when the list is empty.
      const next = list.querySelectorAll<HTMLButtonElement>('.remove-button')[Math.min(index, shown.length - 1)];
      if (next) next.focus();
      else status.focus();
    });
    links.append(remove);
    item.append(links);
    return item;
  };

  const renderAll = () => list.replaceChildren(...shown.map(render));
  status.tabIndex = -1;
  renderAll();
  describe();

  root.querySelector('[data-export="bibtex"]')!.addEventListener('click', () => {
    download('reading-list.bib', 'application/x-bibtex;charset=utf-8', bibtexFile(shown.map(citable)));
    announce('BibTeX file made');
  });
  root.querySelector('[data-export="csv"]')!.addEventListener('click', () => {
    const rows = shown.map((entry) => {
      const paper = citable(entry);
      return [entry.saved.id, paper.title, (paper.authors ?? []).join('; '), paper.published, paper.arxivId, paper.url, entry.saved.savedAt, entry.current === null ? 'no' : 'yes'];
    });
    download('reading-list.csv', 'text/csv;charset=utf-8', toCsv([['id', 'title', 'authors', 'published', 'arxiv_id', 'url', 'saved_at', 'in_archive'], ...rows]));
    announce('CSV file made');
  });
  // Removing everything takes a second click on the same button: no dialog, no surprise.
  clear.addEventListener('click', () => {
    if (clear.dataset.confirm !== 'yes') {
      clear.dataset.confirm = 'yes';
      clear.textContent = `Remove all ${shown.length}? Click again`;
      return;
    }
    clearSaved(localStorage);
    shown = [];
    renderAll();
    describe();
    clear.dataset.confirm = '';
    clear.textContent = 'Remove all';
    announce('Removed every saved paper');
    status.focus();
  });

  // Check each saved paper against its day's data file, one request per day.
  const template = root.dataset.dayApi!;
  const days = new Map<string, Promise<Map<string, ApiPaper> | null>>();
  for (const entry of shown) {
    if (!days.has(entry.saved.day)) days.set(entry.saved.day, dayPapers(template.replace('DATE', entry.saved.day)));
  }
  Promise.all(
    shown.map(async (entry) => {
      entry.current = (await days.get(entry.saved.day)!)?.get(entry.saved.id) ?? null;
    }),
  ).then(() => {
    renderAll();
    describe();
    // The list now shows each paper as the archive has it (a saved title keeps only a formula's text).
    root.dataset.checked = '';
  });
}

/**
 * The reader's own tools on every page, all in their browser: Save buttons (the reading list), copying a
 * paper's BibTeX, marks on papers new since the last visit, and keys for reading (j/k, s, o, ?).
 * Without JavaScript none of the controls appear (they are `hidden` in the HTML), and the pages read the same.
 */
import { isNew, lastReadDay, markRead } from './last-visit.ts';
import { isSaved, removePaper, savePaper, type SavedPaper } from './reading-list.ts';

const ITEMS = '.paper-card, .paper-row, .saved-item';

let status: HTMLElement | undefined;
/** One polite live region for the whole page: what a control just did, for screen readers. */
export function announce(message: string): void {
  if (!status) {
    status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    status.dataset.readerStatus = '';
    document.body.append(status);
  }
  status.textContent = '';
  // A fresh text node after clearing makes screen readers announce the same message twice in a row.
  requestAnimationFrame(() => (status!.textContent = message));
}

/** What the reading list keeps of a paper, read from its card or its page. */
function savedRecord(article: HTMLElement): SavedPaper {
  const titleLink = article.querySelector<HTMLAnchorElement>('h2 a, h3 a');
  const title = (article.querySelector('[data-title]') ?? titleLink)?.textContent?.trim() || document.title;
  const arxiv = article.querySelector<HTMLAnchorElement>('a[href^="https://arxiv.org/abs/"]')?.href.replace('https://arxiv.org/abs/', '');
  return {
    id: article.dataset.paper!,
    title,
    path: titleLink?.getAttribute('href') ?? location.pathname,
    day: article.dataset.first!,
    arxivId: arxiv || undefined,
    published: article.querySelector('.meta time')?.getAttribute('datetime') ?? undefined,
    savedAt: new Date().toISOString(),
  };
}

function showSaved(button: HTMLButtonElement, saved: boolean): void {
  button.setAttribute('aria-pressed', String(saved));
  button.textContent = saved ? 'Saved' : 'Save';
}

export function attachSaveButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-save]')) {
    const article = button.closest<HTMLElement>('[data-paper]');
    if (!article) continue;
    showSaved(button, isSaved(localStorage, article.dataset.paper!));
    button.hidden = false;
    button.addEventListener('click', () => {
      const record = savedRecord(article);
      const saved = !isSaved(localStorage, record.id);
      if (saved) savePaper(localStorage, record);
      else removePaper(localStorage, record.id);
      showSaved(button, saved);
      announce(saved ? `Saved “${record.title}” to your reading list` : `Removed “${record.title}” from your reading list`);
    });
  }
}

export function attachCopyBibtex(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-bibtex]')) {
    const source = document.getElementById(button.dataset.copyBibtex!);
    if (!source || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(source.textContent ?? '');
        announce('BibTeX copied');
        button.textContent = 'Copied';
      } catch {
        announce('Could not copy: select the BibTeX and copy it by hand');
      }
    });
  }
}

/** Marks papers first listed after the reader's last visit, with a count in the header; remembers this day on leaving. */
export function attachNewSinceLastVisit(): void {
  const list = document.querySelector<HTMLElement>('[data-listed]');
  if (!list) return;
  const previous = lastReadDay(localStorage);
  addEventListener('pagehide', () => markRead(localStorage, list.dataset.listed!));
  const fresh = [...list.querySelectorAll<HTMLElement>('[data-first]')].filter((card) => isNew(card.dataset.first!, previous));
  if (fresh.length === 0) return;
  fresh.forEach((card, index) => {
    card.classList.add('is-new');
    const next = fresh[index + 1];
    const badge = document.createElement('a');
    badge.className = 'new-badge';
    badge.href = next ? `#${next.id}` : `#${fresh[0].id}`;
    badge.textContent = 'New';
    badge.title = next ? 'Next new paper' : 'First new paper';
    badge.setAttribute('aria-label', `New since your last visit: ${next ? 'next new paper' : 'back to the first new paper'}`);
    card.prepend(badge);
  });
  const count = document.createElement('a');
  count.className = 'new-count';
  count.href = `#${fresh[0].id}`;
  count.textContent = `${fresh.length} new since your last visit`;
  document.querySelector('.site-header .inner')?.append(count);
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

const KEYS: [string, string][] = [
  ['j', 'next paper'],
  ['k', 'previous paper'],
  ['s', 'save or unsave the paper'],
  ['o', 'open the paper'],
  ['?', 'show or hide these keys'],
];

function keysDialog(): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.className = 'keys-dialog';
  dialog.setAttribute('aria-labelledby', 'keys-heading');
  const heading = document.createElement('h2');
  heading.id = 'keys-heading';
  heading.textContent = 'Keyboard shortcuts';
  const list = document.createElement('dl');
  for (const [key, what] of KEYS) {
    const term = document.createElement('dt');
    const kbd = document.createElement('kbd');
    kbd.textContent = key;
    term.append(kbd);
    const description = document.createElement('dd');
    description.textContent = what;
    list.append(term, description);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.addEventListener('click', () => dialog.close());
  dialog.append(heading, list, close);
  document.body.append(dialog);
  return dialog;
}

/** j/k move between the papers of a list, s saves the current one, o opens it, ? lists the keys. */
export function attachReadingKeys(): void {
  const items = () => [...document.querySelectorAll<HTMLElement>(ITEMS)];
  let dialog: HTMLDialogElement | undefined;
  for (const hint of document.querySelectorAll<HTMLElement>('[data-keys-hint]')) hint.hidden = false;
  addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (event.key === '?') {
      dialog ??= keysDialog();
      if (dialog.open) dialog.close();
      else dialog.showModal();
      event.preventDefault();
      return;
    }
    if (dialog?.open) return;
    const all = items();
    if (all.length === 0) return;
    const current = all.findIndex((item) => item.contains(document.activeElement));
    const move = (index: number) => {
      const item = all[Math.max(0, Math.min(all.length - 1, index))];
      item.tabIndex = -1;
      item.focus({ preventScroll: true });
      item.scrollIntoView({ block: 'start', behavior: 'instant' });
    };
    if (event.key === 'j') move(current + 1);
    else if (event.key === 'k') move(current < 0 ? 0 : current - 1);
    else if (event.key === 's' && current >= 0) all[current].querySelector<HTMLButtonElement>('button[data-save]:not([hidden])')?.click();
    else if (event.key === 'o' && current >= 0) all[current].querySelector<HTMLAnchorElement>('h2 a, h3 a, .row-title, .saved-title')?.click();
    else return;
    event.preventDefault();
  });
}

export function attachReaderTools(): void {
  attachSaveButtons();
  attachCopyBibtex();
  attachNewSinceLastVisit();
  attachReadingKeys();
}

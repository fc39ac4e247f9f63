import { findPapers } from './find-papers.ts';
import { renderHits, TYPING_PAUSE_MS } from './pagefind.ts';
import { count } from '../text/count.ts';
import { SearchArchive } from './search-archive.ts';
import { describeAnswer } from './search-page.ts';

const RESULTS_SHOWN = 6;

/**
 * The header's plain search form made a WAI-ARIA combobox with a listbox popup: results as you type,
 * ArrowDown/ArrowUp move a visible highlight (aria-activedescendant, focus stays in the box), Enter opens the
 * highlighted paper or, with none, the search page; Escape closes the popup (a second Escape clears the box).
 * Pagefind loads on first focus, not before.
 */
export function attachHeaderSearch(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-search-box]')) {
    const form = box.querySelector('form')!;
    const input = box.querySelector<HTMLInputElement>('input[data-bundle]')!;
    const searchUrl = new URL(form.action).pathname;
    const { popup, status, note, list, more } = addPopup(box, input, searchUrl);
    const say = (text: string) => {
      status.textContent = text;
      note.textContent = text;
    };
    const bundle = input.dataset.bundle!;
    const basePath = bundle.replace(/pagefind\/$/, '');
    const idPrefix = `${list.id}-`;

    const load = () => SearchArchive.load(bundle, basePath);
    let latest = 0;
    let active = -1;
    const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
    const setOpen = (open: boolean) => {
      popup.hidden = !open;
      input.setAttribute('aria-expanded', String(open));
      if (!open) highlight(-1);
    };
    const highlight = (index: number) => {
      const all = options();
      active = index;
      all.forEach((option, at) => option.setAttribute('aria-selected', String(at === index)));
      if (index >= 0 && all[index]) {
        input.setAttribute('aria-activedescendant', all[index].id);
        all[index].scrollIntoView({ block: 'nearest' });
      } else input.removeAttribute('aria-activedescendant');
    };
    const open = (option: HTMLElement) => location.assign(option.dataset.href!);

    input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
    input.addEventListener('input', async () => {
      const ticket = ++latest;
      if (input.value.trim() === '') {
        setOpen(false);
        say('');
        return;
      }
      load().then((archive) => archive.preload(input.value), () => undefined);
      await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS));
      if (ticket !== latest) return; // a newer keystroke superseded this search
      try {
        const archive = await load();
        const answer = await findPapers(archive, input.value, { firstScreen: RESULTS_SHOWN });
        const hits = answer.list ? await answer.list.take(RESULTS_SHOWN) : [];
        if (ticket !== latest) return;
        list.replaceChildren();
        highlight(-1);
        renderHits(list, hits, basePath, { excerptWords: 16, asOptions: { idPrefix } });
        const total = answer.list?.total ?? 0;
        say(total > 0 && answer.query.kind === 'words' && !answer.query.phrase ? `${count(total, 'paper')} found` : describeAnswer(answer, Math.min(total, RESULTS_SHOWN)));
        const term = input.value.trim();
        more.href = `${searchUrl}?${new URLSearchParams({ q: answer.suggestion && total === 0 ? answer.suggestion : term })}`;
        more.textContent = total > RESULTS_SHOWN ? `All ${total} results, with filters →` : answer.suggestion && total === 0 ? `Search for “${answer.suggestion}” →` : 'Search page with filters →';
        setOpen(true);
        // An arXiv id names one paper: it is highlighted, so Enter goes straight to it.
        if (answer.query.kind === 'arxiv' && hits.length === 1) highlight(0);
        popup.dataset.shown = input.value; // what the results are for (tests wait on it)
      } catch {
        say('Search is available in the built site (npm run build, then npm run preview).');
        list.replaceChildren();
        setOpen(true);
      }
    });
    input.addEventListener('keydown', (event) => {
      const all = options();
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (popup.hidden) {
          if (all.length > 0) setOpen(true);
          event.preventDefault();
          return;
        }
        if (all.length === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        // Past either end the highlight goes back to the box itself.
        const next = active + step;
        highlight(next < -1 ? all.length - 1 : next >= all.length ? -1 : next);
      } else if (event.key === 'Enter' && !popup.hidden && active >= 0 && all[active]) {
        event.preventDefault();
        open(all[active]);
      } else if (event.key === 'Escape') {
        if (!popup.hidden) {
          event.preventDefault();
          setOpen(false);
        } else input.value = '';
        input.focus();
      }
    });
    // A press on an option must not blur the box first (the popup would close under the pointer).
    list.addEventListener('mousedown', (event) => event.preventDefault());
    list.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (option) open(option);
    });
    form.addEventListener('submit', () => setOpen(false));
    document.addEventListener('click', (event) => {
      if (!box.contains(event.target as Node)) setOpen(false);
    });
    box.addEventListener('focusout', (event) => {
      if (!box.contains(event.relatedTarget as Node | null)) setOpen(false);
    });
  }
}

/**
 * The popup and the combobox roles, added to the plain form: a live region outside the popup (always
 * present, so it is announced) and, in the popup, a visible copy of it, the listbox and a link to the
 * search page.
 */
function addPopup(box: HTMLElement, input: HTMLInputElement, searchUrl: string) {
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>) => {
    const made = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
    return made;
  };
  const listId = `${input.id}-results`;
  const status = element('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'data-popup-status': '' });
  const popup = element('div', { class: 'search-results-popup', 'data-search-popup': '', hidden: '' });
  const note = element('p', { class: 'search-status', 'aria-hidden': 'true', 'data-popup-note': '' });
  const list = element('ul', { class: 'search-hits', id: listId, role: 'listbox', 'aria-label': 'Papers found', 'data-popup-results': '' });
  const more = element('a', { class: 'search-more', href: searchUrl, 'data-popup-more': '' });
  more.textContent = 'Search page with filters →';
  popup.append(note, list, more);
  box.append(status, popup);
  for (const [name, value] of Object.entries({ role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId })) input.setAttribute(name, value);
  return { popup, status, note, list, more };
}

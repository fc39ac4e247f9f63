import { hitsOf, loadPagefind, renderHits, searchTerm } from './pagefind.ts';

const RESULTS_SHOWN = 6;

/** Turns the header's plain search form into search-as-you-type, loading Pagefind on first focus. */
export function attachHeaderSearch(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-search-box]')) {
    const input = box.querySelector<HTMLInputElement>('input[type="search"]')!;
    const popup = box.querySelector<HTMLElement>('[data-search-popup]')!;
    const bundle = input.dataset.bundle!;
    const basePath = bundle.replace(/pagefind\/$/, '');
    const list = document.createElement('ol');
    list.className = 'search-hits';
    const status = document.createElement('p');
    status.className = 'search-status';
    status.setAttribute('role', 'status');
    const more = document.createElement('a');
    more.className = 'search-more';
    popup.replaceChildren(status, list, more);

    const load = () => loadPagefind(bundle, basePath);
    input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
    input.addEventListener('input', async () => {
      const term = searchTerm(input.value);
      if (!term) {
        popup.hidden = true;
        return;
      }
      popup.hidden = false;
      try {
        const pagefind = await load();
        const search = await pagefind.debouncedSearch(term, {}, 150);
        if (!search) return; // a newer keystroke superseded this search
        renderHits(list, await hitsOf(search, RESULTS_SHOWN), basePath);
        const count = search.results.length;
        status.textContent = count === 0 ? `No papers match “${term}”.` : `${count} paper${count === 1 ? '' : 's'} found`;
        more.href = `${input.dataset.searchUrl}?q=${encodeURIComponent(term)}`;
        more.textContent = count > RESULTS_SHOWN ? `All ${count} results, with filters →` : 'Search page with filters →';
      } catch {
        status.textContent = 'Search is available in the built site (npm run build, then npm run preview).';
        list.replaceChildren();
      }
    });
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        popup.hidden = true;
        input.focus();
      }
    });
    document.addEventListener('click', (event) => {
      if (!box.contains(event.target as Node)) popup.hidden = true;
    });
  }
}

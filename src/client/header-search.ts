import { count, findPapers, hitsOf, loadPagefind, renderHits, TYPING_PAUSE_MS } from './pagefind.ts';
import { searchWords } from './search-words.ts';

const RESULTS_SHOWN = 6;

/** Turns the header's plain search form into search-as-you-type, loading Pagefind on first focus. */
export function attachHeaderSearch(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-search-box]')) {
    const input = box.querySelector<HTMLInputElement>('input[type="search"]')!;
    const popup = box.querySelector<HTMLElement>('[data-search-popup]')!;
    const status = popup.querySelector<HTMLElement>('[data-popup-status]')!;
    const list = popup.querySelector<HTMLElement>('[data-popup-results]')!;
    const more = popup.querySelector<HTMLAnchorElement>('[data-popup-more]')!;
    const bundle = input.dataset.bundle!;
    const basePath = bundle.replace(/pagefind\/$/, '');
    const searchUrl = more.getAttribute('href')!;

    const load = () => loadPagefind(bundle, basePath);
    let latest = 0;
    input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
    input.addEventListener('input', async () => {
      const ticket = ++latest;
      const { words } = searchWords(input.value);
      if (words.length === 0) {
        popup.hidden = true;
        return;
      }
      popup.hidden = false;
      await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS));
      if (ticket !== latest) return; // a newer keystroke superseded this search
      try {
        const pagefind = await load();
        const results = (await findPapers(pagefind, input.value, {})) ?? [];
        const hits = await hitsOf(results.slice(0, RESULTS_SHOWN));
        if (ticket !== latest) return;
        list.replaceChildren();
        renderHits(list, hits, basePath, { excerptWords: 16 });
        const query = words.join(' ');
        status.textContent = results.length === 0 ? `No papers match “${query}”.` : `${count(results.length, 'paper')} found`;
        more.href = `${searchUrl}?${new URLSearchParams({ q: query })}`;
        more.textContent = results.length > RESULTS_SHOWN ? `All ${results.length} results, with filters →` : 'Search page with filters →';
        popup.dataset.shown = input.value; // what the results are for (tests wait on it)
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

import { hitsOf, loadPagefind, renderHits, searchTerm, type SearchOptions } from './pagefind.ts';

const RESULTS_SHOWN = 50;

/** Wires the /search/ page: query and filters from the URL, results as you type, the URL kept in step. */
export function attachSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const form = root.querySelector('form')!;
  const query = form.elements.namedItem('q') as HTMLInputElement;
  const topic = form.elements.namedItem('topic') as HTMLSelectElement;
  const year = form.elements.namedItem('year') as HTMLSelectElement;
  const sort = form.elements.namedItem('sort') as HTMLSelectElement;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const basePath = root.dataset.base!;

  const params = new URLSearchParams(location.search);
  query.value = params.get('q') ?? '';
  topic.value = params.get('topic') ?? '';
  year.value = params.get('year') ?? '';
  sort.value = params.get('sort') ?? '';

  let latest = 0;
  const run = async () => {
    const ticket = ++latest;
    const term = searchTerm(query.value);
    const state = new URLSearchParams();
    for (const [key, value] of [['q', term], ['topic', topic.value], ['year', year.value], ['sort', sort.value]]) if (value) state.set(key, value);
    history.replaceState(null, '', `${location.pathname}${state.size ? `?${state}` : ''}`);
    if (!term && !topic.value && !year.value) {
      status.textContent = 'Type a word or choose a topic to search.';
      list.replaceChildren();
      return;
    }
    const options: SearchOptions = { filters: {} };
    if (topic.value) options.filters!.topic = [topic.value];
    if (year.value) options.filters!.year = [year.value];
    if (sort.value) options.sort = { [sort.value]: 'desc' };
    try {
      status.textContent = 'Searching…';
      const pagefind = await loadPagefind(root.dataset.bundle!, basePath);
      // An empty term with a filter lists every paper in that filter.
      const search = await pagefind.search(term || null, options);
      const hits = await hitsOf(search, RESULTS_SHOWN);
      if (ticket !== latest) return; // a newer search is under way
      renderHits(list, hits, basePath);
      const count = search.results.length;
      status.textContent =
        count === 0 ? 'No papers match.' : `${count} paper${count === 1 ? '' : 's'} found${count > RESULTS_SHOWN ? `, showing the first ${RESULTS_SHOWN}` : ''}.`;
    } catch {
      status.textContent = 'The search index is missing: search works in the built site (npm run build, then npm run preview).';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  query.addEventListener('input', () => void run());
  for (const select of [topic, year, sort]) select.addEventListener('change', () => void run());
  void run();
}

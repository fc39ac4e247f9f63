import { count, findPapers, hitsOf, loadPagefind, renderHits, TYPING_PAUSE_MS, type PagefindResult, type SearchOptions } from './pagefind.ts';
import { searchWords } from './search-words.ts';

const PAGE_SIZE = 20;

/** Wires the /search/ page: query and filters from the URL, results as you type, 20 more on demand, the URL kept in step. */
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
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const basePath = root.dataset.base!;

  const params = new URLSearchParams(location.search);
  query.value = params.get('q') ?? '';
  topic.value = params.get('topic') ?? '';
  year.value = params.get('year') ?? '';
  sort.value = params.get('sort') ?? '';

  let latest = 0;
  let results: PagefindResult[] = [];
  let shown = 0;

  const describe = () => {
    status.textContent =
      results.length === 0 ? 'No papers match.' : `${count(results.length, 'paper')} found${shown < results.length ? `, showing ${shown}` : ''}.`;
    more.hidden = shown >= results.length;
    more.textContent = `Show ${Math.min(PAGE_SIZE, results.length - shown)} more`;
  };

  /** Renders the next page of the current results; returns the new links. */
  const showNext = async (ticket: number) => {
    const hits = await hitsOf(results.slice(shown, shown + PAGE_SIZE));
    if (ticket !== latest) return [];
    const links = renderHits(list, hits, basePath, { headingLevel: 3 });
    shown += hits.length;
    describe();
    return links;
  };

  const run = async () => {
    const ticket = ++latest;
    const term = searchWords(query.value).words.join(' ');
    const state = new URLSearchParams();
    for (const [key, value] of [['q', term], ['topic', topic.value], ['year', year.value], ['sort', sort.value]]) if (value) state.set(key, value);
    history.replaceState(null, '', `${location.pathname}${state.size ? `?${state}` : ''}`);
    const options: SearchOptions = { filters: {} };
    if (topic.value) options.filters!.topic = [topic.value];
    if (year.value) options.filters!.year = [year.value];
    if (sort.value) options.sort = { [sort.value]: 'desc' };
    try {
      const pagefind = await loadPagefind(root.dataset.bundle!, basePath);
      // An empty term with a filter lists every paper in that filter.
      const found = await findPapers(pagefind, query.value, options);
      if (ticket !== latest) return; // a newer search is under way
      if (found === null) {
        results = [];
        list.replaceChildren();
        more.hidden = true;
        status.textContent = 'Type a word or choose a topic to search.';
        return;
      }
      const hits = await hitsOf(found.slice(0, PAGE_SIZE));
      if (ticket !== latest) return;
      // The old results stay until the new ones are ready: the page never collapses in between.
      results = found;
      list.replaceChildren();
      renderHits(list, hits, basePath, { headingLevel: 3 });
      shown = hits.length;
      describe();
      root.dataset.shown = query.value; // what the results are for (tests wait on it)
    } catch {
      status.textContent = 'The search index is missing: search works in the built site (npm run build, then npm run preview).';
    }
  };

  more.addEventListener('click', async () => {
    if (more.disabled) return;
    more.disabled = true; // a second click while loading would fetch the same page twice
    try {
      const links = await showNext(latest);
      links[0]?.focus(); // keyboard users continue where the new results start
    } finally {
      more.disabled = false;
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  // Search when typing pauses, not on every keystroke: each search of a half-typed word would fetch index
  // chunks of every period's bundle for nothing.
  let typing: ReturnType<typeof setTimeout> | undefined;
  query.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  for (const select of [topic, year, sort]) select.addEventListener('change', () => void run());
  void run();
}

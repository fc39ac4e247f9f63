import { findPapers, type Answer } from './find-papers.ts';
import { renderHits, TYPING_PAUSE_MS } from './pagefind.ts';
import { count } from '../text/count.ts';
import { SearchArchive, type SearchOptions } from './search-archive.ts';
import type { SearchFilterName } from '../index/search-contract.ts';
import type { SortName } from '../index/search-keys.ts';

const PAGE_SIZE = 20;
/** About as many results as a screen shows: they are drawn before the rest of the first page. */
export const FIRST_SCREEN = 5;

/** What the status line says about an answer. */
export function describeAnswer(answer: Answer, shown: number): string {
  const { query, list } = answer;
  if (query.kind === 'short') return 'Type at least two letters.';
  if (!list) return 'Type a word or choose a topic to search.';
  if (answer.missingId) return `No paper with arXiv id ${answer.missingId} in this digest.`;
  if (list.total === 0) {
    const base = query.kind === 'words' ? `No papers match “${query.text}”.` : 'No papers match.';
    return answer.suggestion ? `${base} Did you mean “${answer.suggestion}”?` : base;
  }
  const found = `${count(list.total, 'paper')} found${shown < list.total ? `, showing ${shown}` : ''}.`;
  if (query.kind === 'words' && query.phrase) return `${found} ${answer.phraseMatches ? `${count(answer.phraseMatches, 'paper')} with the phrase “${query.phrase}” first.` : `None has the phrase “${query.phrase}”; these have its words.`}`;
  if (query.kind === 'arxiv') return `arXiv ${query.id}: ${found}`;
  return found;
}

/** Wires the /search/ page: query and filters from the URL, results as you type, 20 more on demand, the URL kept in step. */
export function attachSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const form = root.querySelector('form')!;
  const query = form.elements.namedItem('q') as HTMLInputElement;
  // The form's fields, the URL's parameters and Pagefind's filters share the search contract's names.
  const topic = form.elements.namedItem('topic' satisfies SearchFilterName) as HTMLSelectElement;
  const year = form.elements.namedItem('year' satisfies SearchFilterName) as HTMLSelectElement;
  const sort = form.elements.namedItem('sort') as HTMLSelectElement;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const suggestion = root.querySelector<HTMLAnchorElement>('[data-search-suggestion]');
  const basePath = root.dataset.base!;

  const params = new URLSearchParams(location.search);
  query.value = params.get('q') ?? '';
  topic.value = params.get('topic') ?? '';
  year.value = params.get('year') ?? '';
  sort.value = params.get('sort') ?? '';
  // Back from a paper: as many results as were shown, and where the page was scrolled.
  const restored = history.state as { shown?: number; scrollY?: number } | null;
  history.scrollRestoration = 'manual'; // the browser would scroll before the results are back

  let latest = 0;
  let answer: Answer | undefined;

  const describe = () => {
    const shown = answer?.list?.given ?? 0;
    const total = answer?.list?.total ?? 0;
    status.textContent = answer ? describeAnswer(answer, shown) : '';
    more.hidden = shown >= total;
    more.textContent = `Show ${Math.min(PAGE_SIZE, total - shown)} more`;
    if (suggestion) {
      suggestion.hidden = !answer?.suggestion;
      if (answer?.suggestion) {
        suggestion.textContent = `Search for “${answer.suggestion}”`;
        suggestion.href = `?${new URLSearchParams({ q: answer.suggestion })}`;
      }
    }
  };

  const remember = () => history.replaceState({ shown: answer?.list?.given ?? 0, scrollY: window.scrollY }, '', location.href);

  const run = async (pages = 1, scrollY?: number) => {
    const ticket = ++latest;
    const term = query.value.trim().replace(/\s+/g, ' ');
    const state = new URLSearchParams();
    for (const [key, value] of [['q', term], ['topic', topic.value], ['year', year.value], ['sort', sort.value]]) if (value) state.set(key, value);
    history.replaceState(null, '', `${location.pathname}${state.size ? `?${state}` : ''}`);
    const options: SearchOptions = { filters: {}, firstScreen: FIRST_SCREEN };
    if (topic.value) options.filters!.topic = [topic.value];
    if (year.value) options.filters!.year = [year.value];
    if (sort.value) options.sort = sort.value as SortName;
    try {
      const archive = await SearchArchive.load(root.dataset.bundle!, basePath);
      const found = await findPapers(archive, query.value, options);
      if (ticket !== latest) return; // a newer search is under way
      // The first screen first: each result's text is a fetch of its own, and the rest arrive below it.
      const wanted = PAGE_SIZE * pages;
      const first = found.list ? await found.list.take(FIRST_SCREEN) : [];
      if (ticket !== latest) return;
      // The old results stay until the new ones are ready: the page never collapses in between.
      answer = found;
      list.replaceChildren();
      more.disabled = true; // until the rest of the page is in: "more" continues where it ends
      renderHits(list, first, basePath, { headingLevel: 3 });
      const rest = found.list && first.length < wanted ? await found.list.take(wanted - first.length) : [];
      if (ticket !== latest) return;
      renderHits(list, rest, basePath, { headingLevel: 3 });
      more.disabled = false;
      describe();
      if (scrollY !== undefined) window.scrollTo(0, scrollY);
      remember();
      root.dataset.shown = query.value; // what the results are for (tests wait on it)
    } catch {
      status.textContent = 'The search index is missing: search works in the built site (npm run build, then npm run preview).';
    }
  };

  more.addEventListener('click', async () => {
    if (more.disabled || !answer?.list) return;
    more.disabled = true; // a second click while loading would fetch the same page twice
    const ticket = latest;
    try {
      const hits = await answer.list.take(PAGE_SIZE);
      if (ticket !== latest) return;
      const links = renderHits(list, hits, basePath, { headingLevel: 3 });
      describe();
      remember();
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
    SearchArchive.load(root.dataset.bundle!, basePath).then((archive) => archive.preload(query.value), () => undefined);
  });
  for (const select of [topic, year, sort]) select.addEventListener('change', () => void run());
  // The scroll position is kept as the reader leaves (for Back); scrolling itself writes nothing.
  addEventListener('pagehide', remember);
  void run(Math.max(1, Math.ceil((restored?.shown ?? 0) / PAGE_SIZE)), restored?.scrollY);
}

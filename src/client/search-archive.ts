/**
 * The archive's search as one ordered list, whatever the number of bundles. Each bundle is searched by a
 * Pagefind instance of its own, the instances spread over a few web workers of the site's own that search
 * side by side (search-worker.ts, search-workers.ts), so a search costs each bundle once: one instance
 * merging every bundle would run every bundle's search on every bundle's index, a cost that grows with the
 * square of their number. Best match rescales each bundle's BM25 scores to the whole archive (rank.ts).
 * Sorted by date or upvotes, each bundle's results are put in order by its sort file (bundle-order.ts) and
 * the archive's order is the merge of the bundles' lists (ordered-merge.ts); a bundle whose first page
 * (from the manifest) cannot compete with what is already shown is not even asked for its sort file.
 */
import { SEARCH_MANIFEST, type SearchManifest } from '../index/search-manifest.ts';
import type { SearchFilterName } from '../index/search-contract.ts';
import { compareKeys, paperIdOfUrl, type SortKey, type SortName } from '../index/search-keys.ts';
import { loadBundleOrder, type BundleOrder } from './bundle-order.ts';
import { OrderedMerge, type OrderedStream } from './ordered-merge.ts';
import { distance as editDistance } from 'fastest-levenshtein';
import { BUNDLE_FILTER, type PagefindResult, type PagefindResultData, type PagefindSearch } from './pagefind-api.ts';
import { bestMatchStream, byScore, rescaleFactor, type TermCounts } from './rank.ts';
import { holdsEveryWord, matchedWords, normalWord } from './matched-words.ts';
import { RemoteBundle, SearchWorker } from './search-worker-client.ts';
import { spreadBundles, workerCount } from './search-workers.ts';

export interface SearchHit {
  id: string;
  url: string;
  title: string;
  date?: string;
  upvotes?: number;
  authors?: string;
  arxiv?: string;
  content: string;
  locations: number[];
}

export interface SearchOptions {
  /** By the search contract's filter names. */
  filters?: Partial<Record<SearchFilterName, string[]>>;
  sort?: SortName;
  /** How many results the reader sees first: their texts are fetched as early as the order allows. */
  firstScreen?: number;
}
type Bundle = SearchManifest['bundles'][number];

/** What a query asks of the index: Pagefind's term and the words every result must hold. */
export interface IndexQuery {
  /** Pagefind's search term (words joined); empty for a filter-only listing. */
  term: string;
  /** Finished words a result must hold exactly (Pagefind's exact mode), each as one search. */
  required: string[];
  /** A word still being typed: it also finds the longer words it starts. */
  optional?: string[];
  /** Words in quotes: papers holding them in this order come first. */
  phrase?: string;
}

export interface FoundPapers {
  list: ResultList;
  /** With a phrase: how many results (listed first) hold it. */
  phraseMatches?: number;
}

/** Results in the archive's order, given a page at a time. */
export interface ResultList {
  readonly total: number;
  readonly given: number;
  take(count: number): Promise<SearchHit[]>;
}

const hitOf = (data: PagefindResultData): SearchHit => ({
  id: paperIdOfUrl(data.url),
  url: data.url,
  title: data.meta.title ?? data.url,
  date: data.meta.date,
  upvotes: data.meta.upvotes === undefined ? undefined : Number(data.meta.upvotes),
  authors: data.meta.authors,
  arxiv: data.meta.arxiv,
  content: data.content,
  locations: data.locations,
});

/** How long the word being typed must be before its index chunks are fetched (see `preload`). */
export const PRELOAD_FROM_LETTERS = 5;

export class SearchArchive {
  /** Each bundle's order, fetched the first time a sorted list needs it. */
  private readonly orders = new Map<number, Promise<BundleOrder>>();

  private constructor(
    /** Newest first; the first is the primary bundle. */
    readonly bundles: readonly Bundle[],
    /** The instance searching each bundle, in the same order. */
    private readonly instances: readonly RemoteBundle[],
    private readonly basePath: string,
    /** The smallest bundle of each worker: a search of it warms the worker's WebAssembly (see `preload`). */
    private readonly warmers: ReadonlySet<number>,
  ) {}

  private static loading: Promise<SearchArchive> | undefined;

  /** `bundlePath` is the site's `/pagefind/` folder, base path included. Loads once per page. */
  static load(bundlePath: string, basePath: string): Promise<SearchArchive> {
    SearchArchive.loading ??= (async () => {
      const response = await fetch(`${bundlePath}${SEARCH_MANIFEST}`);
      const manifest = (response.ok ? await response.json() : { bundles: [] }) as SearchManifest;
      const primaryFolder = bundlePath.slice(basePath.length);
      const bundles: Bundle[] = manifest.bundles.length > 0 ? manifest.bundles : [{ period: 'all', folder: primaryFolder, hash: '', pages: 0, bounds: { date: [0, 0], upvotes: [0, 0] } }];
      const workerOf = spreadBundles(
        bundles.map((bundle) => bundle.pages),
        workerCount(bundles.length, navigator.hardwareConcurrency),
      );
      const workers = Array.from({ length: Math.max(...workerOf) + 1 }, () => new SearchWorker());
      const primary = { folder: bundles[0].folder, hash: bundles[0].hash };
      const listed = bundles.map(({ folder, hash }, at) => ({ at, folder, hash }));
      await Promise.all(workers.map((worker, index) => worker.start({ basePath, primary, bundles: listed.filter(({ at }) => workerOf[at] === index) })));
      const smallest = (worker: number) => listed.filter(({ at }) => workerOf[at] === worker).reduce((a, b) => (bundles[b.at].pages < bundles[a.at].pages ? b : a)).at;
      return new SearchArchive(
        bundles,
        bundles.map((_, at) => new RemoteBundle(workers[workerOf[at]], at)),
        basePath,
        new Set(workers.map((_, worker) => smallest(worker))),
      );
    })();
    SearchArchive.loading.catch(() => (SearchArchive.loading = undefined));
    return SearchArchive.loading;
  }

  /**
   * Fetches the index chunks of every bundle that `text` needs while the reader is still typing (Pagefind's
   * preload), so that the search when typing pauses finds them loaded. A chunk holds a range of words; from
   * five letters on, the chunk a half-typed word needs is nearly always the whole word's. A four-letter
   * prefix such as "reas" often spans two chunks in each bundle: measured on 30,000 papers, "reasoning"
   * fetched 770 kB from four letters and 671 kB from five, with its results no later; on the 549 real days,
   * 451 and 423 kB. Without the preload, results show about 200 ms later.
   *
   * When the word first reaches five letters, the smallest bundle of each worker is also searched for it once,
   * its results dropped: a first search runs on WebAssembly the browser has not optimised yet, and the worker's
   * other bundles share its optimised code. Measured on 30,000 papers, a bundle of 6,700 took 227 ms for
   * "reasoning" cold and 142 ms after a search of "reaso" in a bundle of 500 (38 ms). Searching every bundle
   * ahead would warm them more, but at 30,000 papers it kept the workers busy past the typing pause.
   */
  preload(text: string): void {
    const words = text.trim();
    const letters = [...(words.split(/\s+/).at(-1) ?? '')].length;
    if (letters < PRELOAD_FROM_LETTERS) return;
    this.instances.forEach((instance, at) => instance.preload(words, letters === PRELOAD_FROM_LETTERS && this.warmers.has(at)).catch(() => undefined));
  }

  /** The papers matching `query` (with the reader's filters), in the archive's order for `options.sort`. */
  async find(query: IndexQuery, options: SearchOptions = {}): Promise<FoundPapers> {
    const filters = options.filters ?? {};
    const { term } = query;
    const sort = options.sort ?? (term ? undefined : 'date'); // a listing without words is newest first
    // Each bundle alone, and the ids holding each finished word (and the phrase) in the whole archive.
    const [found, phrase, ...exact] = await Promise.all([
      this.searchEach(term || null, filters),
      query.phrase ? this.searchEach(`"${query.phrase}"`, filters) : undefined,
      ...query.required.map((word) => this.searchEach(`"${word}"`, filters)),
    ]);
    const exactSets = exact.map(idsOf);
    const matches = (result: PagefindResult) => exactSets.every((ids) => ids.has(result.id));
    const phraseIds = phrase && idsOf(phrase);
    const optional = query.optional ?? [];
    const listOf = (searches: PagefindSearch[]): FoundPapers => {
      // A word's weight comes from the pages holding it: a finished word's from its exact search, the word
      // being typed's from the pages the whole query matched.
      const terms: TermCounts[] = [...exact.map((bundleSearches) => ({ byBundle: this.pagesByBundle(bundleSearches) })), ...(optional.length ? [{ byBundle: this.pagesByBundle(searches) }] : [])];
      if (!phraseIds) return { list: this.ordered(searches, matches, terms, sort) };
      // With a phrase: the papers holding it, then the others, each part in the reader's order.
      const lists = [true, false].map((inPhrase) => this.ordered(searches, (result) => matches(result) && phraseIds.has(result.id) === inPhrase, terms, sort));
      return { list: concatLists(lists), phraseMatches: lists[0].total };
    };
    // The check for stand-ins fetches each bundle's first text. The first screen's texts are fetched in the
    // same round, in the order as if no bundle were emptied, which is nearly always the order it leaves. That
    // saves a round of fetches: 15-50 ms on 30,000 papers, in A/B runs of the search page.
    if (optional.length > 0 && options.firstScreen) void listOf(found).list.take(options.firstScreen).catch(() => undefined);
    return listOf(await this.withoutStandIns(found, optional));
  }

  /**
   * Each bundle's search, emptied where Pagefind answered a word being typed by a shorter stand-in
   * (matched-words.ts): "xyzzyqq" finds nothing rather than papers with an "x…" word. Nearly always the first
   * result of each bundle shows the word as typed, and the word costs no search of its own. Where it does not,
   * the bundle keeps its results if it holds the word exactly (one exact search) or one of its first three
   * results shows it.
   */
  private async withoutStandIns(searches: PagefindSearch[], words: readonly string[]): Promise<PagefindSearch[]> {
    if (words.length === 0) return searches;
    return Promise.all(
      searches.map(async (search, at) => {
        const { folder } = this.bundles[at];
        return (await this.foundAsTyped(search, at, words)) ? search : { results: [], filters: {}, totalFilters: { [BUNDLE_FILTER]: { [folder]: 0 } } };
      }),
    );
  }

  /** Whether bundle `at`'s search found each of `words` as typed: its first result shows so, or else one of its first three or an exact search. */
  private async foundAsTyped(search: PagefindSearch, at: number, words: readonly string[]): Promise<boolean> {
    const shown = async (result: PagefindResult) => matchedWords(await result.data());
    const [first, ...next] = search.results.slice(0, 3);
    if (!first) return true;
    const firstShown = await shown(first);
    if (holdsEveryWord(firstShown, words)) return true;
    const firstThree = [firstShown, ...(await Promise.all(next.map(shown)))];
    const held = await Promise.all(
      words.map(async (word) => firstThree.some((matched) => holdsEveryWord(matched, [word])) || (await this.instances[at].search(`"${word}"`)).results.length > 0),
    );
    return held.every(Boolean);
  }

  /** The kept results of each bundle's search (in bundle order) as one list in the archive's order. */
  private ordered(searches: PagefindSearch[], keep: (result: PagefindResult) => boolean, terms: TermCounts[], sort: SortName | undefined): ResultList {
    const holding = this.bundles.map((bundle, at) => ({ bundle, results: searches[at].results.filter(keep) })).filter(({ results }) => results.length > 0);
    if (!sort) {
      // Merged rather than sorted: each bundle gives its results in order only as far as the merge asks (rank.ts).
      const pages = Object.fromEntries(this.bundles.map((bundle) => [bundle.folder, bundle.pages]));
      return mergedList(
        holding.map(({ bundle, results }) => bestMatchStream(results, rescaleFactor(bundle.folder, terms, pages))),
        byScore,
      );
    }
    return mergedList(
      holding.map(({ bundle, results }): OrderedStream<SortKey, PagefindResult> => {
        const at = this.bundles.indexOf(bundle);
        let keyed: Promise<{ key: SortKey; item: PagefindResult }[]> | undefined;
        const inOrder = () =>
          (keyed ??= this.orderOf(at).then((order) =>
            results
              .map((item) => {
                const key = order.keyOf(item.id, sort, at);
                if (!key) throw new Error(`${bundle.folder}: a result is not in the bundle's sort file`);
                return { key, item };
              })
              .sort((a, b) => compareKeys(a.key, b.key)),
          ));
        const [first, second] = bundle.bounds[sort];
        return { size: results.length, bound: [first, second, at, 0], at: async (index) => (await inOrder())[index] };
      }),
      compareKeys,
    );
  }

  /** Bundle `at`'s order, fetched once. */
  private orderOf(at: number): Promise<BundleOrder> {
    let order = this.orders.get(at);
    if (!order) {
      order = loadBundleOrder(`${this.basePath}${this.bundles[at].folder}`);
      order.catch(() => this.orders.delete(at));
      this.orders.set(at, order);
    }
    return order;
  }

  /**
   * A near spelling of `word` the archive has. Pagefind has no typo tolerance, but it expands a prefix to the
   * words it starts: shorter and shorter prefixes of the word give candidates, and the nearest within two
   * edits wins (ties: alphabetical). A misspelling in the first three letters is not caught.
   */
  async nearSpelling(word: string): Promise<string | undefined> {
    const lower = normalWord(word);
    if ([...lower].length < 4) return undefined;
    const whole = await this.searchEverywhere(`"${word}"`);
    if (whole.length > 0) return undefined; // the archive has the word itself
    for (let cut = lower.length - 1; cut >= Math.max(3, lower.length - 4); cut--) {
      const found = await this.searchEverywhere(lower.slice(0, cut));
      let best: { word: string; distance: number } | undefined;
      for (const result of found.slice(0, 5)) {
        for (const candidate of matchedWords(await result.data())) {
          const distance = editDistance(lower, candidate);
          if (candidate !== lower && distance <= 2 && (!best || distance < best.distance || (distance === best.distance && candidate < best.word))) best = { word: candidate, distance };
        }
      }
      if (best) return best.word;
    }
    return undefined;
  }

  /** The paper with this arXiv id (without version), if the archive has it. */
  async byArxivId(id: string): Promise<SearchHit | undefined> {
    const found = await this.searchEverywhere(`"${id}"`);
    // The id is one word of the paper's indexed text; a handful of papers may cite it, only one is it.
    for (const result of found.slice(0, 20)) {
      const data = await result.data();
      if (data.meta.arxiv === id) return hitOf(data);
    }
    return undefined;
  }

  /** `term` searched in each bundle by its own instance (null: every page the filters keep), in bundle order. */
  private searchEach(term: string | null, filters: Record<string, string[]>): Promise<PagefindSearch[]> {
    return Promise.all(this.instances.map((instance) => instance.search(term, { filters })));
  }

  /** The whole archive's results for `term`, best first (a total order). */
  private async searchEverywhere(term: string): Promise<PagefindResult[]> {
    return (await this.searchEach(term, {})).flatMap(({ results }) => results).sort(byScore);
  }

  /** How many pages of each bundle hold the searched word, whatever the reader's filters. */
  private pagesByBundle(searches: readonly PagefindSearch[]): Record<string, number> {
    return Object.fromEntries(this.bundles.map(({ folder }, at) => [folder, searches[at].totalFilters[BUNDLE_FILTER]?.[folder] ?? 0]));
  }
}

/** The ids of every result of a search run in each bundle. */
const idsOf = (searches: readonly PagefindSearch[]) => new Set(searches.flatMap(({ results }) => results.map((result) => result.id)));

function mergedList<K>(streams: OrderedStream<K, PagefindResult>[], compare: (a: K, b: K) => number): ResultList {
  const merge = new OrderedMerge(streams, compare);
  return {
    total: merge.size,
    get given() {
      return merge.given;
    },
    async take(count) {
      return (await Promise.all((await merge.take(count)).map((result) => result.data()))).map(hitOf);
    },
  };
}

/** One list after another (phrase matches, then the rest). */
function concatLists(lists: ResultList[]): ResultList {
  if (lists.length === 1) return lists[0];
  return {
    total: lists.reduce((sum, list) => sum + list.total, 0),
    get given() {
      return lists.reduce((sum, list) => sum + list.given, 0);
    },
    async take(count) {
      const out: SearchHit[] = [];
      for (const list of lists) if (out.length < count) out.push(...(await list.take(count - out.length)));
      return out;
    },
  };
}

/**
 * The page's side of search-worker.ts: a worker started from the site's own script folder, and each bundle
 * it searches as a Pagefind instance (the same API as pagefind.js's), whose results load their texts from
 * the worker when asked.
 */
import type { PagefindResult, PagefindResultData, PagefindSearch, PagefindSearchOptions } from './pagefind-api.ts';
import type { StartOptions, WorkerMethods } from './search-worker.ts';

type Answer = { id: number; result?: unknown; error?: string };

export class SearchWorker {
  private readonly worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private asked = 0;
  /** Set when the worker itself failed (its script did not load or threw): every call then fails with it. */
  private broken: Error | undefined;

  constructor() {
    this.worker.addEventListener('message', ({ data: { id, result, error } }: MessageEvent<Answer>) => {
      const call = this.waiting.get(id);
      this.waiting.delete(id);
      if (error === undefined) call?.resolve(result);
      else call?.reject(new Error(error));
    });
    this.worker.addEventListener('error', (event) => {
      this.broken = new Error(`the search worker failed: ${event.message || 'it did not start'}`);
      for (const call of this.waiting.values()) call.reject(this.broken);
      this.waiting.clear();
    });
  }

  call<M extends keyof WorkerMethods>(method: M, ...args: Parameters<WorkerMethods[M]>): Promise<Awaited<ReturnType<WorkerMethods[M]>>> {
    if (this.broken) return Promise.reject(this.broken);
    const id = ++this.asked;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, method, args });
    });
  }

  start(options: StartOptions): Promise<void> {
    return this.call('start', options);
  }
}

/** Numbers every search, across workers: a result's text is asked for by its search and place. */
let searches = 0;

/** A result whose text the worker loads when asked (a class: a search gives thousands, each a closure otherwise). */
class RemoteResult implements PagefindResult {
  constructor(
    readonly id: string,
    readonly score: number,
    private readonly worker: SearchWorker,
    private readonly searchId: number,
    private readonly index: number,
  ) {}

  data(): Promise<PagefindResultData> {
    return this.worker.call('data', this.searchId, this.index) as Promise<PagefindResultData>;
  }
}

/** Bundle `at` of the archive, searched by `worker`. */
export class RemoteBundle {
  constructor(
    private readonly worker: SearchWorker,
    readonly at: number,
  ) {}

  async search(term: string | null, options: PagefindSearchOptions = {}): Promise<PagefindSearch> {
    const searchId = ++searches;
    const { ids, scores, filters, totalFilters } = await this.worker.call('search', term, options, this.at, searchId);
    const results = ids.map((id, index) => new RemoteResult(id, scores[index], this.worker, searchId, index));
    return { results, filters, totalFilters };
  }

  /** Fetches the chunks `term` needs; with `warm`, also searches it once (search-archive.ts says why). */
  preload(term: string, warm = false): Promise<void> {
    return this.worker.call('preload', term, this.at, warm);
  }
}

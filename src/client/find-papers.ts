/**
 * One search as the header box and the search page both show it: the query read (query.ts), the archive's
 * ordered list (search-archive.ts), and what to tell the reader about it.
 */
import { parseQuery, type Query } from './query.ts';
import type { FoundPapers, ResultList, SearchArchive, SearchHit, SearchOptions } from './search-archive.ts';

export interface Answer {
  query: Query;
  /** null: nothing to search yet (no words and no filter, or one letter). */
  list: ResultList | null;
  phraseMatches?: number;
  /** The query as it should have been, when a word matches nothing but has a near spelling. */
  suggestion?: string;
  /** An arXiv id that is not in the archive. */
  missingId?: string;
}

const EMPTY: ResultList = { total: 0, given: 0, take: async () => [] };

/** Hits already found, in order, handed out a page at a time. */
export function fixed(hits: readonly SearchHit[]): ResultList {
  let given = 0;
  return {
    total: hits.length,
    get given() {
      return given;
    },
    async take(count) {
      const page = hits.slice(given, given + count);
      given += page.length;
      return page;
    },
  };
}

export async function findPapers(archive: SearchArchive, input: string, options: SearchOptions): Promise<Answer> {
  const query = parseQuery(input);
  const filtered = Object.values(options.filters ?? {}).some((values) => values.length > 0);
  if (query.kind === 'short') return { query, list: null };
  if (query.kind === 'empty') return { query, list: filtered ? (await archive.find({ term: '', required: [] }, options)).list : null };
  if (query.kind === 'arxiv') {
    const paper = await archive.byArxivId(query.id);
    return paper ? { query, list: fixed([paper]) } : { query, list: EMPTY, missingId: query.id };
  }
  const found: FoundPapers = await archive.find(query.index, options);
  if (found.list.total > 0) return { query, list: found.list, phraseMatches: found.phraseMatches };
  // Nothing: perhaps a misspelt word. Each word is replaced by its near spelling, if it has one.
  const words = query.text.split(' ');
  const near = await Promise.all(words.map((word) => archive.nearSpelling(word)));
  const suggestion = near.some(Boolean) ? words.map((word, at) => near[at] ?? word).join(' ') : undefined;
  return { query, list: found.list, suggestion };
}

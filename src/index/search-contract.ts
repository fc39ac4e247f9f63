/**
 * The search contract, in one place: the marks a paper page writes into its HTML, which Pagefind and this
 * project's indexer read there (src/index/indexed-content.ts), and the names under which the browser reads
 * Pagefind's answers back (src/client/). The sort keys' values are in search-keys.ts.
 *
 * The browser's scripts hold these names as types only (`SearchMetaName`, `SearchFilterName`): a value
 * imported from here would be bundled as a variable of its own, and the scripts would no longer be the
 * same bytes. The type checker holds their literal names to this module.
 */

/** The element Pagefind indexes: the paper itself, without the site's header, footer and asides. */
export const SEARCH_BODY = 'data-pagefind-body';

/** On the indexed body: the month (`YYYY-MM`) the paper was first listed, which decides its bundle. */
export const SEARCH_MONTH = 'data-search-month';

/** Pagefind's meta fields of a paper page (`data-pagefind-meta`), as the page writes and the browser reads them. */
export const SEARCH_META = { title: 'title', date: 'date', upvotes: 'upvotes', authors: 'authors', arxiv: 'arxiv' } as const;

/** Pagefind's filters (`data-pagefind-filter`); the search form's fields and its URL's parameters share the names. */
export const SEARCH_FILTER = { topic: 'topic', year: 'year' } as const;

/** Pagefind's sort fields (`data-pagefind-sort`); search-keys.ts writes their values. */
export const SEARCH_SORT = { date: 'date', upvotes: 'upvotes' } as const;

export type SearchMetaName = (typeof SEARCH_META)[keyof typeof SEARCH_META];
export type SearchFilterName = (typeof SEARCH_FILTER)[keyof typeof SEARCH_FILTER];

/** The attributes of a paper page's indexed body, in the order the page writes them. */
export function searchBodyAttributes(month: string): Record<string, string> {
  return { [SEARCH_BODY]: '', [SEARCH_MONTH]: month };
}

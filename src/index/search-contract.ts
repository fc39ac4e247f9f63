/**
 * The search contract, in one place: the marks a paper page writes into its HTML, which Pagefind and this
 * project's indexer read there (src/index/indexed-content.ts), and the names under which the browser reads
 * Pagefind's answers back (src/client/).
 *
 * The browser's scripts hold these names as types only (`SearchMetaName`, `SearchFilterName`): a value
 * imported from here would be bundled as a variable of its own, and the scripts would no longer be the
 * same bytes. The type checker holds their literal names to this module.
 */

/** The element Pagefind indexes: the paper itself, without the site's header, footer and asides. */
export const SEARCH_BODY = 'data-pagefind-body';

/**
 * On the indexed body: what places the paper in the index, `<published> <upvotes> <first listed>`
 * (`2025-09-25 12 2025-09-26`). The first listing's month decides its bundle (search-periods.ts); all three
 * its place in the archive's order (search-keys.ts).
 */
export const SEARCH_ORDER = 'data-search-order';

/** Pagefind's meta fields of a paper page (`data-pagefind-meta`), as the page writes and the browser reads them. */
export const SEARCH_META = { title: 'title', date: 'date', upvotes: 'upvotes', authors: 'authors', arxiv: 'arxiv' } as const;

/** Pagefind's filters (`data-pagefind-filter`); the search form's fields and its URL's parameters share the names. */
export const SEARCH_FILTER = { topic: 'topic', year: 'year' } as const;

export type SearchMetaName = (typeof SEARCH_META)[keyof typeof SEARCH_META];
export type SearchFilterName = (typeof SEARCH_FILTER)[keyof typeof SEARCH_FILTER];

export interface SearchOrderFields {
  published: string;
  upvotes: number;
  firstListed: string;
}

/** The attributes of a paper page's indexed body, in the order the page writes them. */
export function searchBodyAttributes({ published, upvotes, firstListed }: SearchOrderFields): Record<string, string> {
  return { [SEARCH_BODY]: '', [SEARCH_ORDER]: `${published} ${upvotes} ${firstListed}` };
}

/** The body's order mark read back; undefined when it is not one. */
export function parseSearchOrder(mark: string): SearchOrderFields | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d+) (\d{4}-\d{2}-\d{2})$/.exec(mark);
  return match ? { published: match[1], upvotes: Number(match[2]), firstListed: match[3] } : undefined;
}

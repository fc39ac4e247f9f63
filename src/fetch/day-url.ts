/** The URL of one page of one day of `GET /api/daily_papers`, and when to ask for the next page. */

export function dayPageUrl(apiBase: string, day: string, page: number, pageSize: number): URL {
  const url = new URL('api/daily_papers', apiBase.endsWith('/') ? apiBase : `${apiBase}/`);
  url.searchParams.set('date', day);
  url.searchParams.set('limit', String(pageSize));
  url.searchParams.set('p', String(page));
  return url;
}

/**
 * A page shorter than the page size is the last one. A full page may be followed by more, unless it
 * added nothing new (an API that ignores `p` would repeat the first page forever).
 */
export function hasNextPage(pageLength: number, pageSize: number, newItems: number): boolean {
  return pageLength >= pageSize && newItems > 0;
}

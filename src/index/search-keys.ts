/**
 * The sort keys of a paper in the search index, shared by the paper page (which writes them) and the browser
 * (which merges bundles by them). Each key is a string that sorts, descending, in the order the reader asked
 * for and then by a deterministic tie-break, so a bundle's own order and the merged order agree on ties:
 * - date: newest published first, then most upvoted, then paper id;
 * - upvotes: most upvoted first, then newest, then paper id.
 * Upvotes are zero-padded so that string order is number order.
 */
import type { SEARCH_SORT } from './search-contract.ts';

export interface KeyedPaper {
  id: string;
  published: string;
  upvotes: number;
}

const pad = (upvotes: number) => String(Math.max(0, Math.min(9_999_999, Math.trunc(upvotes)))).padStart(7, '0');

export function dateKey({ id, published, upvotes }: KeyedPaper): string {
  return `${published.slice(0, 10)} ${pad(upvotes)} ${id}`;
}

export function upvotesKey({ id, published, upvotes }: KeyedPaper): string {
  return `${pad(upvotes)} ${published.slice(0, 10)} ${id}`;
}

export type SortName = keyof typeof SEARCH_SORT;
export const sortKey: Record<SortName, (paper: KeyedPaper) => string> = { date: dateKey, upvotes: upvotesKey };

/** `/papers/<id>/` (any base path) → `<id>`: the tie-break the page wrote. */
export function paperIdOfUrl(url: string): string {
  return url.replace(/\/+$/, '').split('/').at(-1) ?? url;
}

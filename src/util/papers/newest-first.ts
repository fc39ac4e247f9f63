import type { Day } from '../../collect/schema.ts';

/**
 * Paper ids newest first: by the latest day that listed them, then by their place in that day's listing.
 * `days` must be newest first. Linear in the size of the listings.
 */
export function newestFirst(days: readonly Day[]): string[] {
  const seen = new Set<string>();
  for (const day of days) for (const id of day.papers) seen.add(id);
  return [...seen];
}

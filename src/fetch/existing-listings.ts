/** The listing files already in the listings folder, by day, sub-folders included (as the build reads them). */
import path from 'node:path';
import { listingPaths } from '../collect/listing-paths.ts';
import { LISTING_EXTENSIONS, listingName, type ListingExtension } from '../parse/listing-format.ts';

/**
 * A day's files by format (`LISTING_FORMATS`): fetched API answers (`YYYY-MM-DD.json`), and hand-made
 * page-text listings (`YYYY-MM-DD.txt`), which the fetch never touches.
 */
export type DayListings = Record<ListingExtension, string[]>;

const noListings = (): DayListings => Object.fromEntries(LISTING_EXTENSIONS.map((extension) => [extension, []])) as unknown as DayListings;

/** Paths (joined onto `listingsDir`) of every day's listing files; a missing folder has none. */
export function existingListings(listingsDir: string): Map<string, DayListings> {
  const byDay = new Map<string, DayListings>();
  let files: string[];
  try {
    // As the build reads the folder: links to listings elsewhere count.
    files = listingPaths(listingsDir).files;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return byDay;
    throw error;
  }
  for (const file of files) {
    const named = listingName(path.basename(file));
    if (!named) continue;
    const { day, extension } = named;
    const listings = byDay.get(day) ?? noListings();
    listings[extension].push(file);
    listings[extension].sort();
    byDay.set(day, listings);
  }
  return byDay;
}

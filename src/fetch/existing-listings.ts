/** The listing files already in the listings folder, by day, sub-folders included (as the build reads them). */
import path from 'node:path';
import { listingPaths } from '../collect/listing-paths.ts';

export interface DayListings {
  /** Fetched API answers (`YYYY-MM-DD.json`). */
  json: string[];
  /** Hand-made page-text listings (`YYYY-MM-DD.txt`): never touched by the fetch. */
  txt: string[];
}

const LISTING_NAME = /^(\d{4}-\d{2}-\d{2})\.(txt|json)$/;

/** Paths (joined onto `listingsDir`) of every day's listing files; a missing folder has none. */
export async function existingListings(listingsDir: string): Promise<Map<string, DayListings>> {
  const byDay = new Map<string, DayListings>();
  let files: string[];
  try {
    // As the build reads the folder: links to listings elsewhere count.
    files = (await listingPaths(listingsDir)).files;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return byDay;
    throw error;
  }
  for (const file of files) {
    const match = LISTING_NAME.exec(path.basename(file));
    if (!match) continue;
    const [, day, format] = match as unknown as [string, string, 'txt' | 'json'];
    const listings = byDay.get(day) ?? { json: [], txt: [] };
    listings[format].push(file);
    listings[format].sort();
    byDay.set(day, listings);
  }
  return byDay;
}

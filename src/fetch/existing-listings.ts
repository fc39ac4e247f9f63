/** The listing files already in the listings folder, by day, sub-folders included (as the build reads them). */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isIgnoredListingName } from '../parse/listing-file.ts';

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
  let entries;
  try {
    entries = await readdir(listingsDir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return byDay;
    throw error;
  }
  for (const entry of entries) {
    const match = LISTING_NAME.exec(entry.name);
    if (!entry.isFile() || isIgnoredListingName(entry.name) || !match) continue;
    const [, day, format] = match as unknown as [string, string, 'txt' | 'json'];
    const files = byDay.get(day) ?? { json: [], txt: [] };
    files[format].push(path.join(entry.parentPath, entry.name));
    files[format].sort();
    byDay.set(day, files);
  }
  return byDay;
}

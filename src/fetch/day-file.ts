/** The bytes of one fetched day, and the check that the build will accept them. */
import { parseListingFile } from '../parse/listing-file.ts';
import { FETCHED_EXTENSION, listingFileName } from '../parse/listing-format.ts';

/** Same items, same bytes: the archive's history shows only real changes. */
export function serializeDay(items: readonly unknown[]): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(items, null, 2)}\n`);
}

/**
 * Runs the build's own parser on the exact bytes about to be written. Returns the reasons the build
 * would reject them (empty: fine). An empty day is fine here: the build reports it as an empty day.
 */
export function dayFileProblems(day: string, items: readonly unknown[], bytes: Uint8Array, file: string): string[] {
  if (items.length === 0) return [];
  return parseListingFile(listingFileName(day, FETCHED_EXTENSION), bytes, file).problems.map((problem) => problem.reason);
}

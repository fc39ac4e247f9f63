/** Turns one listing file (name + bytes) into entries, choosing the parser by the file's extension. */
import { isUtf8 } from 'node:buffer';
import { isIsoDate } from './listing-dates.ts';
import type { ParsedListing } from './entry.ts';
import { hasListingExtension, isListingExtension, LISTING_FORMATS, listingName, listingNamesInWords } from './listing-format.ts';
import type { ListingProblem } from './problems.ts';

export interface ParsedListingFile extends ParsedListing {
  /** The file as messages name it. */
  file: string;
  /** The digest day the file name gives, when it gives a valid one. */
  day?: string;
}

/**
 * Files a listing folder may hold that are not listings: hidden files (`.DS_Store`, `.gitkeep`) and notes
 * kept beside the data (`README.md`, `LICENSE`). A file that looks like a listing (a `.txt` or `.json` name,
 * or one with a date in it, like `2025-12-09.md`) is never ignored: a misnamed listing must fail loudly.
 */
export function isIgnoredListingName(name: string): boolean {
  if (name.startsWith('.')) return true;
  return !hasListingExtension(name) && !/\d{4}-\d{1,2}-\d{1,2}/.test(name);
}

/** Lines that are not valid UTF-8, so a mis-encoded file is reported where it breaks instead of rendering mojibake. */
function invalidUtf8Lines(bytes: Uint8Array): number[] {
  if (isUtf8(bytes)) return [];
  const bad: number[] = [];
  let start = 0;
  let line = 1;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      if (!isUtf8(bytes.subarray(start, index))) bad.push(line);
      start = index + 1;
      line++;
    }
  }
  return bad;
}

/**
 * @param name the file's base name, which gives the day and the format
 * @param file how the file is named in messages (e.g. its path relative to the project)
 */
export function parseListingFile(name: string, bytes: Uint8Array, file: string): ParsedListingFile {
  const problem = (line: number, reason: string): ParsedListingFile => ({
    file,
    entries: [],
    problems: [{ file, line, reason }],
  });
  const named = listingName(name);
  if (!named) {
    const extension = /\.([^.]+)$/.exec(name)?.[1];
    if (!isListingExtension(extension)) {
      return problem(1, `unknown listing file type${extension ? ` ".${extension}"` : ''}: listings are ${listingNamesInWords({ what: true })}`);
    }
    return problem(1, `the file name must be the digest day, like 2025-12-09.${extension}`);
  }
  const { day, extension } = named;
  if (!isIsoDate(day)) return problem(1, `the file name ${name} is not a real date`);

  const badLines = invalidUtf8Lines(bytes);
  if (badLines.length > 0) {
    const problems: ListingProblem[] = badLines.map((line) => ({ file, line, reason: 'not valid UTF-8 (save the listing as UTF-8)' }));
    return { file, day, entries: [], problems };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const parsed = LISTING_FORMATS[extension].parse(text, file, day);
  return { file, day, ...parsed };
}

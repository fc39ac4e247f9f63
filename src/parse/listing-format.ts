/**
 * The listing formats, in one table: a listing is one file named after its digest day, `YYYY-MM-DD.txt`
 * (page text, written by hand) or `YYYY-MM-DD.json` (the Hugging Face API's answer, written by the fetch).
 * The parser, the fetch, the build's count of days and the empty-folder message all read it from here.
 */
import { parseApiJson } from './api-json.ts';
import type { ParsedListing } from './entry.ts';
import { parsePageText } from './page-text.ts';

export interface ListingFormat {
  /** What the format is, as messages name it. */
  what: string;
  /** Whether `npm run fetch` writes (and may rewrite) files of this format; it never touches the others. */
  fetched: boolean;
  /** Turns the file's text into entries for its day. */
  parse: (text: string, file: string, day: string) => ParsedListing;
}

export const LISTING_FORMATS = {
  txt: { what: 'page text', fetched: false, parse: parsePageText },
  json: { what: 'Hugging Face API', fetched: true, parse: parseApiJson },
} as const satisfies Record<string, ListingFormat>;

export type ListingExtension = keyof typeof LISTING_FORMATS;

export const LISTING_EXTENSIONS = Object.keys(LISTING_FORMATS) as ListingExtension[];

/** The format `npm run fetch` writes; files of every other format are hand-made and left alone. */
export const FETCHED_EXTENSION: ListingExtension = LISTING_EXTENSIONS.filter((extension) => LISTING_FORMATS[extension].fetched)[0];

/** The name rule: the digest day, then one of the formats' extensions. */
const LISTING_NAME = new RegExp(`^(\\d{4}-\\d{2}-\\d{2})\\.(${LISTING_EXTENSIONS.join('|')})$`);

export function isListingExtension(extension: string | undefined): extension is ListingExtension {
  return extension !== undefined && Object.hasOwn(LISTING_FORMATS, extension);
}

/** True for a name that ends in a listing format's extension, in any case (`2025-12-09.JSON` too). */
export function hasListingExtension(name: string): boolean {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return isListingExtension(extension);
}

/**
 * The day and format a listing's base name gives, or undefined when it does not follow the name rule. The
 * day is only shaped like one (`2025-02-30` passes): whether it exists is the parser's to say.
 */
export function listingName(name: string): { day: string; extension: ListingExtension } | undefined {
  const match = LISTING_NAME.exec(name);
  return match ? { day: match[1], extension: match[2] as ListingExtension } : undefined;
}

/** The name of a day's listing in one format. */
export function listingFileName(day: string, extension: ListingExtension): string {
  return `${day}.${extension}`;
}

/** The name rule in words: `YYYY-MM-DD.txt or YYYY-MM-DD.json`, with each format's `what` when asked. */
export function listingNamesInWords({ what = false } = {}): string {
  return LISTING_EXTENSIONS.map((extension) => `YYYY-MM-DD.${extension}${what ? ` (${LISTING_FORMATS[extension].what})` : ''}`).join(' or ');
}

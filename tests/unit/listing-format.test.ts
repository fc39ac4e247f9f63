import { describe, expect, it } from 'vitest';
import { isIgnoredListingName, parseListingFile } from '../../src/parse/listing-file.ts';
import {
  FETCHED_EXTENSION,
  hasListingExtension,
  LISTING_EXTENSIONS,
  LISTING_FORMATS,
  listingFileName,
  listingName,
  listingNamesInWords,
} from '../../src/parse/listing-format.ts';

describe('the listing formats', () => {
  it('are page text (by hand) and the API answer (fetched)', () => {
    expect(LISTING_EXTENSIONS).toEqual(['txt', 'json']);
    expect(FETCHED_EXTENSION).toBe('json');
    expect(LISTING_EXTENSIONS.filter((extension) => LISTING_FORMATS[extension].fetched)).toEqual([FETCHED_EXTENSION]);
  });

  it('name a day and a format in a file name', () => {
    expect(listingName('2025-12-09.txt')).toEqual({ day: '2025-12-09', extension: 'txt' });
    expect(listingName('2025-12-09.json')).toEqual({ day: '2025-12-09', extension: 'json' });
    expect(listingFileName('2025-12-09', 'json')).toBe('2025-12-09.json');
    for (const extension of LISTING_EXTENSIONS) expect(listingName(listingFileName('2025-12-09', extension))?.extension).toBe(extension);
  });

  it('refuse any other name', () => {
    for (const name of ['2025-12-9.txt', '2025-12-09.md', '2025-12-09.JSON', 'x2025-12-09.txt', '2025-12-09.txt.bak', 'notes.txt']) {
      expect(listingName(name), name).toBeUndefined();
    }
  });

  it('know their extensions in any case, for the files a folder may keep beside them', () => {
    expect(hasListingExtension('notes.TXT')).toBe(true);
    expect(hasListingExtension('README.md')).toBe(false);
    expect(isIgnoredListingName('README.md')).toBe(true);
    expect(isIgnoredListingName('notes.txt')).toBe(false);
  });

  it('say the name rule in words', () => {
    expect(listingNamesInWords()).toBe('YYYY-MM-DD.txt or YYYY-MM-DD.json');
    expect(listingNamesInWords({ what: true })).toBe('YYYY-MM-DD.txt (page text) or YYYY-MM-DD.json (Hugging Face API)');
  });

  it('choose the parser the table gives', () => {
    const json = parseListingFile('2025-12-09.json', new TextEncoder().encode('[]'), 'x.json');
    expect(json).toMatchObject({ day: '2025-12-09', entries: [], problems: [] });
    expect(parseListingFile('2025-12-09.md', new Uint8Array(), 'x.md').problems[0].reason).toBe(
      'unknown listing file type ".md": listings are YYYY-MM-DD.txt (page text) or YYYY-MM-DD.json (Hugging Face API)',
    );
  });
});

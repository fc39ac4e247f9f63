// A folder of listings (API JSON or page text) written again as page text, for a reference build that reads
// only the page text: the same days and papers, with their titles, abstracts, dates, upvotes and author counts.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseListingFile } from '../../src/parse/listing-file.ts';
import { listingName } from '../../src/parse/listing-format.ts';
import { pageText } from './generate-listings.mjs';

export function writeAsPageText(from, to) {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  let papers = 0;
  for (const name of readdirSync(from).filter((file) => listingName(file)).sort()) {
    const parsed = parseListingFile(name, readFileSync(path.join(from, name)), name);
    if (parsed.problems.length > 0) throw new Error(`${name}: ${parsed.problems[0].reason}`);
    // The page shows each paper's abstract as one paragraph.
    const list = parsed.entries.map((entry) => ({ ...entry, abstract: entry.abstract.replace(/\s*\n\s*/g, ' '), authors: entry.authorCount }));
    const { day } = listingName(name);
    writeFileSync(path.join(to, `${day}.txt`), pageText(day, list));
    papers += list.length;
  }
  return papers;
}

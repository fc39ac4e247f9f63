/**
 * Folder → digest: the one way listings become data. Reads the listing files and the taxonomy (paths
 * relative to `root`, reported that way), parses them and runs the pure pipeline. The content loader runs
 * the two steps apart (`readDigestInput`, then `digestFromInput` only when the input changed); the tests
 * run both at once (`loadDigestFromFolder`). Problems are thrown together as one ListingError.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseListingFile } from '../parse/listing-file.ts';
import { ListingError, type ListingProblem } from '../parse/problems.ts';
import { parseTaxonomy } from '../parse/taxonomy-file.ts';
import { buildDigest, type Digest } from './build-digest.ts';
import { listingPaths } from './listing-paths.ts';
import type { FeatureCache } from './paper-features.ts';

export interface DigestSource {
  /** Folder that relative paths below start from, and that problems are reported relative to. */
  root: string;
  listingsDir: string;
  topicsFile: string;
  relatedCount?: number;
}

export interface DigestInput {
  /** sha256 of every listing (name and bytes) and the taxonomy. */
  hash: string;
  listings: { name: string; relativePath: string; bytes: Buffer }[];
  topics: { relativePath: string; text: string };
}

/**
 * Reads the listing folder (sub-folders too, in name order) and the taxonomy. Synchronous: see the content
 * loader (src/loader/digest-loader.ts), which must not wait on the disk while Astro's store is unsaved.
 */
export function readDigestInput(source: DigestSource): DigestInput {
  const listingsDir = path.resolve(source.root, source.listingsDir);
  const shown = (full: string) => path.relative(source.root, full) || '.';
  let names: string[];
  try {
    const found = listingPaths(listingsDir);
    if (found.broken.length > 0) {
      throw new ListingError(found.broken.map(({ file, target }) => ({ file: shown(file), line: 1, reason: `a link to ${target}, which does not exist` })));
    }
    names = found.files.map((file) => path.relative(listingsDir, file));
  } catch (error) {
    if (error instanceof ListingError) throw error;
    throw new ListingError([{ file: shown(listingsDir), line: 1, reason: `cannot read the listings folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
  const hash = createHash('sha256');
  const listings = names.map((name) => {
    const fullPath = path.join(listingsDir, name);
    return { name: path.basename(name), relativePath: shown(fullPath), bytes: readFileSync(fullPath) };
  });
  for (const listing of listings) hash.update(`\0${listing.relativePath}\0`).update(listing.bytes);
  const topicsPath = path.resolve(source.root, source.topicsFile);
  let text: string;
  try {
    text = readFileSync(topicsPath, 'utf8');
  } catch (error) {
    throw new ListingError([{ file: shown(topicsPath), line: 1, reason: `cannot read the topic taxonomy: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
  hash.update('\0topics\0').update(text);
  return { hash: hash.digest('hex'), listings, topics: { relativePath: shown(topicsPath), text } };
}

/** Parses what `readDigestInput` read and builds the digest; every problem in one ListingError. */
export function digestFromInput(input: DigestInput, relatedCount = 5, features?: FeatureCache): Digest {
  const taxonomy = parseTaxonomy(input.topics.text, input.topics.relativePath);
  const files = input.listings.map((listing) => parseListingFile(listing.name, listing.bytes, listing.relativePath));
  const result = buildDigest(files, taxonomy.topics, relatedCount, features);
  const problems: ListingProblem[] = [...taxonomy.problems, ...(result.ok ? [] : result.problems)];
  if (problems.length > 0 || !result.ok) throw new ListingError(problems);
  return result.digest;
}

/** Both steps at once, without a feature cache: what a built site must contain (the tests' reference). */
export function loadDigestFromFolder(source: DigestSource): Digest {
  return digestFromInput(readDigestInput(source), source.relatedCount);
}

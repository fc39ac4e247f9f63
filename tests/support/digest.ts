/** The pure pipeline run directly on a listing folder, to know what a built site must contain. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDigest, type Digest } from '../../src/collect/build-digest.ts';
import { parseListingFile } from '../../src/parse/listing-file.ts';
import { parseTaxonomy } from '../../src/parse/taxonomy-file.ts';
import { fixtureListings, projectRoot } from './build-site.ts';

export const defaultTopicsFile = path.join(projectRoot, 'content/topics.yaml');

export function digestOf(listingsDir = fixtureListings, topicsFile = defaultTopicsFile): Digest {
  const { topics, problems } = parseTaxonomy(readFileSync(topicsFile, 'utf8'), topicsFile);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  const files = readdirSync(listingsDir)
    .sort()
    .map((name) => parseListingFile(name, readFileSync(path.join(listingsDir, name)), name));
  const result = buildDigest(files, topics);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.digest;
}

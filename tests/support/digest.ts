/** The pure pipeline run directly on a listing folder, to know what a built site must contain. */
import path from 'node:path';
import type { Digest } from '../../src/collect/build-digest.ts';
import { loadDigestFromFolder } from '../../src/collect/digest-from-folder.ts';
import { fixtureListings, projectRoot } from './build-site.ts';

export const defaultTopicsFile = path.join(projectRoot, 'content/topics.yaml');

export function digestOf(listingsDir = fixtureListings, topicsFile = defaultTopicsFile): Digest {
  return loadDigestFromFolder({ root: projectRoot, listingsDir, topicsFile });
}

/**
 * What a paper's text yields, computed once per distinct text: its topics, the weighted terms related papers
 * are ranked by, and the links in its abstract. A pure function of (title, abstract, taxonomy, code), so a
 * cache of it across builds (see `FeatureCache`) changes nothing in the output, only the time it takes.
 */
import { createHash } from 'node:crypto';
import { extractLinks } from '../parse/links.ts';
import { termCounts, type DayCache } from './related.ts';
import type { TopicMatcher } from './topics.ts';
import { tokenize } from './words.ts';

export interface PaperFeatures {
  topics: string[];
  /** Terms and their weighted counts, as two flat lists: quick to store and to read back. */
  terms: string[];
  counts: number[];
  links: string[];
}

/**
 * Features by text key, and related papers by day (see `DayCache`), e.g. kept in a file between builds.
 * Only valid for one taxonomy and one version of the code.
 */
export interface FeatureCache extends DayCache {
  get(key: string): PaperFeatures | undefined;
  set(key: string, features: PaperFeatures): void;
}

export function featureKey(title: string, abstract: string): string {
  return createHash('sha1').update(title).update('\0').update(abstract).digest('base64url');
}

export function paperFeatures(title: string, abstract: string, matcher: TopicMatcher): PaperFeatures {
  const titleWords = tokenize(title);
  const abstractWords = tokenize(abstract);
  const terms = termCounts(titleWords.stems, abstractWords.stems);
  return {
    // Title and abstract matched apart: a phrase never spans the two, and a title hit weighs more.
    topics: matcher.matchPaper(titleWords, abstractWords),
    terms: [...terms.keys()],
    counts: [...terms.values()],
    links: extractLinks(abstract),
  };
}

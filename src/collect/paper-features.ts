/**
 * What a paper's text yields, computed once per distinct text: its topics, the weighted terms related papers
 * are ranked by, and the links in its abstract. A pure function of (title, abstract, taxonomy, code), so a
 * cache of it across builds (see `FeatureCache`) changes nothing in the output, only the time it takes.
 */
import { createHash } from 'node:crypto';
import { extractLinks } from '../parse/links.ts';
import { termCounts } from './related.ts';
import type { TopicMatcher } from './topics.ts';
import { tokenize } from './words.ts';

export interface PaperFeatures {
  topics: string[];
  terms: [string, number][];
  links: string[];
}

/** Features by text key, e.g. kept in a file between builds. Only valid for one taxonomy and one version of the code. */
export interface FeatureCache {
  get(key: string): PaperFeatures | undefined;
  set(key: string, features: PaperFeatures): void;
}

export function featureKey(title: string, abstract: string): string {
  return createHash('sha1').update(title).update('\0').update(abstract).digest('base64url');
}

export function paperFeatures(title: string, abstract: string, matcher: TopicMatcher): PaperFeatures {
  const titleWords = tokenize(title);
  const abstractWords = tokenize(abstract);
  return {
    topics: matcher.matchWords({ raw: [...titleWords.raw, ...abstractWords.raw], stems: [...titleWords.stems, ...abstractWords.stems] }),
    terms: [...termCounts(titleWords.stems, abstractWords.stems)],
    links: extractLinks(abstract),
  };
}

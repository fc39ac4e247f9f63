/**
 * The digest as pages read it: the three content collections, indexed once per build.
 * Everything here is a lookup over what the loader already computed; no page recomputes it.
 */
import { getCollection } from 'astro:content';
import type { Day, Paper } from '../collect/schema.ts';
import type { Topic } from '../collect/topics.ts';
import { newestFirst } from '../util/newest-first.ts';

export interface DigestView {
  papers: Map<string, Paper>;
  /** Newest first. */
  days: Day[];
  topics: Map<string, Topic>;
  /** Paper ids newest first (latest listing day, then listing order). */
  newest: string[];
  /** Per topic slug, its paper ids newest first. */
  papersByTopic: Map<string, string[]>;
}

let view: Promise<DigestView> | undefined;

async function load(): Promise<DigestView> {
  const [paperEntries, dayEntries, topicEntries] = await Promise.all([getCollection('papers'), getCollection('days'), getCollection('topics')]);
  const papers = new Map(paperEntries.map((entry) => [entry.id, entry.data]));
  const days = dayEntries.map((entry) => entry.data).sort((a, b) => (a.date < b.date ? 1 : -1));
  const topics = new Map(topicEntries.map((entry) => [entry.id, entry.data]));
  const newest = newestFirst(days);
  const papersByTopic = new Map<string, string[]>([...topics.keys()].map((slug) => [slug, []]));
  for (const id of newest) for (const slug of papers.get(id)!.topics) papersByTopic.get(slug)?.push(id);
  return { papers, days, topics, newest, papersByTopic };
}

export function getDigest(): Promise<DigestView> {
  view ??= load();
  return view;
}

export function papersOf(digest: DigestView, ids: readonly string[]): Paper[] {
  return ids.map((id) => digest.papers.get(id)!);
}

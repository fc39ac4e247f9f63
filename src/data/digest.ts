/**
 * The digest as pages read it: the three content collections, indexed once per build (see digest-view.ts).
 * Everything here is a lookup over what the loader already computed; no page recomputes it.
 */
import { getCollection } from 'astro:content';
import { digestView, type DigestView } from './digest-view.ts';

export * from './digest-view.ts';

let view: Promise<DigestView> | undefined;

async function load(): Promise<DigestView> {
  const [papers, days, topics] = await Promise.all([getCollection('papers'), getCollection('days'), getCollection('topics')]);
  return digestView(
    papers.map((entry) => entry.data),
    days.map((entry) => entry.data),
    topics.map((entry) => entry.data),
  );
}

export function getDigest(): Promise<DigestView> {
  view ??= load();
  return view;
}

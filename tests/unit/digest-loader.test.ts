// The content loader on the sample listings, with a stand-in for the context Astro gives it. Astro saves its
// whole store on a timer that a sync start arms (500 ms after its last change to the store): the loader must
// store its entries without giving the event loop a turn, or the timer fires mid-sync and the store is
// serialised twice. A timer armed as the sync starts must not have run by the time any entry is stored.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { digestLoader } from '../../src/loader/digest-loader.ts';
import { fixtureListings, projectRoot } from '../support/build-site.ts';
import { defaultTopicsFile, digestOf } from '../support/digest.ts';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'loader-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const source = { listingsDir: fixtureListings, topicsFile: defaultTopicsFile, relatedCount: 5 };
const kinds = ['papers', 'days', 'topics'] as const;

/** What the loader touches of Astro's context; each stored entry notes whether the timer had run by then. */
function contextFor(timer: { ran: boolean }) {
  const entries = new Map<string, { data: unknown; digest: string }>();
  const storedAfterTimer: string[] = [];
  const meta = new Map<string, string>();
  const context = {
    config: { root: pathToFileURL(`${projectRoot}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex'),
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      delete: (id: string) => entries.delete(id),
      set: ({ id, data, digest }: { id: string; data: unknown; digest: string }) => {
        if (timer.ran) storedAfterTimer.push(id);
        entries.set(id, { data, digest });
        return true;
      },
    },
  };
  return { context: context as unknown as LoaderContext, entries, storedAfterTimer };
}

/** One sync as Astro runs it: a timer armed at its start, the three collections loaded together. */
async function sync() {
  const timer = { ran: false };
  setTimeout(() => (timer.ran = true), 0);
  const contexts = kinds.map(() => contextFor(timer));
  await Promise.all(kinds.map((kind, index) => digestLoader(source, kind).load(contexts[index].context)));
  return Object.fromEntries(kinds.map((kind, index) => [kind, contexts[index]]));
}

describe('the content loader', () => {
  it('stores every paper, day and topic before a timer armed at the start of the sync can run', async () => {
    const stored = await sync();
    const digest = digestOf();
    expect(stored.papers.entries.size).toBe(digest.papers.length);
    expect(stored.days.entries.size).toBe(digest.days.length);
    expect(stored.topics.entries.size).toBe(digest.topics.length);
    for (const kind of kinds) expect(stored[kind].storedAfterTimer, kind).toEqual([]);
  });

  it('stores them the same way in a second sync of the same process, as `astro dev` runs one after a change', async () => {
    const stored = await sync();
    expect(stored.papers.entries.size).toBe(digestOf().papers.length);
    for (const kind of kinds) expect(stored[kind].storedAfterTimer, kind).toEqual([]);
  });
});

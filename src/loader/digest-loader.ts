/**
 * The content-layer loader: reads the listing folder and the taxonomy, runs the pure pipeline
 * (parse → merge → topics → related → validate) once per build, and stores papers, days and topics.
 * Unchanged input is detected by a content hash kept in the loader's meta store, and unchanged
 * entries by their digest, so a rebuild with the same listings rewrites nothing.
 *
 * Everything up to storing the entries is synchronous, files included. Astro saves its whole store 500 ms
 * after the last change to it (it changes it itself when a sync starts); waiting on the disk after that
 * lets the save run in the middle of the sync, and the store is serialised twice (1.3 s of a new day's
 * build on 9,300 papers).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Digest } from '../collect/build-digest.ts';
import { digestFromInput, readDigestInput, type DigestInput } from '../collect/digest-from-folder.ts';
import { formatProblem } from '../parse/problems.ts';
import { PIPELINE_SOURCES } from '../settings/build-inputs.ts';
import { openFeatureFile } from './feature-file.ts';
import { noPapersError } from './no-papers.ts';
import { sharedRead, type SharedRead } from './shared-read.ts';
import { firstReport, toUserError } from './user-error.ts';

const readIfThere = (file: string) => (existsSync(file) ? readFileSync(file) : '');
const listIfThere = (folder: string) => (existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }) : []);

/**
 * The code that turns listings into data is part of the fingerprint: after an upgrade or an edit of the
 * pipeline, a cached store is rebuilt instead of kept. (Read from the project's sources, which Astro runs from.)
 */
function pipelineFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const source of PIPELINE_SOURCES) {
    if (source.endsWith('.ts')) {
      hash.update(`\0${source}\0`).update(readIfThere(path.join(root, source)));
      continue;
    }
    const files = listIfThere(path.join(root, source)).filter((file) => file.endsWith('.ts')).sort();
    for (const file of files) hash.update(`\0${source}/${file}\0`).update(readFileSync(path.join(root, source, file)));
  }
  return hash.digest('hex');
}

export interface LoaderSource {
  listingsDir: string;
  topicsFile: string;
  relatedCount: number;
  /** Publish a site without papers instead of failing (ALLOW_EMPTY_SITE=1). */
  allowEmptySite?: boolean;
}

interface RawInput extends DigestInput {
  /** The input's hash combined with the pipeline's code and settings. */
  fingerprint: string;
  /** The listings folder relative to the project, as messages name it. */
  listingsDir: string;
  /** The pipeline's own code. */
  codeFingerprint: string;
}

function readInput(root: string, source: LoaderSource): RawInput {
  const input = readDigestInput({ root, ...source });
  const codeFingerprint = pipelineFingerprint(root);
  const fingerprint = createHash('sha256')
    .update(codeFingerprint)
    .update(JSON.stringify([source.relatedCount, source.allowEmptySite]))
    .update(input.hash)
    .digest('hex');
  return { ...input, fingerprint, codeFingerprint, listingsDir: path.relative(root, path.resolve(root, source.listingsDir)) || '.' };
}

function parseInput(input: RawInput, source: LoaderSource, featureFile?: string): Digest {
  // What earlier builds computed of each paper's text, valid for this code and this taxonomy.
  const version = createHash('sha256').update(input.codeFingerprint).update(input.topics.text).digest('hex');
  const features = featureFile ? openFeatureFile(featureFile, version) : undefined;
  const digest = digestFromInput(input, source.relatedCount, features);
  if (digest.papers.length === 0 && !source.allowEmptySite) throw noPapersError(input.listingsDir, input.listings.length);
  features?.save();
  return digest;
}

const COLLECTION_KINDS = ['papers', 'days', 'topics'] as const;
type CollectionKind = (typeof COLLECTION_KINDS)[number];

// The three collections of a sync share one read of the folder (a new one after a change the watcher saw),
// and one pipeline run per distinct input.
let reading: { key: string; reader: SharedRead<RawInput, CollectionKind> } | undefined;
let cached: { fingerprint: string; digest: Promise<Digest> } | undefined;

function readerFor(root: string, source: LoaderSource): SharedRead<RawInput, CollectionKind> {
  const key = JSON.stringify([root, source]);
  if (reading?.key !== key) reading = { key, reader: sharedRead(() => readInput(root, source), COLLECTION_KINDS) };
  return reading.reader;
}

function loadDigest(root: string, source: LoaderSource, featureFile: string, kind: CollectionKind): { fingerprint: string; digest: () => Promise<Digest> } {
  const input = readerFor(root, source).get(kind);
  return {
    fingerprint: input.fingerprint,
    digest: () => {
      // A promise, so that a failed run is shared like a good one. (Resolved without waiting on anything.)
      if (cached?.fingerprint !== input.fingerprint) cached = { fingerprint: input.fingerprint, digest: Promise.resolve().then(() => parseInput(input, source, featureFile)) };
      return cached.digest;
    },
  };
}

function entriesOf(digest: Digest, kind: CollectionKind): { id: string; data: Record<string, unknown> }[] {
  switch (kind) {
    case 'papers':
      return digest.papers.map((paper) => ({ id: paper.id, data: paper }));
    case 'days':
      return digest.days.map((day) => ({ id: day.date, data: day }));
    case 'topics':
      return digest.topics.map((topic) => ({ id: topic.slug, data: topic }));
  }
}

const MAX_WARNINGS_SHOWN = 20;

/** Relative listing paths resolve from the project's root (where astro.config.mjs is), not the shell's folder. */
const rootOf = (context: LoaderContext) => fileURLToPath(context.config.root);

async function syncCollection(context: LoaderContext, source: LoaderSource, kind: CollectionKind): Promise<void> {
  const { store, meta, logger, parseData, generateDigest } = context;
  const featureFile = fileURLToPath(new URL('paper-features.bin', context.config.cacheDir));
  const { fingerprint, digest: getDigest } = loadDigest(rootOf(context), source, featureFile, kind);
  if (meta.get('fingerprint') === fingerprint && store.keys().length > 0) {
    logger.info(`${kind}: listings unchanged, ${store.keys().length} entries kept`);
    return;
  }
  const digest = await getDigest();
  if (kind === 'papers') {
    for (const warning of digest.warnings.slice(0, MAX_WARNINGS_SHOWN)) logger.warn(formatProblem(warning));
    if (digest.warnings.length > MAX_WARNINGS_SHOWN) logger.warn(`… and ${digest.warnings.length - MAX_WARNINGS_SHOWN} more warnings`);
  }
  const entries = entriesOf(digest, kind);
  const keep = new Set(entries.map((entry) => entry.id));
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  let written = 0;
  for (const { id, data } of entries) {
    const entryDigest = generateDigest(data);
    if (store.get(id)?.digest === entryDigest) continue;
    store.set({ id, data: await parseData({ id, data }), digest: entryDigest });
    written++;
  }
  meta.set('fingerprint', fingerprint);
  logger.info(`${kind}: ${entries.length} entries (${written} written)`);
}

/** One loader per collection kind; all three read the same listings. */
export function digestLoader(source: LoaderSource, kind: CollectionKind): Loader {
  return {
    name: `paper-digest-${kind}`,
    load: async (context) => {
      watchForChanges(context, source, kind);
      try {
        await syncCollection(context, source, kind);
      } catch (error) {
        throw toUserError(error);
      }
    },
  };
}

const watching = new WeakSet<object>();
/** Quiet time after the last change before the listings are read again. */
const SETTLE_MS = 150;

/** In `astro dev`, reload when a listing or the taxonomy changes. */
function watchForChanges(context: LoaderContext, source: LoaderSource, kind: CollectionKind): void {
  const { watcher, logger } = context;
  if (!watcher || watching.has(context.store)) return;
  watching.add(context.store);
  const listingsDir = path.resolve(rootOf(context), source.listingsDir);
  const topicsFile = path.resolve(rootOf(context), source.topicsFile);
  watcher.add([listingsDir, topicsFile]);
  let settle: NodeJS.Timeout | undefined;
  watcher.on('all', (_event, changed) => {
    const file = path.resolve(changed);
    if (file !== topicsFile && !file.startsWith(listingsDir + path.sep)) return;
    readerFor(rootOf(context), source).changed();
    // An editor's save is often several events (truncate, write, rename): read once they settle, so a
    // half-saved file is neither shown nor reported.
    clearTimeout(settle);
    settle = setTimeout(() => {
      // The three collections fail together on the same run: say it once.
      syncCollection(context, source, kind).catch((error: Error) => {
        if (firstReport(error)) logger.error((toUserError(error) as Error).message);
      });
    }, SETTLE_MS);
  });
}

// The publish protocol under crashes: a build killed (SIGKILL) or out of disk space (ENOSPC) at each step
// of publishing (catching up the staging copy, mirroring it by comparison, indexing, between the renames of
// the swap, writing the record) never leaves a half site in dist/, and the next normal build publishes
// exactly what a clean build publishes. The faults are injected by DIGEST_FAULT (src/publish/fault.ts).
//
// Each case alternates two listing folders, as the archive grows and shrinks: the staging copy then holds
// pages the next site lacks, which a cut-short catch-up used to leave behind as empty page folders. The
// cases run one after another in one folder, as crashes would come in a real archive's life: each starts
// from the site the case before it ended with (so a crash is also recovered from after others), and they
// alternate between growing and shrinking the archive.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureListings, tempDir } from '../support/build-site.ts';

/** Every file and folder under a site, with the bytes of each file. */
function snapshot(site: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(site, full).split(path.sep).join('/');
    entries.set(relative, entry.isDirectory() ? '(folder)' : readFileSync(full).toString('base64'));
  }
  return new Map([...entries].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((name) => a.get(name) !== b.get(name)).map((name) => `${name}: ${a.has(name) ? (b.has(name) ? 'differs' : 'only in the first') : 'only in the second'}`);
}

// Small sites (33 and 3 papers): every step of publishing is there, at a fraction of the sample's cost.
const SETS = { a: ['2025-12-08.json', '2025-12-10.txt'], b: ['2025-12-08.json'] };
function useListings(dir: string, set: keyof typeof SETS): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of SETS[set]) copyFileSync(path.join(fixtureListings, name), path.join(dir, name));
}

async function cleanBuild(set: keyof typeof SETS): Promise<Map<string, string>> {
  const listings = path.join(tempDir(`clean-${set}`), 'listings');
  useListings(listings, set);
  const result = await buildSite({ listingsDir: listings });
  expect(result.status, result.output).toBe(0);
  return snapshot(result.outDir);
}

let clean: { a: Map<string, string>; b: Map<string, string> };
const work = tempDir('crash');
const listings = path.join(work, 'listings');
const outDir = path.join(work, 'dist');
const build = (env: Record<string, string> = {}) => buildSite({ listingsDir: listings, outDir, env });

beforeAll(async () => {
  // The archive the crashes happen to: published twice (growing, then shrinking), so the staging copy is in use.
  // Its first build is a clean build of `a`.
  useListings(listings, 'a');
  const first = await build();
  expect(first.status, first.output).toBe(0);
  clean = { a: snapshot(outDir), b: await cleanBuild('b') };
  useListings(listings, 'b');
  expect((await build()).status).toBe(0);
}, 300_000);

const STEPS = ['catch-up', 'mirror', 'indexing', 'swap', 'swap-end', 'record'] as const;
// Every step with each fault; the catch-up, which copies pages into the staging copy, twice each, so that it
// is cut short both as the archive grows and as it shrinks (the cases alternate, see below).
const cases = [
  ...(['kill', 'kill', 'enospc', 'enospc'] as const).map((kind) => ['catch-up', kind] as const),
  ...STEPS.filter((step) => step !== 'catch-up').flatMap((step) => (['kill', 'enospc'] as const).map((kind) => [step, kind] as const)),
];

describe('crashes while publishing', () => {
  // The cases alternate: one grows the archive (b → a), the next shrinks it back (a → b), each starting from
  // the site the case before it ended with.
  it.each(cases.map(([step, kind], index) => [step, kind, index % 2 === 0 ? 'grows' : 'shrinks'] as const))(
    '%s, %s, as the archive %s: dist/ is a whole site throughout, and the next build equals a clean build',
    { timeout: 300_000 },
    async (step, kind, change) => {
      const [from, to] = change === 'grows' ? (['b', 'a'] as const) : (['a', 'b'] as const);
      expect(differences(snapshot(outDir), clean[from])).toEqual([]);

      // The faulty build. The mirror step is the one taken when the last build did not finish: make it so.
      useListings(listings, to);
      if (step === 'mirror') rmSync(`${outDir}-cache/published/spare-copy`);
      const faulty = await build({ DIGEST_FAULT: `${step}:${kind}` });
      if (kind === 'kill') expect(faulty.status, faulty.output).toBeNull();
      else {
        expect(faulty.status, faulty.output).toBe(1);
        expect(faulty.output).toMatch(/Build failed: .*(ENOSPC|search index)/);
        expect(faulty.output).not.toMatch(/^\s+at /m); // one line, no stack trace
      }
      // Never a half site: the old one, the new one, or (between two renames) the old one just aside.
      if (existsSync(outDir)) {
        const now = snapshot(outDir);
        expect([differences(now, clean[from]), differences(now, clean[to])].some((diff) => diff.length === 0), `dist/ after ${step}:${kind}`).toBe(true);
      } else {
        expect(step).toBe('swap');
        expect(differences(snapshot(`${outDir}.previous`), clean[from])).toEqual([]);
      }

      // The next normal build publishes what a clean build does, with nothing left aside.
      const next = await build();
      expect(next.status, next.output).toBe(0);
      expect(differences(snapshot(outDir), clean[to])).toEqual([]);
      expect(existsSync(`${outDir}.previous`)).toBe(false);
    },
  );
});

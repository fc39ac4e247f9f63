// A word being typed finds every longer word it starts, even where they run on into the next index chunk
// (src/client/search-words.ts, rangeEndTerm): Pagefind itself fetches only the chunk where the word sorts.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { rangeEndTerm } from '../../src/client/search-words.ts';
import { CHUNK_SIZE_VARIABLE } from '../../src/index/index-chunks.ts';
import type { PagefindModule } from '../../src/client/pagefind-api.ts';

let out: string;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'range-end-'));
  // Chunks this small put "accur" (accurate) at the end of the first chunk and "accuraci" (accuracy) at the
  // start of the second, beside "accus" (accusation).
  process.env[CHUNK_SIZE_VARIABLE] = '4';
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  for (const [at, word] of ['abc', 'accurate', 'accuracy', 'accusation'].entries()) {
    await index!.addHTMLFile({ sourcePath: `p${at}/index.html`, content: `<html lang="en"><body><main data-pagefind-body><p>${word}</p></main></body></html>` });
  }
  await index!.writeFiles({ outputPath: path.join(out, 'pagefind') });
  await pagefind.close();
  delete process.env[CHUNK_SIZE_VARIABLE];
  server = await serveStatic(out);
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

const searchAccur = async (withRangeEnd: boolean) => {
  // A module instance of its own each time: Pagefind keeps the chunks it fetched.
  const { createInstance } = (await import(`${path.join(out, 'pagefind', 'pagefind.js')}?${withRangeEnd}`)) as PagefindModule;
  const instance = createInstance({ basePath: `${server.url}pagefind/`, baseUrl: '/' });
  if (withRangeEnd) await instance.preload(rangeEndTerm('accur')!);
  const found = await instance.search('accur');
  return Promise.all(found.results.map(async (result) => (await result.data()).url));
};

it('finds the words a prefix starts in the next chunk too', async () => {
  expect(readdirSync(path.join(out, 'pagefind', 'index'))).toHaveLength(2);
  expect(await searchAccur(false)).toEqual(['/p1/']); // Pagefind alone: "accuracy" is missed
  expect((await searchAccur(true)).sort()).toEqual(['/p1/', '/p2/']);
});

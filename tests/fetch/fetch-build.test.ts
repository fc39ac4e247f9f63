// The daily loop on a workstation: fetch days from a local stand-in for the API, then build them into a site.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, tempDir } from '../support/build-site.ts';
import { jsonFixture, startFakeApi, type FakeApi } from '../support/fake-hf-api.ts';
import { runFetchCli } from '../support/run-fetch-cli.ts';

let api: FakeApi;
beforeAll(async () => {
  api = await startFakeApi((request) => {
    if (request.date === '2025-12-01') return request.page === 0 ? jsonFixture('2025-12-01.json') : jsonFixture('empty.json');
    if (request.date === '2025-12-02') return jsonFixture(`2025-12-02-page-${request.page}.json`);
    return { status: 404, headers: { 'content-type': 'application/json' }, body: '{"error":"no such day"}' };
  });
});
afterAll(async () => {
  await api?.close();
});

describe('fetch → build', { timeout: 300_000 }, () => {
  it('builds the fetched days into day pages that list the fetched titles, as text', async () => {
    const listings = path.join(tempDir('fetch-build'), 'listings');
    mkdirSync(listings, { recursive: true });
    const fetched = await runFetchCli(['--from', '2025-12-01', '--to', '2025-12-02'], {
      HF_API_URL: api.url,
      LISTINGS_DIR: listings,
      FETCH_TODAY: '2025-12-20',
      FETCH_PAGE_SIZE: '2',
    });
    expect(fetched.code, fetched.stderr).toBe(0);
    expect(fetched.stdout).toMatch(/^fetch: 2 written, 0 unchanged, 0 skipped, 0 failed: changed \(exit 0\)$/m);

    const site = await buildSite({ listingsDir: listings });
    expect(site.status, site.output).toBe(0);
    const day = (date: string) => readFileSync(path.join(site.outDir, 'days', date, 'index.html'), 'utf8');

    const first = day('2025-12-01');
    expect(first).toContain('Sparse Mixture Routing for Long-Context Language Models');
    expect(first).toContain('Diffusion Policies for Robot Manipulation from Few Demonstrations');
    // Markup-like text from the API is shown as text, never parsed as markup.
    expect(first).toContain('Tokens &amp; &lt;Tags&gt;: What');
    expect(first).not.toContain('<Tags>');

    const second = day('2025-12-02');
    for (const title of ['Scaling Laws for Speech Recognition Pretraining', 'Graph Neural Networks for Molecule Generation', 'Vision Transformers Without Positional Embeddings']) {
      expect(second).toContain(title);
    }
  });
});

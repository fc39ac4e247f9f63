import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostFit, kindOf, siteBreakdown } from '../../scripts/bench/site-breakdown.mjs';

describe('kindOf', () => {
  it.each([
    ['papers/some-paper/index.html', 'paper pages'],
    ['days/2025-03-19/index.html', 'day pages'],
    ['weeks/2025-W12/2/index.html', 'week and month pages'],
    ['months/2025-03/index.html', 'week and month pages'],
    ['topics/robotics/2025-03/index.html', 'topic pages'],
    ['topics/robotics/rss.xml', 'feeds'],
    ['rss.xml', 'feeds'],
    ['feeds.opml', 'feeds'],
    ['feeds/index.html', 'feeds'],
    ['pagefind/pagefind.js', 'search index'],
    ['pagefind-archive/2024/fragment/en_1.pf_fragment', 'search index'],
    ['api/days/2025-03-19.json', 'data API'],
    ['sitemap-0.xml', 'other'],
    ['index.html', 'other'],
    ['_astro/BaseLayout.css', 'other'],
  ])('%s is one of the %s', (file, kind) => {
    expect(kindOf(file)).toBe(kind);
  });
});

describe('siteBreakdown', () => {
  const site = mkdtempSync(path.join(tmpdir(), 'breakdown-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('adds up the bytes and files of each kind', () => {
    mkdirSync(path.join(site, 'papers', 'a'), { recursive: true });
    mkdirSync(path.join(site, 'papers', 'b'), { recursive: true });
    mkdirSync(path.join(site, 'pagefind'), { recursive: true });
    writeFileSync(path.join(site, 'papers', 'a', 'index.html'), 'x'.repeat(100));
    writeFileSync(path.join(site, 'papers', 'b', 'index.html'), 'x'.repeat(50));
    writeFileSync(path.join(site, 'pagefind', 'pagefind.js'), 'x'.repeat(7));
    writeFileSync(path.join(site, 'index.html'), 'x');
    const kinds = siteBreakdown(site);
    expect(kinds.get('paper pages')).toEqual({ bytes: 150, files: 2 });
    expect(kinds.get('search index')).toEqual({ bytes: 7, files: 1 });
    expect(kinds.get('other')).toEqual({ bytes: 1, files: 1 });
    expect(kinds.get('day pages')).toEqual({ bytes: 0, files: 0 });
  });
});

describe('hostFit', () => {
  it('says how much of each limit a site uses and at how many papers it would pass it', () => {
    const fit = hostFit({ bytes: 250e6, files: 25_000, papers: 10_000 });
    const github = fit.find((limit) => limit.host === 'GitHub Pages')!;
    expect(github.share).toBeCloseTo(0.25);
    expect(github.papersAtLimit).toBe(40_000);
    const cloudflare = fit.find((limit) => limit.host === 'Cloudflare Pages (Free)')!;
    expect(cloudflare.share).toBeCloseTo(1.25);
    expect(cloudflare.papersAtLimit).toBe(8_000);
    expect(fit.some((limit) => limit.what === 'file bytes')).toBe(false);
  });
});

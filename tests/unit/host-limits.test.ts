import { describe, expect, it } from 'vitest';
import { hostLimitWarnings, sizeSummary } from '../../src/publish/host-limits.ts';

const site = (bytes: number, files: number, largest = 1_000) => ({ bytes, files, largest: { file: 'pagefind/x.pf_index', bytes: largest } });

describe('host limits', () => {
  it('says nothing for a site that fits every host with room', () => {
    expect(hostLimitWarnings(site(200e6, 15_000))).toEqual([]);
  });

  it('warns from 80 % of a limit on, naming the host, the limit and the share', () => {
    expect(hostLimitWarnings(site(200e6, 16_000))).toEqual(['near the limit of Cloudflare Pages (Free) (20,000 files): 16,000 files, 80 % of it']);
  });

  it('says "over" for every limit passed', () => {
    const warnings = hostLimitWarnings(site(1.2e9, 210_000, 30 * 1024 * 1024));
    expect(warnings).toEqual([
      'over the limit of GitHub Pages (1 GB): 1,200 MB, 120 % of it',
      'over the limit of GitLab Pages (1 GB): 1,200 MB, 120 % of it',
      'over the limit of GitLab Pages (200,000 files): 210,000 files, 105 % of it',
      'over the limit of Cloudflare Pages (Free) (20,000 files): 210,000 files, 1050 % of it',
      'over the limit of Cloudflare Pages (paid) (100,000 files): 210,000 files, 210 % of it',
      'over the limit of Cloudflare Pages (25 MiB a file): pagefind/x.pf_index is 31 MB, 120 % of it',
    ]);
  });

  it('sums the site up in one phrase', () => {
    expect(sizeSummary(site(216_400_000, 21_231))).toBe('216 MB in 21,231 files');
  });
});

import { describe, expect, it } from 'vitest';
import { hostLimitWarnings, sizeSummary, textsPerFileHints } from '../../src/publish/host-limits.ts';

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

  it('names the fewest search texts a file that bring a site under 80 % of a files limit', () => {
    // 549 real days: 21,777 files, 9,321 of them papers' texts. Two a file leave 17,117 (86 %): four it takes.
    expect(textsPerFileHints(site(200e6, 21_777), 9_321, 1)).toEqual([
      'hint: for Cloudflare Pages (Free), SEARCH_TEXTS_PER_FILE=4 puts 4 papers\' search texts in a file: about 14,787 files, 74 % of its limit, and searches fetch more (see "Host limits" in the README).',
    ]);
    // 100,000 papers: GitLab's 200,000 files can be met, Cloudflare's not (the paper pages alone pass them).
    expect(textsPerFileHints(site(1.8e9, 220_000), 100_000, 1)).toEqual([expect.stringMatching(/^hint: for GitLab Pages, SEARCH_TEXTS_PER_FILE=4 .* about 145,000 files, 73 % of its limit/)]);
  });

  it('gives no hint when the files fit, or the texts already share files', () => {
    expect(textsPerFileHints(site(200e6, 15_000), 7_000, 1)).toEqual([]);
    expect(textsPerFileHints(site(200e6, 21_777), 9_321, 4)).toEqual([]);
    expect(textsPerFileHints(site(200e6, 21_777), 0, 1)).toEqual([]);
  });
});

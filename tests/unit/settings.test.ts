import { describe, expect, it } from 'vitest';
import { loadSiteConfig, SettingsError } from '../../src/settings/site-config.ts';
import { productionSettingsProblems } from '../../src/settings/production-settings.ts';
import { validateSettings } from '../../src/settings/validate-settings.ts';

describe('settings from the environment', () => {
  it('have defaults for a local build', () => {
    const result = validateSettings({});
    expect(result).toMatchObject({ ok: true, config: { siteUrl: 'http://localhost:4321', basePath: '/', listingsDir: 'content/listings', distDir: 'dist', cacheDir: '.digest-cache', searchIndexSplit: 'period', searchTextsPerFile: 1, allowEmptySite: false } });
  });

  it('read SEARCH_TEXTS_PER_FILE as a whole number from 1 to 16', () => {
    expect(validateSettings({ SEARCH_TEXTS_PER_FILE: '4' })).toMatchObject({ ok: true, config: { searchTextsPerFile: 4 } });
    for (const value of ['0', '17', '2.5', 'four']) {
      expect(validateSettings({ SEARCH_TEXTS_PER_FILE: value })).toEqual({ ok: false, problems: [`SEARCH_TEXTS_PER_FILE must be a whole number from 1 to 16, e.g. SEARCH_TEXTS_PER_FILE=4 (it is "${value}")`] });
    }
  });

  it('read ALLOW_EMPTY_SITE as a yes/no switch', () => {
    for (const [value, allowed] of [['1', true], ['true', true], ['0', false], ['', false], ['FALSE', false]] as const) {
      expect(validateSettings({ ALLOW_EMPTY_SITE: value })).toMatchObject({ ok: true, config: { allowEmptySite: allowed } });
    }
  });

  it('name the variable, the rule, an example and the value of every invalid setting', () => {
    expect(validateSettings({ SITE_URL: 'example.org', BASE_PATH: '/a b/', SEARCH_INDEX_SPLIT: 'month', ALLOW_EMPTY_SITE: 'yes' })).toEqual({
      ok: false,
      problems: [
        'SITE_URL must be an absolute http(s) URL, e.g. SITE_URL=https://papers.example.org (it is "example.org")',
        'BASE_PATH must be a sub-path of letters, digits, ".", "_", "~" or "-" segments, e.g. BASE_PATH=/digest/ (it is "/a b/")',
        'SEARCH_INDEX_SPLIT must be "period" or "none", e.g. SEARCH_INDEX_SPLIT=period (it is "month")',
        'ALLOW_EMPTY_SITE must be 1 (publish a site without papers) or 0, e.g. ALLOW_EMPTY_SITE=1 (it is "yes")',
      ],
    });
    expect(validateSettings({ SITE_URL: 'ftp://example.org' })).toEqual({ ok: false, problems: [expect.stringMatching(/^SITE_URL must be an absolute http\(s\) URL/)] });
  });

  it('fail to load with a message of those lines and no stack trace', () => {
    let thrown: unknown;
    try {
      loadSiteConfig({ SITE_URL: 'example.org' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SettingsError);
    expect((thrown as Error).message).toBe('Invalid settings:\n  SITE_URL must be an absolute http(s) URL, e.g. SITE_URL=https://papers.example.org (it is "example.org")');
    expect((thrown as Error).stack).toBe('');
  });
});

describe('production settings', () => {
  it('are fine with a public SITE_URL, on CI or not', () => {
    expect(productionSettingsProblems({ SITE_URL: 'https://papers.example.org' })).toEqual([]);
    expect(productionSettingsProblems({ SITE_URL: 'https://papers.example.org', CI: 'true' })).toEqual([]);
  });

  it('warn without SITE_URL, saying how to set it', () => {
    expect(productionSettingsProblems({})).toEqual([
      {
        level: 'warn',
        message:
          'SITE_URL is not set: feeds, canonical links and the sitemap will point at http://localhost:4321, not at the published site. ' +
          'Set it to the address the site is served from, e.g. SITE_URL=https://papers.example.org npm run build',
      },
    ]);
    expect(productionSettingsProblems({ CI: 'false', SITE_URL: '' })).toMatchObject([{ level: 'warn' }]);
  });

  it('are an error on CI without SITE_URL or with a local one', () => {
    expect(productionSettingsProblems({ CI: 'true' })).toMatchObject([{ level: 'error', message: expect.stringContaining('SITE_URL is not set') }]);
    expect(productionSettingsProblems({ CI: '1', SITE_URL: 'http://localhost:4321' })).toMatchObject([
      { level: 'error', message: expect.stringContaining('SITE_URL is http://localhost:4321, a local address') },
    ]);
  });
});

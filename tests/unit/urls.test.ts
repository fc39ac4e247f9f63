import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/settings/site-config.ts';
import * as urls from '../../src/util/site/urls.ts';

const base = siteConfig.basePath;

describe('the site URLs', () => {
  it('put every page under the base path, with a trailing slash', () => {
    expect(urls.pagePath()).toBe(base);
    expect(urls.pagePath('/papers/x/')).toBe(`${base}papers/x/`);
    expect(urls.paperPath('2512.01234')).toBe(`${base}papers/2512.01234/`);
    expect(urls.dayPath('2025-12-09')).toBe(`${base}days/2025-12-09/`);
    expect(urls.topicMonthPath('agents', '2025-12')).toBe(`${base}topics/agents/2025-12/`);
    expect(urls.weekPath('2025-W50')).toBe(`${base}weeks/2025-W50/`);
    expect(urls.monthPath('2025-12')).toBe(`${base}months/2025-12/`);
    expect(urls.weeksPath()).toBe(`${base}weeks/`);
    expect(urls.monthsPath()).toBe(`${base}months/`);
    expect(urls.searchBundlePath()).toBe(`${base}pagefind/`);
  });

  it('make absolute URLs on the site URL', () => {
    expect(urls.absoluteUrl('rss.xml')).toBe(new URL(`${base}rss.xml`, siteConfig.siteUrl).href);
    expect(urls.toAbsolute(urls.paperPath('x'))).toBe(new URL(`${base}papers/x/`, siteConfig.siteUrl).href);
  });

  it('escape a search query', () => {
    expect(urls.searchQueryPath('world model & more')).toBe(`${base}search/?q=world+model+%26+more`);
  });

  it('name the data API and the feeds relative to the base path', () => {
    expect(urls.apiFiles.day('2025-12-09')).toBe('api/days/2025-12-09.json');
    expect(urls.feedFiles.topic('agents')).toBe('topics/agents/rss.xml');
  });
});

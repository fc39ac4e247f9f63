import { describe, expect, it } from 'vitest';
import { readJsonArray } from '../../src/fetch/json-body.ts';
import { loadFetchSettings } from '../../src/fetch/fetch-settings.ts';
import { userAgent } from '../../src/fetch/user-agent.ts';

describe('reading an answer as the JSON array of a day', () => {
  it('accepts JSON media types, and no content type at all', () => {
    expect(readJsonArray('[1]', 'application/json; charset=utf-8')).toEqual([1]);
    expect(readJsonArray('[]', 'application/vnd.api+json')).toEqual([]);
    expect(readJsonArray('[]', null)).toEqual([]);
  });

  it.each([
    ['<html></html>', 'text/html; charset=utf-8', 'expected JSON, got text/html (an error page?)'],
    ['[]', 'text/plain', 'expected JSON, got text/plain'],
    ['[{"paper": ', 'application/json', /^malformed JSON \(11 characters\): /],
    ['', 'application/json', /^malformed JSON \(0 characters\)/],
    ['{"error": "Invalid date"}', 'application/json', 'expected a JSON array of papers, got an object'],
    ['null', 'application/json', 'expected a JSON array of papers, got null'],
  ])('refuses %j (%s)', (body, type, message) => {
    expect(() => readJsonArray(body, type)).toThrow(message);
  });
});

describe('fetch settings', () => {
  it('has polite defaults', () => {
    expect(loadFetchSettings({})).toEqual({
      apiBase: 'https://huggingface.co',
      listingsDir: 'content/listings',
      pageSize: 100,
      timeoutMs: 30_000,
      maxBytes: 20_000_000,
      retry: { retries: 4, baseDelayMs: 2_000, maxDelayMs: 120_000 },
      delayMs: 1_000,
      recentDays: 3,
      lookbackDays: 30,
      today: undefined,
      repository: undefined,
    });
  });

  it('reads the environment, treating empty values as unset', () => {
    const settings = loadFetchSettings({ HF_API_URL: 'http://127.0.0.1:1234', FETCH_PAGE_SIZE: '2', FETCH_TIMEOUT_MS: '', FETCH_TODAY: '2025-12-09', GITHUB_REPOSITORY: 'me/digest' });
    expect(settings).toMatchObject({ apiBase: 'http://127.0.0.1:1234', pageSize: 2, timeoutMs: 30_000, today: '2025-12-09', repository: 'me/digest' });
  });

  it('refuses nonsense with the variable named', () => {
    expect(() => loadFetchSettings({ FETCH_TIMEOUT_MS: '30s' })).toThrow(/FETCH_TIMEOUT_MS/);
    expect(() => loadFetchSettings({ FETCH_PAGE_SIZE: '500' })).toThrow(/FETCH_PAGE_SIZE/);
    expect(() => loadFetchSettings({ HF_API_URL: 'file:///etc/passwd' })).toThrow(/HF_API_URL/);
    expect(() => loadFetchSettings({ FETCH_TODAY: '2025-02-30' })).toThrow(/FETCH_TODAY: must be a real day/);
  });
});

describe('the User-Agent', () => {
  it('names the project, its version and where to find it', () => {
    expect(userAgent('0.1.0', 'me/digest')).toBe('paper-digest/0.1.0 (+https://github.com/me/digest)');
    expect(userAgent('0.1.0')).toBe('paper-digest/0.1.0 (+paper-digest static-site generator)');
  });
});

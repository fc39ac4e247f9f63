import { afterEach, expect, it, vi } from 'vitest';
import { cacheKey } from '../../src/util/site/cache-key.ts';

it('is equal for equal data and differs for any change', () => {
  expect(cacheKey({ a: 1, b: ['x'] })).toBe(cacheKey({ a: 1, b: ['x'] }));
  expect(cacheKey({ a: 1, b: ['x'] })).not.toBe(cacheKey({ a: 1, b: ['y'] }));
  expect(cacheKey({ a: 1 })).toMatch(/^[\w-]{43}$/);
});

afterEach(() => vi.unstubAllEnvs());

/** The key of the same data under these settings (the module reads them when loaded). */
async function keyWith(env: Record<string, string>): Promise<string> {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const { cacheKey: keyOf } = await import('../../src/util/site/cache-key.ts');
  return keyOf({ a: 1 });
}

it('holds the settings pages show, not those only the search index or the build read', async () => {
  const base = { BASE_PATH: '/', SEARCH_TEXTS_PER_FILE: '', SEARCH_INDEX_SPLIT: '', SEARCH_BUNDLE_PAGES: '', LISTINGS_DIR: '' };
  const plain = await keyWith(base);
  expect(await keyWith({ ...base, BASE_PATH: '/digest/' })).not.toBe(plain);
  for (const setting of [{ SEARCH_TEXTS_PER_FILE: '4' }, { SEARCH_INDEX_SPLIT: 'none' }, { SEARCH_BUNDLE_PAGES: '40' }, { LISTINGS_DIR: 'elsewhere' }]) {
    expect(await keyWith({ ...base, ...setting }), JSON.stringify(setting)).toBe(plain);
  }
});

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
  const plain = await keyWith({ BASE_PATH: '/', SEARCH_TEXTS_PER_FILE: '' });
  expect(await keyWith({ BASE_PATH: '/digest/', SEARCH_TEXTS_PER_FILE: '' })).not.toBe(plain);
  expect(await keyWith({ BASE_PATH: '/', SEARCH_TEXTS_PER_FILE: '4' })).toBe(plain);
  expect(await keyWith({ BASE_PATH: '/', SEARCH_TEXTS_PER_FILE: '', LISTINGS_DIR: 'elsewhere' })).toBe(plain);
});

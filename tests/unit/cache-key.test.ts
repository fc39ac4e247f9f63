import { expect, it } from 'vitest';
import { cacheKey } from '../../src/util/site/cache-key.ts';

it('is equal for equal data and differs for any change', () => {
  expect(cacheKey({ a: 1, b: ['x'] })).toBe(cacheKey({ a: 1, b: ['x'] }));
  expect(cacheKey({ a: 1, b: ['x'] })).not.toBe(cacheKey({ a: 1, b: ['y'] }));
  expect(cacheKey({ a: 1 })).toMatch(/^[\w-]{43}$/);
});

import { expect, it } from 'vitest';
import type { Day } from '../../src/collect/schema.ts';
import { newestFirst } from '../../src/util/papers/newest-first.ts';

it('orders papers by the latest day that listed them, then by their place in it', () => {
  const day = (date: string, papers: string[]) => ({ date, papers }) as unknown as Day;
  expect(newestFirst([day('2025-12-10', ['c', 'a']), day('2025-12-09', ['a', 'b', 'c']), day('2025-12-08', ['d'])])).toEqual(['c', 'a', 'b', 'd']);
  expect(newestFirst([])).toEqual([]);
});

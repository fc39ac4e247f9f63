// The merge of per-bundle ordered result streams (src/client/ordered-merge.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderedMerge, type OrderedStream } from '../../src/client/ordered-merge.ts';

/** Descending order of strings, a total order as the merge needs. */
const descending = (a: string, b: string): number => (a > b ? -1 : a < b ? 1 : 0);

/** A stream over sorted keys that counts how many items were keyed. */
function stream(keys: string[], bound?: string): OrderedStream<string, string> & { keyed: number } {
  const sorted = [...keys].sort(descending);
  const result = {
    keyed: 0,
    size: sorted.length,
    bound,
    at: async (index: number) => {
      result.keyed++;
      return { key: sorted[index], item: sorted[index] };
    },
  };
  return result;
}

describe('OrderedMerge', () => {
  it('gives the items of every stream in one global order, page by page', async () => {
    const merge = new OrderedMerge([stream(['2026-06-15', '2024-05-24']), stream(['2026-08-20', '2024-10-11']), stream([])], descending);
    expect(merge.size).toBe(4);
    expect(await merge.take(3)).toEqual(['2026-08-20', '2026-06-15', '2024-10-11']);
    expect(await merge.take(3)).toEqual(['2024-05-24']);
    expect(await merge.take(3)).toEqual([]);
    expect(merge.given).toBe(4);
  });

  it('equals sorting everything, for any streams and page sizes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 12 }), { maxLength: 6 }), fc.integer({ min: 1, max: 7 }), async (lists, page) => {
        // Keys unique across streams, as the paper id in every key makes them.
        const seen = new Set<string>();
        const unique = lists.map((keys) => keys.filter((key) => !seen.has(key) && seen.add(key)));
        // Half the streams bounded by their greatest key (or above it), as the manifest's bounds are.
        const merge = new OrderedMerge(unique.map((keys, at) => stream(keys, at % 2 === 0 ? undefined : `${[...keys].sort(descending)[0] ?? ''}${at % 4 === 1 ? '~' : ''}`)), descending);
        const out: string[] = [];
        for (let batch = await merge.take(page); batch.length > 0; batch = await merge.take(page)) out.push(...batch);
        expect(out).toEqual([...seen].sort(descending));
      }),
    );
  });

  it('does not key a stream whose bound cannot beat what is already known', async () => {
    const newest = stream(['2026-08-03', '2026-08-02', '2026-08-01'], '2026-08-31');
    const older = stream(['2024-05-02', '2024-05-01'], '2024-05-31');
    const merge = new OrderedMerge([older, newest], descending);
    expect(await merge.take(2)).toEqual(['2026-08-03', '2026-08-02']);
    expect(older.keyed).toBe(0);
    expect(await merge.take(3)).toEqual(['2026-08-01', '2024-05-02', '2024-05-01']);
  });

  it('without bounds keys only one head per stream beyond what it gives', async () => {
    const streams = [stream(['c', 'a']), stream(['d', 'b']), stream(['e'])];
    const merge = new OrderedMerge(streams, descending);
    expect(await merge.take(1)).toEqual(['e']);
    expect(streams.reduce((sum, s) => sum + s.keyed, 0)).toBe(3);
  });
});

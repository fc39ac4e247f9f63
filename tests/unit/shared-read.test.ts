import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { sharedRead } from '../../src/loader/shared-read.ts';

const KINDS = ['papers', 'days', 'topics'] as const;

/** A read that counts its calls and answers with the count (or fails with it). */
function countingRead(fail = false) {
  let count = 0;
  const read = () => {
    count++;
    if (fail) throw new Error(`read ${count} failed`);
    return `read ${count}`;
  };
  return { read, count: () => count };
}

describe('one read of the listings per sync', () => {
  it('gives the three collections of a sync the same read', () => {
    const source = countingRead();
    const reader = sharedRead(source.read, KINDS);
    expect(KINDS.map((kind) => reader.get(kind))).toEqual(['read 1', 'read 1', 'read 1']);
    expect(source.count()).toBe(1);
  });

  it('reads again for a collection that asks a second time: the next sync', () => {
    const source = countingRead();
    const reader = sharedRead(source.read, KINDS);
    reader.get('papers');
    reader.get('days');
    expect(reader.get('papers')).toBe('read 2');
    expect(reader.get('days')).toBe('read 2');
    expect(reader.get('topics')).toBe('read 2');
    expect(reader.get('topics')).toBe('read 3');
  });

  it('reads again after a change, for whoever asks first', () => {
    const source = countingRead();
    const reader = sharedRead(source.read, KINDS);
    expect(reader.get('papers')).toBe('read 1');
    reader.changed();
    expect(reader.get('days')).toBe('read 2');
    expect(reader.get('papers')).toBe('read 2');
  });

  it('shares a failed read too: every collection gets the same error, from one read', () => {
    const source = countingRead(true);
    const reader = sharedRead(source.read, KINDS);
    for (const kind of KINDS) expect(() => reader.get(kind)).toThrow('read 1 failed');
    expect(source.count()).toBe(1);
  });

  it('lets a read go once every collection has it (it holds every listing, in memory)', async () => {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    let made: WeakRef<object> | undefined;
    const reader = sharedRead(() => {
      const value = { bytes: new Uint8Array(1024) };
      made = new WeakRef(value);
      return value;
    }, KINDS);
    reader.get('papers');
    reader.get('days');
    // Two of three: still held for the third.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(made!.deref()).toBeDefined();
    reader.get('topics');
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(made!.deref()).toBeUndefined();
  });
});

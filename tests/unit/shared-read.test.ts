import { describe, expect, it } from 'vitest';
import { sharedRead } from '../../src/loader/shared-read.ts';

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
    const reader = sharedRead(source.read);
    expect(['papers', 'days', 'topics'].map((kind) => reader.get(kind))).toEqual(['read 1', 'read 1', 'read 1']);
    expect(source.count()).toBe(1);
  });

  it('reads again for a collection that asks a second time: the next sync', () => {
    const source = countingRead();
    const reader = sharedRead(source.read);
    reader.get('papers');
    reader.get('days');
    expect(reader.get('papers')).toBe('read 2');
    expect(reader.get('days')).toBe('read 2');
    expect(source.count()).toBe(2);
  });

  it('reads again after a change, for whoever asks first', () => {
    const source = countingRead();
    const reader = sharedRead(source.read);
    expect(reader.get('papers')).toBe('read 1');
    reader.changed();
    expect(reader.get('days')).toBe('read 2');
    expect(reader.get('papers')).toBe('read 2');
  });

  it('shares a failed read too: every collection gets the same error, from one read', () => {
    const source = countingRead(true);
    const reader = sharedRead(source.read);
    for (const kind of ['papers', 'days', 'topics']) expect(() => reader.get(kind)).toThrow('read 1 failed');
    expect(source.count()).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { latestRead } from '../../src/loader/latest-read.ts';

/** A read whose answers the test releases one by one. */
function controlledRead() {
  const pending: ((value: string) => void)[] = [];
  let count = 0;
  const read = () => {
    count++;
    return new Promise<string>((resolve) => pending.push(resolve));
  };
  return { read, pending, count: () => count };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a read never older than the last change', () => {
  it('shares one read among callers while nothing changes', async () => {
    const source = controlledRead();
    const reader = latestRead(source.read);
    const [a, b] = [reader.get(), reader.get()];
    await tick();
    source.pending[0]('first');
    expect(await Promise.all([a, b])).toEqual(['first', 'first']);
    expect(source.count()).toBe(1);
  });

  it('reads again for a caller that comes after a change, even while the older read still runs', async () => {
    const source = controlledRead();
    const reader = latestRead(source.read);
    const stale = reader.get(); // reading the file just truncated
    await tick();
    reader.changed(); // the editor's write lands
    const fresh = reader.get();
    await tick();
    expect(source.count()).toBe(2);
    source.pending[1]('written');
    source.pending[0]('empty');
    expect(await fresh).toBe('written');
    expect(await stale).toBe('empty');
  });

  it('joins the newer read, not the stale one, for every caller after the change', async () => {
    const source = controlledRead();
    const reader = latestRead(source.read);
    void reader.get();
    await tick();
    reader.changed();
    const [a, b] = [reader.get(), reader.get()];
    await tick();
    expect(source.count()).toBe(2);
    source.pending[1]('written');
    expect(await Promise.all([a, b])).toEqual(['written', 'written']);
  });
});

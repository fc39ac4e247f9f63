import { describe, expect, it } from 'vitest';
import { isNew, lastReadDay, markRead, VISIT_KEY } from '../../src/client/last-visit.ts';

function memoryStore() {
  const values = new Map<string, string>();
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), values };
}

describe('new since the last visit', () => {
  it('marks nothing on a first visit', () => {
    const store = memoryStore();
    expect(lastReadDay(store)).toBeUndefined();
    expect(isNew('2026-01-02', lastReadDay(store))).toBe(false);
  });

  it('marks papers first listed after the last day read', () => {
    const store = memoryStore();
    markRead(store, '2026-01-01');
    expect(isNew('2026-01-02', lastReadDay(store))).toBe(true);
    expect(isNew('2026-01-01', lastReadDay(store))).toBe(false);
    expect(isNew('2025-12-30', lastReadDay(store))).toBe(false);
  });

  it('never moves back when an older day is read', () => {
    const store = memoryStore();
    markRead(store, '2026-01-05');
    markRead(store, '2026-01-01');
    expect(lastReadDay(store)).toBe('2026-01-05');
  });

  it('ignores damaged storage and days that are not days', () => {
    const store = memoryStore();
    store.setItem(VISIT_KEY, '{not json');
    expect(lastReadDay(store)).toBeUndefined();
    markRead(store, 'tomorrow');
    expect(lastReadDay(store)).toBeUndefined();
    expect(isNew('garbage', '2026-01-01')).toBe(false);
  });
});

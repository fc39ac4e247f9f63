import { describe, expect, it } from 'vitest';
import { clearSaved, isSaved, readSaved, removePaper, SAVED_KEY, savePaper, type SavedPaper } from '../../src/client/reading-list.ts';

function memoryStore(initial?: string) {
  const values = new Map<string, string>(initial === undefined ? [] : [[SAVED_KEY, initial]]);
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), values };
}

const paper = (id: string, savedAt: string): SavedPaper => ({ id, title: `Title ${id}`, path: `/papers/${id}/`, day: '2025-06-10', savedAt });

describe('the reading list', () => {
  it('saves, lists newest saved first, and removes', () => {
    const store = memoryStore();
    savePaper(store, paper('a', '2026-01-01T10:00:00.000Z'));
    savePaper(store, paper('b', '2026-01-02T10:00:00.000Z'));
    expect(readSaved(store).map((entry) => entry.id)).toEqual(['b', 'a']);
    expect(isSaved(store, 'a')).toBe(true);
    removePaper(store, 'a');
    expect(readSaved(store).map((entry) => entry.id)).toEqual(['b']);
    clearSaved(store);
    expect(readSaved(store)).toEqual([]);
  });

  it('keeps a paper once when it is saved again', () => {
    const store = memoryStore();
    savePaper(store, paper('a', '2026-01-01T10:00:00.000Z'));
    savePaper(store, paper('a', '2026-01-03T10:00:00.000Z'));
    expect(readSaved(store)).toHaveLength(1);
    expect(readSaved(store)[0].savedAt).toBe('2026-01-03T10:00:00.000Z');
  });

  it.each(['not json', '{"an":"object"}', 'null', '42'])('reads damaged storage (%s) as an empty list', (stored) => {
    expect(readSaved(memoryStore(stored))).toEqual([]);
  });

  it('drops only the malformed entries, keeping the good ones', () => {
    const good = paper('good', '2026-01-01T00:00:00.000Z');
    const stored = JSON.stringify([good, { id: 'x' }, { ...good, id: 'evil', path: 'javascript:alert(1)' }, { ...good, id: 'bad-day', day: 'soon' }, 7]);
    expect(readSaved(memoryStore(stored)).map((entry) => entry.id)).toEqual(['good']);
  });
});

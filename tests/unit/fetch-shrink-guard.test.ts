import { describe, expect, it } from 'vitest';
import { papersOnDisk, shrinkRefusal } from '../../src/fetch/shrink-guard.ts';

const none = { allowEmpty: false, allowFewer: false };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('no fetch replaces known papers with fewer', () => {
  it('counts the papers of the file on disk', () => {
    expect(papersOnDisk(bytes('[{"a":1},{"b":2}]\n'))).toBe(2);
    expect(papersOnDisk(bytes('[]\n'))).toBe(0);
    expect(papersOnDisk(bytes('[{"a":'))).toBeUndefined();
    expect(papersOnDisk(bytes('{"error":"x"}'))).toBeUndefined();
  });

  it('refuses an empty answer for a day with papers, unless --allow-empty', () => {
    expect(shrinkRefusal(3, 0, none, 'x.json')).toBe('the API answered no papers, but x.json has 3 papers: kept it (an empty answer is often a passing fault; --allow-empty replaces it)');
    expect(shrinkRefusal(3, 0, { ...none, allowEmpty: true }, 'x.json')).toBeUndefined();
    expect(shrinkRefusal(3, 0, { ...none, allowFewer: true }, 'x.json')).toMatch(/--allow-empty/);
  });

  it('refuses fewer papers, unless --allow-fewer', () => {
    expect(shrinkRefusal(3, 1, none, 'x.json')).toBe('the API answered 1 paper, but x.json has 3 papers: kept it (--allow-fewer replaces it)');
    expect(shrinkRefusal(3, 2, { ...none, allowFewer: true }, 'x.json')).toBeUndefined();
  });

  it('lets as many or more papers, a new day, an empty day and a broken file through', () => {
    expect(shrinkRefusal(3, 3, none, 'x.json')).toBeUndefined();
    expect(shrinkRefusal(0, 5, none, 'x.json')).toBeUndefined();
    expect(shrinkRefusal(0, 0, none, 'x.json')).toBeUndefined();
    expect(shrinkRefusal(undefined, 0, none, 'x.json')).toBeUndefined();
  });
});

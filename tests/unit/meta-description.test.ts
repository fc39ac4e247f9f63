import { describe, expect, it } from 'vitest';
import { metaDescription } from '../../src/util/site/meta-description.ts';

describe('metaDescription', () => {
  it('keeps a short text whole, with its last word and no ellipsis', () => {
    expect(metaDescription('We prune networks.')).toBe('We prune networks.');
    expect(metaDescription('a'.repeat(160))).toBe('a'.repeat(160));
  });

  it('folds line breaks and paragraph breaks into single spaces', () => {
    expect(metaDescription('First  paragraph.\n\nSecond\nline.')).toBe('First paragraph. Second line.');
  });

  it('cuts a long text at a word boundary, within the limit, and adds an ellipsis only then', () => {
    const text = `${'word '.repeat(40)}end`;
    const result = metaDescription(text);
    expect(result.endsWith('word…')).toBe(true);
    expect(result.length).toBeLessThanOrEqual(161);
    expect(text.startsWith(result.slice(0, -1))).toBe(true);
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    const text = `${'x'.repeat(150)} tail, ${'y'.repeat(20)}`;
    expect(metaDescription(text)).toBe(`${'x'.repeat(150)} tail…`);
  });

  it('cuts a text without spaces hard, still within the limit', () => {
    const result = metaDescription('z'.repeat(400));
    expect(result).toBe(`${'z'.repeat(159)}…`);
  });
});

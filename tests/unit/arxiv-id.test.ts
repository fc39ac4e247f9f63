import { describe, expect, it } from 'vitest';
import { isArxivId } from '../../src/parse/arxiv-id.ts';

describe('isArxivId', () => {
  it.each(['2512.01234', '1810.05270', '2512.01234v2', 'cs/0112017', 'math.GT/0309136', 'hep-th/9901001v3'])('accepts %s', (id) => {
    expect(isArxivId(id)).toBe(true);
  });
  it.each(['', '2512.123', '12345.6789', 'javascript:alert(1)', '../../etc', '2512.01234/../x', 'arXiv:2512.01234', undefined])('refuses %s', (id) => {
    expect(isArxivId(id)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { byline } from '../../src/util/papers/byline.ts';

describe('byline', () => {
  it('names up to three authors, and summarises more on cards', () => {
    expect(byline({ authors: ['Ada', 'Alan'] })).toBe('Ada, Alan');
    expect(byline({ authors: ['A', 'B', 'C'] })).toBe('A, B, C');
    expect(byline({ authors: ['A', 'B', 'C', 'D', 'E'] })).toBe('A, B and 3 more');
    expect(byline({ authors: ['A', 'B', 'C', 'D', 'E'] }, true)).toBe('A, B, C, D, E');
  });

  it('counts authors when only the count is known, with the right plural', () => {
    expect(byline({ authorCount: 1 })).toBe('1 author');
    expect(byline({ authorCount: 3 })).toBe('3 authors');
  });

  it('adds the organisation, or gives it alone', () => {
    expect(byline({ authorCount: 2, organization: { account: 'x', name: 'Lab' } })).toBe('2 authors · Lab');
    expect(byline({ organization: { account: 'x', name: 'Lab' } })).toBe('Lab');
  });
});

import { describe, expect, it } from 'vitest';
import { AUTHORS_BEFORE_FOLD, authorPreview, byline } from '../../src/util/papers/byline.ts';

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

  it('folds a long author list on the paper page after the first names, and leaves a short one whole', () => {
    const names = (n: number) => Array.from({ length: n }, (_, index) => `Author ${index + 1}`);
    expect(authorPreview(undefined)).toBeUndefined();
    expect(authorPreview(names(AUTHORS_BEFORE_FOLD * 2))).toBeUndefined();
    const folded = authorPreview(names(664));
    expect(folded).toEqual({ names: names(AUTHORS_BEFORE_FOLD).join(', '), more: 664 - AUTHORS_BEFORE_FOLD, total: 664 });
    expect(authorPreview(names(5), 2)).toEqual({ names: 'Author 1, Author 2', more: 3, total: 5 });
  });
});

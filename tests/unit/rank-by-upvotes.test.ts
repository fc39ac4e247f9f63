import { describe, expect, it } from 'vitest';
import { mostUpvoted, rankByUpvotes } from '../../src/util/papers/rank-by-upvotes.ts';

it('ranks by upvotes, ties in the order given', () => {
  const papers = [{ id: 'a', upvotes: 1 }, { id: 'b', upvotes: 5 }, { id: 'c', upvotes: 1 }, { id: 'd', upvotes: 5 }];
  expect(rankByUpvotes(papers).map((paper) => paper.id)).toEqual(['b', 'd', 'a', 'c']);
  expect(papers.map((paper) => paper.id)).toEqual(['a', 'b', 'c', 'd']); // the input is left alone
});

describe('mostUpvoted', () => {
  const papers = [
    { id: 'a', upvotes: 3 },
    { id: 'b', upvotes: 9 },
    { id: 'c', upvotes: 0 },
    { id: 'd', upvotes: 3 },
    { id: 'e', upvotes: 12 },
  ];

  it('orders by upvotes, ties in listing order, and keeps only the first few', () => {
    expect(mostUpvoted(papers, 3).map((paper) => paper.id)).toEqual(['e', 'b', 'a']);
    expect(mostUpvoted(papers, 4).map((paper) => paper.id)).toEqual(['e', 'b', 'a', 'd']);
  });

  it('leaves out papers nobody upvoted, and does not reorder its input', () => {
    expect(mostUpvoted(papers, 10).map((paper) => paper.id)).toEqual(['e', 'b', 'a', 'd']);
    expect(mostUpvoted([{ upvotes: 0 }], 5)).toEqual([]);
    expect(papers.map((paper) => paper.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

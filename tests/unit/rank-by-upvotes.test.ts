import { expect, it } from 'vitest';
import { rankByUpvotes } from '../../src/util/rank-by-upvotes.ts';

it('ranks by upvotes, ties in the order given', () => {
  const papers = [{ id: 'a', upvotes: 1 }, { id: 'b', upvotes: 5 }, { id: 'c', upvotes: 1 }, { id: 'd', upvotes: 5 }];
  expect(rankByUpvotes(papers).map((paper) => paper.id)).toEqual(['b', 'd', 'a', 'c']);
  expect(papers.map((paper) => paper.id)).toEqual(['a', 'b', 'c', 'd']); // the input is left alone
});

import { describe, expect, it } from 'vitest';
import { count, grouped, noun, upvotesNote } from '../../src/text/count.ts';

describe('count', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect(count(1, 'paper')).toBe('1 paper');
    expect(count(0, 'paper')).toBe('0 papers');
    expect(count(2, 'day')).toBe('2 days');
  });
  it('takes an irregular plural', () => {
    expect(count(3, 'summary', 'summaries')).toBe('3 summaries');
  });
  it('groups thousands the same way whatever the machine locale', () => {
    expect(count(12345, 'star')).toBe('12,345 stars');
  });
  it('groups a number shown alone as count() groups it', () => {
    expect(grouped(4751)).toBe('4,751');
    expect(grouped(17)).toBe('17');
  });
});

describe('upvotesNote', () => {
  it('says nothing for no upvotes and counts the others', () => {
    expect(upvotesNote(0)).toBe('');
    expect(upvotesNote(1)).toBe(' · 1 upvote');
    expect(upvotesNote(1500)).toBe(' · 1,500 upvotes');
  });
});

describe('noun', () => {
  it('is the noun count() writes, without the number', () => {
    expect(noun(1, 'upvote')).toBe('upvote');
    expect(noun(1500, 'upvote')).toBe('upvotes');
    expect(noun(2, 'is', 'are')).toBe('are');
  });
});

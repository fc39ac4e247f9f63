import { describe, expect, it } from 'vitest';
import { chipTopics } from '../../src/util/papers/chip-topics.ts';

describe('chipTopics', () => {
  const topics = [{ slug: 'a' }, { slug: 'b', count: 0 }, { slug: 'c', count: 4 }, { slug: 'd' }, { slug: 'e', count: 1 }];

  it('keeps the order given, leaves out topics known to be empty, and counts the rest', () => {
    expect(chipTopics(topics, 3)).toEqual({ shown: [{ slug: 'a' }, { slug: 'c', count: 4 }, { slug: 'd' }], hidden: 1 });
  });

  it('shows every non-empty topic without a limit', () => {
    expect(chipTopics(topics).shown.map((topic) => topic.slug)).toEqual(['a', 'c', 'd', 'e']);
    expect(chipTopics(topics).hidden).toBe(0);
    expect(chipTopics([], 3)).toEqual({ shown: [], hidden: 0 });
  });
});

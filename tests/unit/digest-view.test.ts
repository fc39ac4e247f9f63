import { describe, expect, it } from 'vitest';
import type { Day, Paper } from '../../src/collect/schema.ts';
import type { Topic } from '../../src/collect/topics.ts';
import { cardView, digestView, rankedPeriods, rowView } from '../../src/data/digest-view.ts';
import { cacheKey } from '../../src/util/site/cache-key.ts';

const topic = (slug: string): Topic => ({ slug, name: `Topic ${slug}`, description: 'd', match: [slug], exclude: [] }) as Topic;
const paper = (id: string, days: string[], upvotes: number, topics: string[] = []): Paper => ({
  id, title: `Title ${id}`, abstract: 'A.', published: '2025-01-01', upvotes, authorCount: 1, links: [], keywords: [],
  days, topics, related: [], later: [], sources: ['x:1'],
});
const day = (date: string, papers: string[]): Day => ({ date, file: `${date}.json`, papers });

// Sunday 29 December 2024 is in ISO week 2024-W52; Monday 30 December 2024 already in 2025-W01.
const papers = [paper('a', ['2024-12-29'], 5, ['t1']), paper('b', ['2024-12-30', '2025-01-02'], 9, ['t1', 't2']), paper('c', ['2025-01-02'], 9, ['t2'])];
const days = [day('2024-12-29', ['a']), day('2024-12-30', ['b']), day('2025-01-02', ['c', 'b'])];
const view = digestView(papers, days, [topic('t1'), topic('t2'), topic('empty')]);

describe('the digest view', () => {
  it('orders days and papers newest first', () => {
    expect(view.days.map((d) => d.date)).toEqual(['2025-01-02', '2024-12-30', '2024-12-29']);
    expect(view.newest).toEqual(['c', 'b', 'a']);
  });

  it('groups papers by ISO week and by month, first-listed order, each paper once', () => {
    expect([...view.weeks]).toEqual([['2024-W52', ['a']], ['2025-W01', ['b', 'c']]]);
    expect([...view.months]).toEqual([['2024-12', ['a', 'b']], ['2025-01', ['c', 'b']]]);
  });

  it('files a topic paper under the month it was first listed, newest month first, empty topics kept', () => {
    expect([...view.topicMonths.get('t2')!]).toEqual([['2025-01', ['c']], ['2024-12', ['b']]]);
    expect(view.papersByTopic.get('t1')).toEqual(['b', 'a']);
    expect(view.papersByTopic.get('empty')).toEqual([]);
  });

  it('ranks a period most upvoted first, ties in listing order, with its neighbours', () => {
    const [first, second] = rankedPeriods(view, view.months);
    expect(first).toMatchObject({ period: '2024-12', older: undefined, newer: '2025-01' });
    expect(second.papers.map((p) => p.id)).toEqual(['c', 'b']);
  });
});

/** The same value changed, whatever its type: a new field of a view is covered without naming it. */
function changed(value: unknown): unknown {
  if (typeof value === 'string') return `${value} (changed)`;
  if (typeof value === 'number') return value + 1;
  if (Array.isArray(value)) return value.length > 0 ? [...value.slice(1), changed(value[0])] : ['added'];
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, changed(field)]));
  return 'set';
}

describe.each([
  ['row', rowView],
  ['card', cardView],
] as const)('a %s’s cache key', (_name, viewOf) => {
  const base = { ...papers[1], authors: ['Ada', 'Grace'], organization: { account: 'o', name: 'Org' }, arxivId: '2501.01234', codeUrl: 'https://example.org/code' } as Paper;
  const shown = viewOf(base, view.topics);
  const keyOf = (data: object) => cacheKey({ page: 'x', papers: [data] });

  it.each(Object.keys(shown))('changes with the %s it shows', (field) => {
    expect(keyOf({ ...shown, [field]: changed(shown[field as keyof typeof shown]) })).not.toBe(keyOf(shown));
  });
  it('changes when a shown topic is renamed', () => {
    const renamed = new Map(view.topics);
    renamed.set('t1', { ...topic('t1'), name: 'Renamed' });
    expect(keyOf(viewOf(base, renamed))).not.toBe(keyOf(shown));
  });
  it('does not change with what it does not show', () => {
    expect(keyOf(viewOf({ ...base, related: ['x'], later: ['y'], sources: ['z:2'], keywords: ['k'], links: ['https://example.org/l'], githubStars: 5 } as Paper, view.topics))).toBe(keyOf(shown));
  });
});

it('a row names its strongest two topics and counts the others, a card names all of them', () => {
  const many = { ...papers[1], topics: ['t2', 't1', 'empty'] } as Paper;
  expect(rowView(many, view.topics).topics.map((t) => t.slug)).toEqual(['t2', 't1']);
  expect(rowView(many, view.topics).moreTopics).toBe(1);
  expect(rowView({ ...many, topics: ['t1'] }, view.topics).moreTopics).toBe(0);
  expect(cardView(many, view.topics).topics.map((t) => t.slug)).toEqual(['t2', 't1', 'empty']);
});

it('a row in a list newest first gives the day that placed it there, a ranked row none', () => {
  const relisted = { ...papers[1], days: ['2025-12-01', '2025-12-09'] } as Paper;
  expect(rowView(relisted, view.topics, 'newest').listed).toBe('2025-12-09');
  expect(rowView(relisted, view.topics).listed).toBeUndefined();
});

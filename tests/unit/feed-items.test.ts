import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/collect/schema.ts';
import { feedItem, listingDate } from '../../src/feeds/feed-items.ts';
import { opml } from '../../src/feeds/opml.ts';

const paper: Paper = {
  id: 'a-paper',
  title: 'A <b>Paper</b> & "Friends"',
  abstract: 'First paragraph.\n\nSecond ]]> paragraph.',
  published: '2024-02-29',
  upvotes: 3,
  authorCount: 2,
  links: [],
  keywords: [],
  days: ['2025-12-08', '2025-12-10'],
  topics: ['pruning', 'unknown-topic'],
  related: [],
  later: [],
  sources: ['x.txt:1'],
};
const context = {
  paperUrl: (id: string) => `https://digest.example.org/digest/papers/${id}/`,
  topics: new Map([['pruning', { name: 'Pruning and compression' }]]),
};

describe('feed items', () => {
  it('map a paper to title, page link, abstract, listing day and topics', () => {
    expect(feedItem(paper, context)).toEqual({
      title: 'A <b>Paper</b> & "Friends"',
      link: 'https://digest.example.org/digest/papers/a-paper/',
      description: '<p>First paragraph.</p>\n<p>Second ]]&gt; paragraph.</p>',
      pubDate: new Date('2025-12-10T00:00:00Z'),
      categories: ['Pruning and compression', 'unknown-topic'],
    });
  });

  it('give the abstract as escaped HTML, so markup in it stays text in a reader', () => {
    const item = feedItem({ ...paper, abstract: '<img src=x onerror="alert(1)"> & <b>bold</b>' }, context);
    expect(item.description).toBe('<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</p>');
  });

  it('date an item by the last day that listed it, in RFC 822 form', () => {
    expect(listingDate(paper).toUTCString()).toBe('Wed, 10 Dec 2025 00:00:00 GMT');
    expect(listingDate({ days: ['2025-01-02'] }).toUTCString()).toBe('Thu, 02 Jan 2025 00:00:00 GMT');
  });
});

describe('OPML', () => {
  it('lists every feed with escaped attributes', () => {
    const xml = opml('All & every feed', [{ title: 'Topic "A" <b>', xmlUrl: 'https://x.org/a/rss.xml?x=1&y=2', htmlUrl: 'https://x.org/a/' }]);
    expect(xml).toContain('<title>All &amp; every feed</title>');
    expect(xml).toContain('text="Topic &quot;A&quot; &lt;b&gt;"');
    expect(xml).toContain('xmlUrl="https://x.org/a/rss.xml?x=1&amp;y=2"');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });
});

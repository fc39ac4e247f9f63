/**
 * Maps papers to RSS items: title, the paper page as link and guid, the abstract as description,
 * the listing day as pubDate and topics as categories. Pure, so the mapping is unit-tested without a build.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { escape } from 'html-escaper';
import type { Paper } from '../collect/schema.ts';
import type { Topic } from '../collect/topics.ts';
import { paragraphsOf } from '../view/abstract.ts';
import { plainText } from '../view/rich-text.ts';

export interface FeedContext {
  /** Absolute URL of a paper's page, exactly as the site links it. */
  paperUrl(id: string): string;
  topics: ReadonlyMap<string, Pick<Topic, 'name'>>;
}

/**
 * Feed readers render an item's description as HTML, so the abstract goes in as escaped paragraphs:
 * `<script>` in an abstract reaches the reader as the text "<script>", never as an element.
 * (The XML builder then escapes this HTML once more for the XML layer.)
 */
export function abstractHtml(abstract: string): string {
  return paragraphsOf(abstract)
    .map((paragraph) => `<p>${escape(paragraph)}</p>`)
    .join('\n');
}

/** The day a paper was last listed, as the moment the feed published it (midnight UTC). */
export function listingDate(paper: Pick<Paper, 'days'>): Date {
  return new Date(`${paper.days.at(-1)}T00:00:00Z`);
}

export function feedItem(paper: Paper, context: FeedContext): RSSFeedItem {
  return {
    title: plainText(paper.title),
    link: context.paperUrl(paper.id),
    description: abstractHtml(plainText(paper.abstract)),
    pubDate: listingDate(paper),
    categories: paper.topics.map((slug) => context.topics.get(slug)?.name ?? slug),
  };
}

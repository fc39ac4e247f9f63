/**
 * Reads an RSS/Atom feed with an npm feed parser (@rowanmanning/feed-parser, lenient as real readers are)
 * after checking that the XML is well-formed (fast-xml-validator: a strict reader would refuse it
 * otherwise). Installed by `npm install`, so every test run can read feeds, on any machine.
 */
import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import { SyntaxValidator } from 'fast-xml-validator';

export interface ReadFeedItem {
  title: string | null;
  url: string | null;
  id: string | null;
  /** ISO 8601 UTC, or null. */
  published: string | null;
  categories: (string | null)[];
  /**
   * The description as the feed carries it: the HTML a reader renders, XML entities decoded once. (The
   * library's own `description` also decodes HTML entities, which would turn escaped markup into markup.)
   */
  descriptionHtml: string | null;
}

export interface ReadFeed {
  /** 'rss 2.0', 'atom 1.0', … */
  format: string;
  title: string | null;
  url: string | null;
  self: string | null;
  language: string | null;
  items: ReadFeedItem[];
}

/** Why `xml` is not well-formed ("line 3: …"), or undefined when it is. */
export function xmlProblem(xml: string): string | undefined {
  try {
    SyntaxValidator.validate(xml);
    return undefined;
  } catch (error) {
    const { line, message } = error as Error & { line?: number };
    return `line ${line ?? '?'}: ${message}`;
  }
}

/** Reads a feed file; throws with the position when the XML is not well-formed. */
export function readFeed(file: string): ReadFeed {
  const xml = readFileSync(file, 'utf8');
  const problem = xmlProblem(xml);
  if (problem) throw new Error(`${file} is not well-formed XML: ${problem}`);
  const feed = parseFeed(xml);
  return {
    format: `${feed.meta.type} ${feed.meta.version}`,
    title: feed.title,
    url: feed.url,
    self: feed.self,
    language: feed.language,
    items: feed.items.map((item) => ({
      title: item.title,
      url: item.url,
      id: item.id,
      published: item.published?.toISOString() ?? null,
      categories: item.categories.map((category) => category.label ?? category.term),
      descriptionHtml: item.element.findElementWithName('description')?.textContent ?? null,
    })),
  };
}

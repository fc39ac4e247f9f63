/** An OPML 2.0 subscription list of every feed, so a reader can subscribe to all topics at once. */
import XMLBuilder from 'fast-xml-builder';

export interface OpmlFeed {
  title: string;
  xmlUrl: string;
  htmlUrl: string;
}

export function opml(title: string, feeds: OpmlFeed[], dateCreated?: string): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true, processEntities: true });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    opml: {
      '@_version': '2.0',
      head: { title, ...(dateCreated && { dateCreated }) },
      body: {
        outline: feeds.map((feed) => ({ '@_type': 'rss', '@_text': feed.title, '@_title': feed.title, '@_xmlUrl': feed.xmlUrl, '@_htmlUrl': feed.htmlUrl })),
      },
    },
  });
}

/** One RSS 2.0 feed of papers, with the atom:link rel="self" that validators and readers expect. */
import rss from '@astrojs/rss';
import { escape } from 'html-escaper';
import type { Paper } from '../collect/schema.ts';
import { siteConfig } from '../settings/site-config.ts';
import type { DigestView } from '../data/digest.ts';
import { absoluteUrl, paperPath, toAbsolute } from '../util/site/urls.ts';
import { feedItem, listingDate } from './feed-items.ts';

export function paperFeed(options: { title: string; description: string; selfPath: string; papers: Paper[]; digest: DigestView }): Promise<Response> {
  const { papers, digest } = options;
  const context = { paperUrl: (id: string) => toAbsolute(paperPath(id)), topics: digest.topics };
  // The newest listing day, not the clock: the same listings give the same feed, byte for byte.
  const lastBuild = papers.length > 0 ? listingDate(papers[0]).toUTCString() : undefined;
  return rss({
    title: options.title,
    description: options.description,
    site: absoluteUrl(),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      `<language>${siteConfig.lang}</language>`,
      lastBuild && `<lastBuildDate>${lastBuild}</lastBuildDate>`,
      `<atom:link href="${escape(absoluteUrl(options.selfPath))}" rel="self" type="application/rss+xml"/>`,
    ]
      .filter(Boolean)
      .join(''),
    items: papers.map((paper) => feedItem(paper, context)),
  });
}

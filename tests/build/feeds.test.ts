// Feeds, OPML, sitemap and robots.txt of the sample site, read by an npm feed reader (always) and by
// Debian's python3-feedparser (an extra, independent reader, where it is installed), checked against dist/.
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { existsInDist, fileForUrl, filesIn, read } from '../support/dist.ts';
import { digestOf } from '../support/digest.ts';
import { readFeed, xmlProblem } from '../support/feed-reader.ts';
import { hasFeedparser, noteFeedparserSkipped, parseFeed } from '../support/feedparser.ts';
import { sharedSite, type SharedSiteName } from '../support/shared-site.ts';

const ORIGIN = 'https://digest.example.org';
const digest = digestOf();
const byId = new Map(digest.papers.map((paper) => [paper.id, paper]));
const topicName = new Map(digest.topics.map((topic) => [topic.slug, topic.name]));

describe.each([
  ['default', '/'],
  ['digest', '/digest/'],
] as [SharedSiteName, string][])('feeds of the %s site (BASE_PATH=%s)', (name, basePath) => {
  let dist: string;
  const pageFile = (url: string) => fileForUrl(url, basePath, ORIGIN, basePath)!;
  // Newest listing day first, in listing order: all 30 papers of 2025-12-10, then 2025-12-09's.
  const newest = () => [...digest.days[0].papers, ...digest.days[1].papers].slice(0, 50);
  beforeAll(async () => {
    dist = await sharedSite(name);
  });

  it('the main feed is well-formed RSS 2.0 and carries the newest papers', () => {
    const feed = readFeed(path.join(dist, 'rss.xml'));
    expect(feed.format).toBe('rss 2.0');
    expect(feed.url).toBe(`${ORIGIN}${basePath}`);
    expect(feed.self).toBe(`${ORIGIN}${basePath}rss.xml`);
    expect(feed.items.map((item) => item.url)).toEqual(newest().map((id) => `${ORIGIN}${basePath}papers/${id}/`));
    for (const item of feed.items) {
      const paper = byId.get(item.url!.split('/').at(-2)!)!;
      expect(item.title).toBe(paper.title);
      expect(item.id).toBe(item.url);
      expect(item.published).toBe(`${paper.days.at(-1)}T00:00:00.000Z`);
      expect(item.categories).toEqual(paper.topics.map((slug) => topicName.get(slug)));
      expect(existsInDist(dist, pageFile(item.url!)), item.url!).toBe(true);
    }
  });

  it('every topic has a well-formed feed whose items are that topic’s papers', () => {
    for (const topic of digest.topics) {
      const feed = readFeed(path.join(dist, `topics/${topic.slug}/rss.xml`));
      expect(feed.title).toBe(`Paper Digest: ${topic.name}`);
      const members = digest.papers.filter((paper) => paper.topics.includes(topic.slug));
      expect(feed.items).toHaveLength(Math.min(50, members.length));
      for (const item of feed.items) {
        expect(byId.get(item.url!.split('/').at(-2)!)!.topics).toContain(topic.slug);
        expect(existsInDist(dist, pageFile(item.url!))).toBe(true);
      }
    }
  });

  describe.skipIf(!hasFeedparser)('read again by Debian’s feedparser', () => {
    it('the main feed parses without error (bozo 0) to the same items', async () => {
      const feed = await parseFeed(path.join(dist, 'rss.xml'));
      expect(feed.bozo_exception).toBeNull();
      expect(feed.version).toBe('rss20');
      expect(feed.feed.links).toContainEqual(expect.objectContaining({ rel: 'self', href: `${ORIGIN}${basePath}rss.xml` }));
      expect(feed.entries.map((entry) => entry.link)).toEqual(newest().map((id) => `${ORIGIN}${basePath}papers/${id}/`));
      expect(feed.entries.map((entry) => entry.published_parsed)).toEqual(feed.entries.map((entry) => `${byId.get(entry.link!.split('/').at(-2)!)!.days.at(-1)}T00:00:00.000Z`));
    });

    it('every topic feed parses without error', async () => {
      for (const topic of digest.topics) {
        const feed = await parseFeed(path.join(dist, `topics/${topic.slug}/rss.xml`));
        expect(feed.bozo, `${topic.slug}: ${feed.bozo_exception}`).toBe(0);
      }
    });
  });
  it.runIf(!hasFeedparser)('notes that Debian’s feedparser is not installed (its extra check is skipped)', () => {
    noteFeedparserSkipped();
  });

  it('feed autodiscovery: the main feed on every page, a topic’s feed on its pages', () => {
    for (const file of filesIn(dist, (name) => name.endsWith('.html'))) {
      expect(read(dist, file), file).toContain(`type="application/rss+xml" title="Paper Digest: latest papers" href="${ORIGIN}${basePath}rss.xml"`);
    }
    expect(read(dist, 'topics/pruning-and-compression/index.html')).toContain(`href="${ORIGIN}${basePath}topics/pruning-and-compression/rss.xml"`);
  });

  it('the OPML file lists every feed, and each exists', () => {
    const xml = read(dist, 'feeds.opml');
    expect(xmlProblem(xml)).toBeUndefined();
    const outlines = new XMLParser({ ignoreAttributes: false }).parse(xml).opml.body.outline as Record<string, string>[];
    expect(outlines).toHaveLength(2 + digest.topics.length); // newest, best of the week, one per topic
    for (const outline of outlines) {
      expect(outline['@_type']).toBe('rss');
      expect(existsInDist(dist, pageFile(outline['@_xmlUrl'])), outline['@_xmlUrl']).toBe(true);
      expect(existsInDist(dist, pageFile(outline['@_htmlUrl']))).toBe(true);
    }
  });

  it('the sitemap lists every page and robots.txt points to it', () => {
    const parser = new XMLParser();
    const index = parser.parse(read(dist, 'sitemap-index.xml'));
    const sitemaps = [index.sitemapindex.sitemap].flat().map((entry: { loc: string }) => entry.loc);
    const urls = sitemaps.flatMap((loc) => [parser.parse(read(dist, pageFile(loc))).urlset.url].flat().map((entry: { loc: string }) => entry.loc));
    const pages = filesIn(dist, (file) => file.endsWith('index.html')).map((file) => `${ORIGIN}${basePath}${file.replace(/index\.html$/, '')}`);
    expect([...urls].sort()).toEqual(pages.sort());
    expect(read(dist, 'robots.txt')).toContain(`Sitemap: ${ORIGIN}${basePath}sitemap-index.xml`);
  });
});

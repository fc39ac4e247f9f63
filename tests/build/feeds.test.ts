// Feeds, OPML, sitemap and robots.txt of the sample site, read by an independent feed reader
// (Debian's python3-feedparser) and checked against the pages in dist/.
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { existsInDist, fileForUrl, filesIn, read } from '../support/dist.ts';
import { digestOf } from '../support/digest.ts';
import { parseFeed } from '../support/feedparser.ts';
import { sharedSite, type SharedSiteName } from '../support/shared-site.ts';

const ORIGIN = 'https://digest.example.org';
const digest = await digestOf();
const byId = new Map(digest.papers.map((paper) => [paper.id, paper]));
const topicName = new Map(digest.topics.map((topic) => [topic.slug, topic.name]));

describe.each([
  ['default', '/'],
  ['digest', '/digest/'],
] as [SharedSiteName, string][])('feeds of the %s site (BASE_PATH=%s)', (name, basePath) => {
  let dist: string;
  const pageFile = (url: string) => fileForUrl(dist, url, basePath, ORIGIN, basePath)!;
  beforeAll(async () => {
    dist = await sharedSite(name);
  });

  it('the main feed parses without error and carries the newest papers', async () => {
    const feed = await parseFeed(path.join(dist, 'rss.xml'));
    expect(feed.bozo_exception).toBeNull();
    expect(feed.bozo).toBe(0);
    expect(feed.version).toBe('rss20');
    expect(feed.feed.link).toBe(`${ORIGIN}${basePath}`);
    expect(feed.feed.links).toContainEqual(expect.objectContaining({ rel: 'self', href: `${ORIGIN}${basePath}rss.xml` }));
    expect(feed.entries).toHaveLength(50);
    // Newest listing day first, in listing order: all 30 papers of 2025-12-10, then 2025-12-09's.
    const expected = [...digest.days[0].papers, ...digest.days[1].papers].slice(0, 50);
    expect(feed.entries.map((entry) => entry.link)).toEqual(expected.map((id) => `${ORIGIN}${basePath}papers/${id}/`));
    for (const entry of feed.entries) {
      const id = entry.link!.split('/').at(-2)!;
      const paper = byId.get(id)!;
      expect(entry.title).toBe(paper.title);
      expect(entry.id).toBe(entry.link);
      expect(entry.published_parsed).toBe(`${paper.days.at(-1)}T00:00:00.000Z`);
      expect(entry.tags.map((tag) => tag.term)).toEqual(paper.topics.map((slug) => topicName.get(slug)));
      expect(existsInDist(dist, pageFile(entry.link!)), entry.link!).toBe(true);
    }
  });

  it('every topic has a valid feed whose items are that topic’s papers', async () => {
    for (const topic of digest.topics) {
      const feed = await parseFeed(path.join(dist, `topics/${topic.slug}/rss.xml`));
      expect(feed.bozo, `${topic.slug}: ${feed.bozo_exception}`).toBe(0);
      expect(feed.feed.title).toBe(`Paper Digest: ${topic.name}`);
      const members = digest.papers.filter((paper) => paper.topics.includes(topic.slug));
      expect(feed.entries).toHaveLength(Math.min(50, members.length));
      for (const entry of feed.entries) {
        expect(byId.get(entry.link!.split('/').at(-2)!)!.topics).toContain(topic.slug);
        expect(existsInDist(dist, pageFile(entry.link!))).toBe(true);
      }
    }
  });

  it('feed autodiscovery: the main feed on every page, a topic’s feed on its pages', () => {
    for (const file of filesIn(dist, (name) => name.endsWith('.html'))) {
      expect(read(dist, file), file).toContain(`type="application/rss+xml" title="Paper Digest: latest papers" href="${ORIGIN}${basePath}rss.xml"`);
    }
    expect(read(dist, 'topics/pruning-and-compression/index.html')).toContain(`href="${ORIGIN}${basePath}topics/pruning-and-compression/rss.xml"`);
  });

  it('the OPML file lists every feed, and each exists', () => {
    const xml = read(dist, 'feeds.opml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const outlines = new XMLParser({ ignoreAttributes: false }).parse(xml).opml.body.outline as Record<string, string>[];
    expect(outlines).toHaveLength(1 + digest.topics.length);
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

// Hostile input, valid output: the corpus in tests/fixtures/hostile/ through the parser and pipeline file by
// file, and through the real build (one clean build of the markup folder, one failing build of the broken one).
// Every entry of the input must become a page, or the build must fail naming it: nothing lost, nothing glued.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDigest, type Digest } from '../../src/collect/build-digest.ts';
import { parseListingFile, type ParsedListingFile } from '../../src/parse/listing-file.ts';
import { parseTaxonomy } from '../../src/parse/taxonomy-file.ts';
import { buildSite, projectRoot, tempDir, type BuildResult } from '../support/build-site.ts';
import { defaultTopicsFile } from '../support/digest.ts';
import { xmlProblem } from '../support/feed-reader.ts';
import { filesIn, read } from '../support/dist.ts';
import { apiItem, pageText, paperText } from '../support/fixture.ts';
import { checkHtml, formatVnuMessages } from '../support/vnu.ts';
import { BROKEN_CASES, MARKUP_DUPLICATES, MARKUP_ENTRIES, MARKUP_PAPERS } from './corpus.ts';
import { textOf, tokenize } from './html.ts';
import { brokenListings, countEntries, markupListings, markupSite, relativeListing } from './sites.ts';

const { topics } = parseTaxonomy(readFileSync(defaultTopicsFile, 'utf8'), defaultTopicsFile);
const parseIn = (dir: string, name: string) => parseListingFile(name, readFileSync(path.join(dir, name)), relativeListing(dir, name));
const parseText = (name: string, text: string | Buffer) => parseListingFile(name, Buffer.from(text), name);
const withDir = (reason: string | RegExp, dir: string) => (typeof reason === 'string' ? reason.replaceAll('{dir}', path.relative(projectRoot, dir)) : reason);
const digestOrThrow = (files: ParsedListingFile[]): Digest => {
  const result = buildDigest(files, topics);
  if (!result.ok) throw new Error(`expected a clean digest, got:\n${JSON.stringify(result.problems, null, 2)}`);
  return result.digest;
};
// C0 controls but tab, line feed and carriage return; DEL and C1 controls; the non-characters XML forbids.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

describe('the markup corpus, file by file: every entry read, nothing glued', () => {
  const names = readdirSync(markupListings).sort();

  it.each(names)('%s', (name) => {
    const parsed = parseIn(markupListings, name);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries).toHaveLength(countEntries(name, readFileSync(path.join(markupListings, name)))!);
    const digest = digestOrThrow([parsed]);
    expect(digest.papers.map((paper) => paper.title)).toEqual(MARKUP_PAPERS.filter((paper) => paper.file === name).map((paper) => paper.title));
    // Same-day duplicates are the only entries that do not become a paper of their own, and each one is named.
    const duplicates = digest.warnings.filter((warning) => warning.reason.includes('(listed once)'));
    expect(duplicates.length + digest.papers.length).toBe(parsed.entries.length);
  });

  it('the whole folder: 18 entries, 16 papers, the two duplicates named by file and line, no control characters left', () => {
    const digest = digestOrThrow(names.map((name) => parseIn(markupListings, name)));
    expect(digest.papers.map((paper) => paper.title).sort()).toEqual(MARKUP_PAPERS.map((paper) => paper.title).sort());
    expect(MARKUP_PAPERS.length + MARKUP_DUPLICATES.length).toBe(MARKUP_ENTRIES);
    const duplicates = digest.warnings.filter((warning) => warning.reason.includes('(listed once)'));
    expect(duplicates.map((warning) => [warning.file, warning.line, warning.reason]).sort()).toEqual(
      MARKUP_DUPLICATES.map(([file, line, reason]) => [relativeListing(markupListings, file), line, withDir(reason, markupListings)]).sort(),
    );
    for (const paper of digest.papers) {
      const texts = [paper.title, paper.abstract, ...(paper.authors ?? []), paper.organization?.name ?? '', ...paper.keywords];
      expect(texts.filter((text) => CONTROL.test(text) || text !== text.normalize('NFC'))).toEqual([]);
      // Only http(s) links are kept from abstracts, however they were written.
      expect(paper.links.filter((link) => !/^https?:\/\//.test(link))).toEqual([]);
    }
  });
});

describe('the broken corpus, case by case: each problem named as file:line, the sound entries around it read whole', () => {
  it('has a case for every file in the folder', () => {
    expect(BROKEN_CASES.flatMap((entry) => entry.files).sort()).toEqual(readdirSync(brokenListings).sort());
  });

  it.each(BROKEN_CASES.map((entry) => [entry.name, entry] as const))('%s', (_, entry) => {
    const parsed = entry.files.map((name) => parseIn(brokenListings, name));
    const result = buildDigest(parsed, topics);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.file, problem.line, problem.reason])).toEqual(
      entry.problems.map(([file, line, reason]) => [
        relativeListing(brokenListings, file),
        line,
        typeof reason === 'string' ? withDir(reason, brokenListings) : expect.stringMatching(reason),
      ]),
    );
    // The sound neighbours of a broken entry keep their own title and abstract: nothing glued onto them.
    const entries = parsed.flatMap((file) => file.entries);
    for (const title of entry.sound ?? []) {
      expect(entries.find((candidate) => candidate.title === title)?.abstract, title).toBe(`Abstract of ${title}.`);
    }
    // Every entry of the input is either read whole or named by a problem.
    const count = entry.files.reduce<number | undefined>((sum, name) => {
      const entriesInFile = countEntries(name, readFileSync(path.join(brokenListings, name)));
      return sum === undefined || entriesInFile === undefined ? undefined : sum + entriesInFile;
    }, 0);
    for (const title of entry.joined ?? []) expect(entries.find((candidate) => candidate.title === title)?.abstract, title).toMatch(/\S\n\n\S/);
    if (count !== undefined) expect((entry.sound?.length ?? 0) + (entry.joined?.length ?? 0) + (entry.broken ?? 0)).toBe(count);
  });
});

describe('more hostile entries, generated here', () => {
  const day = '2025-12-09';

  it('strips NUL bytes from page text (the committed corpus avoids them: git would call the file binary)', () => {
    const text = pageText('Dec 9', [paperText('Nul\u0000Byte Title', 'Nov 28, 2024', '  • 3 authors', 'An abstract with a NUL \u0000 byte.')]);
    const { entries, problems } = parseText(`${day}.txt`, text);
    expect(problems).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.abstract])).toEqual([['NulByte Title', 'An abstract with a NUL  byte.']]);
  });

  it('keeps papers whose titles have no letters (emoji only) apart: they used to share one empty title key and merge', () => {
    const first = parseText('2025-12-08.txt', pageText('Dec 8', [paperText('🤖🧠'), paperText('∑∫∂')]));
    const second = parseText('2025-12-09.txt', pageText('Dec 9', [paperText('😀🎉'), paperText('🤖 🧠')]));
    const digest = digestOrThrow([first, second]);
    expect(digest.papers.map((paper) => [paper.title, paper.days])).toEqual([
      ['🤖 🧠', ['2025-12-08', '2025-12-09']], // the same emoji, spacing aside: the same paper, listed twice
      ['∑∫∂', ['2025-12-08']],
      ['😀🎉', ['2025-12-09']],
    ]);
    expect(new Set(digest.papers.map((paper) => paper.id)).size).toBe(3);
    expect(digest.papers.every((paper) => /^paper-[0-9a-f]{8}$/.test(paper.id))).toBe(true);
  });

  it('refuses a title that is just the entry separator "·", naming its line, and still reads the next paper', () => {
    const { entries, problems } = parseText(`${day}.txt`, pageText('Dec 9', [paperText('·'), paperText('Next Paper')]));
    expect(entries.map((entry) => entry.title)).toEqual(['Next Paper']);
    expect(problems.map((problem) => problem.line)).toEqual([15, 15]);
    expect(problems[0].reason).toMatch(/expected a date line like "Oct 17, 2024" after "·" \(line 13\)/);
  });

  it('refuses an upvote count beyond exact integers, naming the paper line', () => {
    const parsed = parseText(`${day}.txt`, pageText('Dec 9', [paperText('Too Many Upvotes', 'Nov 28, 2024 99999999999999999999999')]));
    expect(buildDigest([parsed], topics)).toEqual({ ok: false, problems: [{ file: `${day}.txt`, line: 13, reason: expect.stringMatching(/^upvotes: /) }] });
  });

  it('takes nothing from "__proto__" or "constructor" keys in JSON and pollutes no prototype', () => {
    const polluting = `[{"__proto__": {"polluted": true}, "paper": {"__proto__": {"id": "2512.00001", "polluted": true}, "constructor": {"prototype": {"polluted": true}},
      "title": "Proto", "summary": "s", "authors": [{"name": "a"}], "publishedAt": "2025-12-01T00:00:00Z", "upvotes": 1}}]`;
    const { entries, problems } = parseText(`${day}.json`, polluting);
    expect(entries).toEqual([]);
    expect(problems).toEqual([{ file: `${day}.json`, line: 1, reason: expect.stringMatching(/^paper 1: paper\.id: .*received undefined/) }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores an unknown field nested 100 levels deep, and refuses one nested 200 levels deep on its line', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const item = (depth: number) => JSON.stringify([apiItem({ future: 'x' })], null, 2).replace('"x"', nested(depth));
    expect(parseText(`${day}.json`, item(100))).toMatchObject({ problems: [], entries: [{ title: 'A Paper From The API' }] });
    const deep = item(200);
    const line = deep.split('\n').findIndex((text) => text.includes('[[[')) + 1;
    expect(parseText(`${day}.json`, deep).problems).toEqual([{ file: `${day}.json`, line, reason: expect.stringMatching(/nested more than 128 levels deep$/) }]);
  });

  it('replaces a lone surrogate escape in JSON with U+FFFD', () => {
    const text = JSON.stringify([apiItem()]).replace('A Paper From The API', 'Lone \\ud800 Surrogate');
    expect(parseText(`${day}.json`, text).entries.map((entry) => entry.title)).toEqual(['Lone \uFFFD Surrogate']);
  });

  it('relates no paper twice, and none that shares nothing, when a word is in every paper (it weighs 0)', () => {
    const listing = pageText('Dec 9', [
      paperText('Graph Pruning Networks', 'Nov 28, 2024', '  • 3 authors', 'Sparse graph pruning for networks.'),
      paperText('Graph Pruning Networks Again', 'Nov 28, 2024', '  • 3 authors', 'Sparse graph pruning for networks, again.'),
      paperText('Unrelated Topic Entirely', 'Nov 28, 2024', '  • 3 authors', 'Nothing shared but the graph.'),
    ]);
    const digest = digestOrThrow([parseText(`${day}.txt`, listing)]);
    expect(digest.papers.map((paper) => [paper.id, paper.related])).toEqual([
      ['graph-pruning-networks', ['graph-pruning-networks-again']],
      ['graph-pruning-networks-again', ['graph-pruning-networks']],
      ['unrelated-topic-entirely', []],
    ]);
    // Two papers: every shared word is in every paper, so nothing relates them (and nothing is listed four times).
    const two = digestOrThrow([parseText(`${day}.txt`, pageText('Dec 9', [paperText('Graph Pruning'), paperText('Graph Pruning Again')]))]);
    expect(two.papers.map((paper) => paper.related)).toEqual([[], []]);
  });

  it('gives a 100 kB title a short id and keeps the title whole', () => {
    const title = `${'Extremely long title '.repeat(5000)}End`;
    const digest = digestOrThrow([parseText(`${day}.txt`, pageText('Dec 9', [paperText(title)]))]);
    expect(digest.papers[0].title).toBe(title.trim());
    expect(digest.papers[0].id.length).toBeLessThanOrEqual(80);
  });
});

/** Attributes that carry a URL the browser would follow or load. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'poster', 'cite', 'background'];
/** A site-relative path, a fragment, or an http(s) URL: nothing else may be followed. */
const SAFE_URL = /^(?:https?:\/\/|\/(?!\/)|#|\.\.?\/)/i;
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'object', 'embed', 'img', 'svg', 'math', 'base', 'style', 'applet', 'audio', 'video', 'textarea', 'button']);

describe('the markup corpus built into a site (npm run build)', () => {
  let build: BuildResult;
  let dist: string;
  let pages: string[];
  beforeAll(async () => {
    build = await markupSite();
    dist = build.outDir;
    pages = filesIn(dist, (file) => file.endsWith('.html'));
  });

  it('builds cleanly, and warns about the same-day duplicates as file:line', () => {
    expect(build.status, build.output).toBe(0);
    for (const [file, line, reason] of MARKUP_DUPLICATES) {
      expect(build.output).toContain(`${relativeListing(markupListings, file)}:${line}: ${withDir(reason, markupListings)}`);
    }
  });

  it('makes every entry a page: one paper page per paper, its title as text in <h1> and <title>', () => {
    const paperPages = pages.filter((file) => /^papers\/[^/]+\/index\.html$/.test(file));
    expect(paperPages).toHaveLength(MARKUP_PAPERS.length);
    const headings = paperPages.map((file) => textOf(read(dist, file), 'h1'));
    for (const { title } of MARKUP_PAPERS) {
      expect(headings.filter((heading) => heading === title), title).toHaveLength(1);
      const page = paperPages[headings.indexOf(title)];
      expect(textOf(read(dist, page), 'title')).toBe(`${title} · Paper Digest`);
    }
  });

  it('lists every paper on its day page, its title as the text of its link', () => {
    for (const file of new Set(MARKUP_PAPERS.map((paper) => paper.file))) {
      const html = read(dist, `days/${file.slice(0, 10)}/index.html`);
      const links = [...html.matchAll(/<h[23][^>]*>(<a [^>]*>.*?<\/a>)<\/h[23]>/g)].map((match) => textOf(match[1], 'a'));
      expect(links.sort()).toEqual(MARKUP_PAPERS.filter((paper) => paper.file === file).map((paper) => paper.title).sort());
    }
  });

  it('turns no listing text into markup: no event handlers, no foreign elements, no script but our own, only safe URLs', () => {
    const found: string[] = [];
    for (const file of pages) {
      for (const element of tokenize(read(dist, file)).elements) {
        const where = `${file}: <${element.name}>`;
        // The buttons the site makes itself: the search page's "Show more", Save, Copy BibTeX, and the saved page's.
        const OUR_BUTTONS = ['data-search-more', 'data-save', 'data-copy-bibtex', 'data-export', 'data-clear'];
        const ours = element.name === 'button' && OUR_BUTTONS.some((attribute) => attribute in element.attributes);
        if (FORBIDDEN_ELEMENTS.has(element.name) && !ours) found.push(`${where} element`);
        for (const [name, value] of Object.entries(element.attributes)) {
          if (name.startsWith('on')) found.push(`${where} ${name}=${JSON.stringify(value)}`);
          if (URL_ATTRIBUTES.includes(name) && !SAFE_URL.test(value.trim())) found.push(`${where} ${name}=${JSON.stringify(value)}`);
          if (name === 'srcdoc' || name === 'srcset') found.push(`${where} ${name}`);
        }
        if (element.name === 'meta' && element.attributes['http-equiv'] && element.attributes['http-equiv'].toLowerCase() !== 'content-security-policy') {
          found.push(`${where} http-equiv=${element.attributes['http-equiv']}`);
        }
        if (element.name === 'script') {
          const { type, src } = element.attributes;
          if (!(type === 'module' && src?.startsWith('/_astro/') && element.raw === '')) {
            found.push(`${where} ${JSON.stringify(element.attributes)} ${element.raw?.slice(0, 80)}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('keeps titles exact in the Open Graph title of paper pages', () => {
    const titles = filesIn(dist, (file) => file.startsWith('papers/')).map((file) => tokenize(read(dist, file)).elements.find((element) => element.attributes.property === 'og:title')!.attributes.content);
    expect(titles.sort()).toEqual(MARKUP_PAPERS.map((paper) => paper.title).sort());
  });

  it('writes no control characters into any page, feed or sitemap', () => {
    // Pagefind's index is compressed binary; the browser test reads search results.
    const textFiles = filesIn(dist, (file) => /\.(html|xml|opml|txt)$/.test(file));
    expect(textFiles.filter((file) => CONTROL.test(read(dist, file).replace(/\r/g, '')))).toEqual([]);
  });

  it('writes well-formed XML: feeds, sitemaps and the OPML file', () => {
    const xmlFiles = filesIn(dist, (file) => /\.(xml|opml)$/.test(file));
    expect(xmlFiles).toContain('rss.xml');
    const invalid = xmlFiles
      .map((file) => [file, xmlProblem(read(dist, file))] as const)
      .filter(([, problem]) => problem !== undefined)
      .map(([file, problem]) => `${file}: ${problem}`);
    expect(invalid).toEqual([]);
  });

  it('keeps the pages that carry listing text valid HTML (Nu checker)', async () => {
    // The search page carries no listing text; tests/build/validity.test.ts checks every page of the sample.
    const carrying = pages.filter((file) => file === 'index.html' || /^(papers|days|topics)\//.test(file)).map((file) => path.join(dist, file));
    const errors = await checkHtml(carrying);
    expect(errors, formatVnuMessages(errors)).toEqual([]);
  });
});

describe('the broken corpus built (npm run build)', () => {
  it('fails, lists every problem as file:line: reason, and publishes nothing', async () => {
    const outDir = path.join(tempDir('hostile-broken'), 'dist');
    const started = Date.now();
    const result = await buildSite({ listingsDir: brokenListings, outDir });
    console.log(`[measure] hostile broken build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(result.status).not.toBe(0);
    const expected = BROKEN_CASES.flatMap((entry) => entry.problems);
    expect(result.output).toContain(`The listings have ${expected.length} problems:`);
    const lines = result.output.split('\n');
    for (const [file, line, reason] of expected) {
      const prefix = `${relativeListing(brokenListings, file)}:${line}: `;
      const printed = lines.filter((text) => text.startsWith(prefix)).map((text) => text.slice(prefix.length));
      expect(printed, `${prefix}${reason}`).toContainEqual(typeof reason === 'string' ? withDir(reason, brokenListings) : expect.stringMatching(reason));
    }
    expect(result.output).not.toMatch(/RangeError|Maximum call stack/);
    expect(result.output).toContain('nothing was published');
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });
});

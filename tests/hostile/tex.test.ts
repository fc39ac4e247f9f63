// TeX in titles and abstracts, built into a real site (tests/fixtures/tex/hostile, plus a generated day with a
// 1 MB formula and 5,000-deep braces): good formulas become MathML, hostile ones stay text, nothing runs, and
// the pages pass the Nu checker under the site's Content-Security-Policy.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, tempDir } from '../support/build-site.ts';
import { checkHtml, formatVnuMessages } from '../support/vnu.ts';
import { decodeEntities, tokenize, type HtmlElement } from './html.ts';

const fixture = path.join(projectRoot, 'tests/fixtures/tex/hostile/2026-01-05.json');
const HUGE = `$${'x^'.repeat(500_000)}$`;
const DEEP_MATH = `$${'{'.repeat(5000)}x${'}'.repeat(5000)}$`;
const DEEP_TEXT = `${'{\\em '.repeat(5000)}deep${'}'.repeat(5000)}`;

let dist: string;
let output: string;
/** A paper's page file, found by the arXiv id it shows (the URL is made from the title). */
function pageFile(id: string): string {
  for (const folder of readdirSync(path.join(dist, 'papers'))) {
    const file = path.join(dist, 'papers', folder, 'index.html');
    if (readFileSync(file, 'utf8').includes(`<code class="arxiv-id">${id}</code>`)) return file;
  }
  throw new Error(`no page shows arXiv:${id}`);
}
const page = (id: string) => readFileSync(pageFile(id), 'utf8');

beforeAll(async () => {
  const listings = path.join(tempDir('tex-listings'), 'listings');
  mkdirSync(listings, { recursive: true });
  copyFileSync(fixture, path.join(listings, '2026-01-05.json'));
  const huge = {
    paper: {
      id: '2601.00004',
      title: 'A Paper With a Formula of One Megabyte',
      summary: `Before ${HUGE} after.\n\nDeep: ${DEEP_MATH} and ${DEEP_TEXT}. Still $x+y$ renders.`,
      authors: [{ name: 'Ada Example' }],
      publishedAt: '2026-01-03T10:00:00.000Z',
      upvotes: 1,
    },
  };
  writeFileSync(path.join(listings, '2026-01-06.json'), JSON.stringify([huge]));
  const build = await buildSite({ listingsDir: listings, env: { SEARCH_INDEX_SPLIT: 'none' } });
  output = build.output;
  if (build.status !== 0) throw new Error(`the TeX listings did not build:\n${build.output}`);
  dist = build.outDir;
}, 600_000);

/** The <main> part of a page: what the listing's text can reach. */
function mainOf(html: string): string {
  const start = html.indexOf('<main');
  return html.slice(start, html.indexOf('</main>', start));
}

function abstractOf(html: string): string {
  const start = html.indexOf('<section class="abstract"');
  return html.slice(start, html.indexOf('</section>', start));
}

const elements = (html: string) => tokenize(html).elements;
const mathIn = (html: string) => elements(html).filter((element) => element.name === 'math');

describe('TeX in a built site', () => {
  it('builds without an error from any formula', () => {
    expect(output).not.toMatch(/ParseError|RangeError|temml/i);
  });

  it('renders good formulas as MathML in the title and the abstract, escapes as characters', () => {
    const html = page('2601.00001');
    const h1 = html.slice(html.indexOf('<h1'), html.indexOf('</h1>'));
    expect(mathIn(h1)).toHaveLength(2); // $\pi$ and $O(n \log n)$
    expect(h1).toContain('<mi>π</mi>');
    const abstract = abstractOf(html);
    const math = mathIn(abstract);
    expect(math).toHaveLength(3); // $O(n^2)$, \( L_{1,2} \) and the display formula
    expect(math.filter((element) => element.attributes.display === 'block')).toHaveLength(1);
    const text = tokenize(abstract).texts.join('');
    expect(text).toContain('75%-pruned');
    expect(text).toContain('16\u202fFPS');
    expect(text).toContain('“time to first token”');
    expect(text).toContain('\\ours beats');
    expect(text).toContain('costs $5 to $10 per run');
    expect(text).not.toMatch(/\\[%,(]|``/);
  });

  it('links URLs of the abstract, http(s) only, as user content', () => {
    const links = elements(mainOf(page('2601.00001'))).filter((element) => element.name === 'a' && /^https?:/.test(element.attributes.href ?? ''));
    const inAbstract = links.filter((link) => link.attributes.rel === 'nofollow ugc noopener');
    expect(inAbstract.map((link) => link.attributes.href)).toEqual(['https://github.com/example/pi-flow', 'https://example.org/a_b']);
  });

  it('gives <title>, the meta description and Open Graph the plain text', () => {
    const html = page('2601.00001');
    const title = decodeEntities(/<title>([^<]*)<\/title>/.exec(html)![1]);
    expect(title).toMatch(/^π-Flow: Sparse Attention at \$O\(n \\log n\)\$ for 75%-Pruned Language Models · /);
    const description = decodeEntities(/<meta name="description" content="([^"]*)"/.exec(html)![1]);
    expect(description).toMatch(/75%-pruned language models at 16\sFPS and cut the “time to first token”/); // metaDescription folds the thin space
    const ogTitle = elements(html).find((element) => element.name === 'meta' && element.attributes.property === 'og:title')!;
    expect(ogTitle.attributes.content).toMatch(/^π-Flow: Sparse Attention at \$O\(n \\log n\)\$ for 75%-Pruned Language Models$/);
  });

  it('lets no hostile formula or text become markup, a script, a style or a javascript: link', () => {
    for (const id of ['2601.00002', '2601.00003', '2601.00004']) {
      const html = page(id);
      const main = elements(mainOf(html));
      const scripts = elements(html).filter((element) => element.name === 'script');
      // Only the site's own scripts: Astro's bundles by src, with nothing inline.
      expect(scripts.every((script) => (script.attributes.src ?? '').startsWith('/_astro/') && !script.raw), id).toBe(true);
      const attributes = main.flatMap((element: HtmlElement) => Object.entries(element.attributes).map(([name, value]) => [element.name, name, value]));
      expect(attributes.filter(([, name]) => name === 'style' || name.startsWith('on')), id).toEqual([]);
      expect(attributes.filter(([, , value]) => /javascript:/i.test(value)), id).toEqual([]);
      expect(main.filter((element) => ['img', 'svg', 'style', 'iframe', 'object', 'embed'].includes(element.name)), id).toEqual([]);
      for (const math of main.filter((element) => element.name === 'math')) expect(Object.keys(math.attributes).filter((name) => name !== 'display'), id).toEqual([]);
    }
    // A formula temml refuses is text: the URL in its \includegraphics is no link and no image.
    const abstract = abstractOf(page('2601.00002'));
    expect(elements(abstract).filter((element) => element.name === 'a')).toEqual([]);
    const hostile = tokenize(mainOf(page('2601.00002'))).texts.join('');
    expect(hostile).toContain('$\\href{javascript:alert(4)}{x}$');
    expect(hostile).toContain('$\\htmlClass{pwn}{y}$');
    expect(hostile).toContain('$\\style{background:url(javascript:alert(6))}{z}$');
    expect(hostile).toContain('<script>alert(9)</script>');
    expect(hostile).toContain('$\\eqref{javascript:alert(12)}$, $\\ref{x}$'); // temml makes <a href> of these: refused
    // \color, \boxed and \cancel render, without the colour or the box's style.
    expect(mathIn(mainOf(page('2601.00002'))).length).toBeGreaterThanOrEqual(5);
  });

  it('shows unknown macros and unbalanced delimiters as written', () => {
    const html = mainOf(page('2601.00003'));
    const text = tokenize(html).texts.join('');
    expect(text).toContain('We introduce \\ours and \\methodname, unknown macros');
    expect(text).toContain('\\color{ddtD}ecoupled');
    expect(text).toContain('an unclosed $ dollar, an unbalanced \\( formula, and {\\em an unclosed group.');
    const h1 = html.slice(html.indexOf('<h1'), html.indexOf('</h1>'));
    expect(h1).toContain('\\methodname{}');
    expect(h1).toContain('<strong>Bold</strong>');
    expect(h1).toContain('<em>Claims</em>');
  });

  it('keeps a 1 MB formula and 5,000-deep braces as text, and still renders the formula after them', () => {
    const html = mainOf(page('2601.00004'));
    const text = tokenize(html).texts.join('');
    expect(text.includes(HUGE)).toBe(true); // booleans: a failure must not print 1 MB
    expect(text.includes(DEEP_MATH)).toBe(true);
    expect(text).toContain('deep');
    expect(mathIn(html)).toHaveLength(1);
  });

  it('passes the Nu HTML checker: MathML included', { timeout: 300_000 }, async () => {
    const files = ['2601.00001', '2601.00002', '2601.00003'].map(pageFile);
    files.push(path.join(dist, 'index.html'));
    const errors = await checkHtml(files);
    expect(errors.map((error) => [path.relative(dist, error.file), error.message]), formatVnuMessages(errors)).toEqual([]);
  });

  it('needs nothing the Content-Security-Policy forbids: no inline style attribute anywhere in a page', () => {
    for (const file of [pageFile('2601.00001'), pageFile('2601.00002'), path.join(dist, 'index.html')]) {
      const html = readFileSync(file, 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
      expect(csp, file).toBeTruthy();
      expect(decodeEntities(csp!), file).not.toMatch(/unsafe-inline/);
      expect(elements(html).filter((element) => 'style' in element.attributes).map((element) => element.name), file).toEqual([]);
    }
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/collect/schema.ts';
import { feedItem } from '../../src/feeds/feed-items.ts';
import { cleanMathml } from '../../src/view/mathml.ts';
import { plainText, richText, type Segment } from '../../src/view/rich-text.ts';
import { segmentsText } from '../../src/view/segments.ts';

interface RealPaper {
  id: string;
  title: string;
  summary: string;
}
const REAL: RealPaper[] = JSON.parse(readFileSync(new URL('../fixtures/tex/real-papers.json', import.meta.url), 'utf8'));
const real = (id: string) => REAL.find((paper) => paper.id === id)!;

/** Every segment, nested ones included. */
function flat(segments: readonly Segment[]): Segment[] {
  return segments.flatMap((segment) => (segment.kind === 'em' || segment.kind === 'strong' ? [segment, ...flat(segment.children)] : [segment]));
}
type OfKind<K extends Segment['kind']> = Segment extends infer S ? (S extends { kind: infer L } ? (K extends L ? S : never) : never) : never;
const ofKind = <K extends Segment['kind']>(segments: readonly Segment[], kind: K) =>
  flat(segments).filter((segment): segment is OfKind<K> => segment.kind === kind);
const abstractSegments = (paper: RealPaper) => paper.summary.split(/\n{2,}/).flatMap((paragraph) => richText(paragraph));
/** The text a reader sees (math as its TeX), for "is it there" checks. */
const shown = (segments: readonly Segment[]) =>
  flat(segments)
    .map((segment) => (segment.kind === 'text' || segment.kind === 'link' ? segment.text : segment.kind === 'math' ? `⟨${segment.tex}⟩` : ''))
    .join('');

describe('real abstracts', () => {
  it('renders every real title and abstract of the fixture without leaving a TeX escape in the text', () => {
    for (const paper of REAL) {
      for (const segments of [richText(paper.title), abstractSegments(paper)]) {
        const text = ofKind(segments, 'text').map((segment) => segment.text).join('');
        expect(text, paper.id).not.toMatch(/\\[%&_#,]|``/);
      }
    }
  });

  it('turns \\( … \\) formulas into MathML (2410.10672: O(n^3), L_{1,2}-norm, O(n^2))', () => {
    const math = ofKind(abstractSegments(real('2410.10672')), 'math');
    expect(math.map((segment) => segment.tex.trim())).toEqual(['O(n^3)', 'L_{1,2}-norm', 'O(n^2)']);
    expect(math[0].html).toContain('<msup><mi>n</mi><mn>3</mn></msup>');
    expect(math[1].html).toContain('<msub><mi>L</mi><mn>1,2</mn></msub>');
    for (const segment of math) expect(segment.html).toMatch(/^<math>.*<\/math>$/s);
    expect(shown(abstractSegments(real('2410.10672')))).not.toContain('\\(');
  });

  it('renders the other real formulas: Unicode inside TeX, \\times, a bare variable', () => {
    expect(ofKind(abstractSegments(real('2606.02641')), 'math')[0].html).toContain('<mi>β</mi>');
    expect(ofKind(abstractSegments(real('2607.21051')), 'math')[0].html).toContain('<mo');
    expect(ofKind(abstractSegments(real('2607.21051')), 'math')[0].html).toContain('×');
    expect(ofKind(abstractSegments(real('2608.14071')), 'math')).toHaveLength(3);
  });

  it('shows escapes, thin spaces and ties as their characters (2602.04789: 19.7\\,FPS, RTX~5090)', () => {
    const text = shown(abstractSegments(real('2602.04789')));
    expect(real('2602.04789').summary).toContain('19.7\\,FPS');
    expect(text).toContain('19.7\u202fFPS');
    expect(text).toContain('RTX\u00a05090');
  });

  it('turns TeX quotes and accents into typography (quotes, T\\"ULU, na\\"{\\i}vely, \\\'a la)', () => {
    expect(shown(abstractSegments(real('2406.04770')))).toContain('“tie”');
    expect(shown(abstractSegments(real('2411.15124')))).toContain('TÜLU 3');
    expect(shown(abstractSegments(real('2411.05007')))).toContain('naïvely');
    expect(shown(abstractSegments(real('2412.01981')))).toContain('á la Math-Shepherd');
  });

  it('keeps an unknown macro as written (2411.08147: \\ours)', () => {
    expect(shown(abstractSegments(real('2411.08147')))).toContain('propose \\ours,');
  });

  it('makes emphasis of {\\em …} (2408.05366)', () => {
    const em = ofKind(abstractSegments(real('2408.05366')), 'em');
    expect(em.map((segment) => segmentsText(segment.children))).toContain('DeepSpeak');
  });

  it('links \\url{…} and bare URLs, with TeX escapes taken out of the address', () => {
    const llamax = ofKind(abstractSegments(real('2407.05975')), 'link');
    expect(llamax.map((link) => link.href)).toContain('https://github.com/CONE-MT/LLaMAX/');
    expect(shown(abstractSegments(real('2407.05975')))).toContain('code\u00a0https://github.com/CONE-MT/LLaMAX/');
    const sdxl = ofKind(abstractSegments(real('2406.17636')), 'link').map((link) => link.href);
    expect(sdxl.some((href) => href.endsWith('/SDXL_NCP-DPO_v0.1'))).toBe(true);
    expect(sdxl.every((href) => !href.includes('%5C'))).toBe(true);
  });

  it('never reads prices, lone dollars or formulas that lost their backslashes as math', () => {
    for (const id of ['2503.09642', '2502.12115', '2406.11939', '2505.13103', '2411.19477', '2410.04717']) {
      const paper = real(id);
      expect(ofKind([...richText(paper.title), ...abstractSegments(paper)], 'math'), id).toEqual([]);
    }
    expect(plainText(real('2503.09642').title)).toBe(real('2503.09642').title);
    expect(plainText(real('2505.13103').title)).toBe('Fixing 7,400 Bugs for 1$: Cheap Crash-Site Program Repair');
  });

  it('reads titles too: \\$ as a dollar, \\<space> as a space', () => {
    expect(plainText(real('2603.07980').title)).toMatch(/^\$OneMillion-Bench: /);
    expect(plainText(real('2604.17388').title)).toContain('Denoising Network for Time');
  });

  it('leaves ranges and "about" alone: 75%~89%, 1~4, ~10x', () => {
    expect(shown(abstractSegments(real('2407.02392')))).toContain('75%~89%');
    expect(shown(abstractSegments(real('2410.12781')))).toContain('1~4 input');
    expect(plainText('only ~10x faster, 1M~4M tokens')).toBe('only ~10x faster, 1M~4M tokens');
  });

  it("closes a quote only after a TeX opening one: ''a'' and '' stay as typed", () => {
    expect(plainText("a ``b'' c ''d'' e returns ''")).toBe("a “b” c ''d'' e returns ''");
  });

  it('leaves text without TeX exactly as it is', () => {
    const text = 'We prune 50% of weights (see Fig. 3) -- no, 5-10 times; use --help or C++ and `code` [1].';
    expect(plainText(text)).toBe('We prune 50% of weights (see Fig. 3) – no, 5-10 times; use --help or C++ and `code` [1].');
    expect(plainText('A plain title: with {braces} and a_b')).toBe('A plain title: with {braces} and a_b');
  });
});

describe('math delimiters', () => {
  it('finds $…$, $$…$$, \\(…\\) and \\[…\\], display for the last two kinds', () => {
    const segments = richText('a $x^2$ b $$y$$ c \\(z\\) d \\[w\\]');
    expect(ofKind(segments, 'math').map((segment) => [segment.tex, segment.display])).toEqual([
      ['x^2', false],
      ['y', true],
      ['z', false],
      ['w', true],
    ]);
    expect(ofKind(segments, 'math')[1].html).toMatch(/^<math display="block">/);
  });

  it('keeps a price pair, \\$ and unbalanced delimiters as text', () => {
    for (const text of ['costs $5 and $10 each', 'from $5 to $10', 'just \\$2,000 and \\$3', 'an open $x', 'x$ closed', '\\(x', '$$x$', '$ x$', '$x $', 'cost $5/$10']) {
      expect(ofKind(richText(text), 'math'), text).toEqual([]);
    }
    expect(plainText('just \\$2,000 and \\$3')).toBe('just $2,000 and $3');
  });

  it('does not start a formula at a $ inside a URL, and makes no link of a URL inside a formula', () => {
    const inUrl = richText('see https://a.example/$x$/p now');
    expect(ofKind(inUrl, 'math')).toEqual([]);
    expect(ofKind(inUrl, 'link').map((link) => link.href)).toEqual(['https://a.example/$x$/p']);
    const inMath = richText('$\\text{https://b.example/}$');
    expect(ofKind(inMath, 'link')).toEqual([]);
    expect(ofKind(inMath, 'math')).toHaveLength(1);
  });

  it('gives plain text a simple formula as its characters, any other as written', () => {
    expect(plainText('$\\pi$-Flow and $\\times$ 3')).toBe('π-Flow and × 3');
    expect(plainText('takes $O(n^2)$ time')).toBe('takes $O(n^2)$ time');
  });
});

describe('hostile TeX', () => {
  const noMarkup = (segments: readonly Segment[]) => {
    for (const segment of ofKind(segments, 'math')) {
      for (const tag of segment.html.match(/<[^>]*>/g) ?? []) {
        expect(tag).toMatch(/^<\/?(m[a-z]+|none)[ >]/); // only MathML elements (m…, none)
        expect(tag).not.toMatch(/\s(style|class|href|on\w+|src|xlink:href|mathcolor|mathbackground)=/i);
        expect(tag.toLowerCase()).not.toContain('javascript');
      }
      expect(segment.html).not.toMatch(/<(script|img|a|svg|style)\b/i);
    }
    for (const link of ofKind(segments, 'link')) expect(link.href).toMatch(/^https?:\/\//);
  };

  it('refuses \\href, \\url, \\htmlClass, \\style and other trust-only commands in math: shown as written', () => {
    for (const tex of ['\\href{javascript:alert(1)}{x}', '\\url{https://x.example}', '\\htmlClass{a}{b}', '\\htmlId{a}{b}', '\\htmlData{a=b}{c}', '\\style{color:red}{x}', '\\includegraphics{x.png}', '\\mathrm{\\href{javascript:x}{y}}']) {
      const text = `a $${tex}$ b`;
      const segments = richText(text);
      expect(ofKind(segments, 'math'), tex).toEqual([]);
      expect(ofKind(segments, 'link'), tex).toEqual([]);
      expect(segmentsText(segments), tex).toBe(text);
    }
  });

  it('refuses what temml emits as a link even with trust off (\\ref, \\eqref make <a href>): the whitelist, not temml, decides', () => {
    for (const tex of ['\\ref{x}', '\\eqref{javascript:alert(1)}', 'a+\\ref{y}']) {
      const segments = richText(`$${tex}$`);
      expect(ofKind(segments, 'math'), tex).toEqual([]);
      expect(segmentsText(segments), tex).toBe(`$${tex}$`);
    }
  });

  it('keeps \\href and \\url with a javascript: address outside math as text, never a link', () => {
    for (const text of ['\\href{javascript:alert(1)}{click}', '\\url{javascript:alert(1)}', 'javascript:alert(1)', '<a href="javascript:alert(1)">x</a>', 'data:text/html,<script>alert(1)</script>']) {
      const segments = richText(text);
      expect(ofKind(segments, 'link'), text).toEqual([]);
      expect(ofKind(segments, 'math'), text).toEqual([]);
    }
    expect(segmentsText(richText('\\href{javascript:alert(1)}{click}'))).toBe('\\href{javascript:alert(1)}{click}');
  });

  it('keeps markup as text outside math and as escaped characters inside it', () => {
    const outside = richText('<script>alert(1)</script> and <img src=x onerror=alert(1)>');
    expect(outside).toEqual([{ kind: 'text', text: '<script>alert(1)</script> and <img src=x onerror=alert(1)>' }]);
    const inside = richText('$<script>$ and $\\text{<img src=x onerror=alert(1)>}$ and $\\text{</math><script>x</script>}$');
    expect(ofKind(inside, 'math')).toHaveLength(3);
    noMarkup(inside);
    expect(ofKind(inside, 'math')[1].html.replaceAll('\u00a0', ' ')).toContain('&lt;img src=x onerror=alert(1)&gt;'); // temml keeps \text spaces as no-break spaces
  });

  it('drops colours, boxes and every style attribute temml emits', () => {
    const segments = richText('$\\color{red}x$ $\\boxed{y}$ $\\begin{pmatrix}a&b\\end{pmatrix}$ $\\cancel{z}$ $\\hat{x}$ $\\rule{1em}{1em}$');
    expect(ofKind(segments, 'math')).toHaveLength(6);
    noMarkup(segments);
  });

  it('shows unknown macros, in math or not, as written', () => {
    const text = '$\\ours$ beats \\ours{} and \\color{ddtD}ecoupled \\footnote{x}';
    expect(segmentsText(richText(text))).toBe(text);
    expect(ofKind(richText(text), 'math')).toEqual([]);
  });

  it('ends an endless macro quickly, and no \\def leaks into the next formula', () => {
    const started = performance.now();
    expect(ofKind(richText('$\\def\\a{\\a}\\a$'), 'math')).toEqual([]);
    expect(ofKind(richText('$\\def\\b{\\b\\b}\\b$'), 'math')).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(ofKind(richText('$\\def\\foo{1}\\foo$'), 'math')).toHaveLength(1);
    expect(ofKind(richText('$\\foo$'), 'math')).toEqual([]);
  });

  it('treats a 1 MB formula and a 1 MB text of dollars as text, quickly', () => {
    const started = performance.now();
    const huge = `$${'x^'.repeat(500_000)}$`;
    const segments = richText(huge);
    expect(ofKind(segments, 'math')).toEqual([]);
    expect(segmentsText(segments) === huge).toBe(true); // compared as a boolean: a failure must not print 1 MB
    const dollars = '$a b '.repeat(200_000);
    expect(segmentsText(richText(dollars)) === dollars).toBe(true);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('stays fast on many openers without a close, and on many URLs', () => {
    const started = performance.now();
    for (const opener of ['\\(', '\\[', '$$', '$a', '{\\em ']) {
      const text = `${opener} `.repeat(30_000);
      expect(segmentsText(richText(text)) === text, opener).toBe(true);
    }
    const letters = `$${'a'.repeat(990)}$ `.repeat(90);
    expect(ofKind(richText(letters), 'math')).toHaveLength(90);
    const urls = 'https://a.example/x '.repeat(20_000);
    expect(ofKind(richText(urls), 'link')).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('survives 5000-deep braces in math and in text', () => {
    const deepMath = `$${'{'.repeat(5000)}x${'}'.repeat(5000)}$`;
    expect(segmentsText(richText(deepMath)) === deepMath).toBe(true);
    const nearCap = `$${'{'.repeat(450)}x${'}'.repeat(450)}$`;
    noMarkup(richText(nearCap));
    const sqrt = `$${'\\sqrt{'.repeat(160)}x${'}'.repeat(160)}$`;
    expect(() => richText(sqrt)).not.toThrow();
    const deepText = `${'{\\em '.repeat(5000)}x${'}'.repeat(5000)}`;
    expect(segmentsText(richText(deepText))).toContain('x');
    const braces = `${'{'.repeat(5000)}y${'}'.repeat(5000)}`;
    expect(segmentsText(richText(braces)) === braces).toBe(true);
  });

  it('keeps unbalanced groups and delimiters as written', () => {
    for (const text of ['{\\em open', '\\textbf{open', 'close}', '$$ open', '\\[ open', 'a \\) b']) {
      expect(segmentsText(richText(text)), text).toBe(text.replace('{\\em open', '{\\em open'));
    }
  });

  it('links only http and https, with the address the text shows', () => {
    const segments = richText('ftp://x.example/a, mailto:a@b.example, //c.example/d and https://ok.example/p?q=1.');
    expect(ofKind(segments, 'link').map((link) => link.href)).toEqual(['https://ok.example/p?q=1']);
  });
});

describe('cleanMathml', () => {
  it('keeps whitelisted elements and attributes and drops every other attribute', () => {
    const clean = cleanMathml('<math display="block" class="x" style="color:red"><mi onclick="alert(1)" href="javascript:x" mathvariant="bold" mathcolor="red">x</mi></math>');
    expect(clean?.html).toBe('<math display="block"><mi mathvariant="bold">x</mi></math>');
  });

  it('refuses any element not on the list, and markup inside a token', () => {
    expect(cleanMathml('<math><script>alert(1)</script></math>')).toBeUndefined();
    expect(cleanMathml('<math><mi>a</mi><semantics><annotation-xml encoding="text/html"><b>x</b></annotation-xml></semantics></math>')).toBeUndefined();
    expect(cleanMathml('<math><mtext><b>x</b></mtext></math>')).toBeUndefined();
    expect(cleanMathml('<svg><mi>x</mi></svg>')).toBeUndefined();
    expect(cleanMathml('<math><mi>x</mi></math><script>1</script>')).toBeUndefined();
  });

  it('drops attribute values that could carry anything but a keyword or a length, and escapes text again', () => {
    expect(cleanMathml('<math><mspace width="1em&quot; onload=&quot;x"></mspace></math>')?.html).toBe('<math><mspace></mspace></math>');
    expect(cleanMathml('<math><mtext>&lt;script&gt;&amp;</mtext></math>')?.html).toBe('<math><mtext>&lt;script&gt;&amp;</mtext></math>');
  });
});

describe('text-only places', () => {
  it('give feeds the plain title and abstract: escapes as characters, markup still escaped', () => {
    const paper = {
      id: 'pi-flow', title: '$\\pi$-Flow at 75\\%', abstract: 'We cut ``latency\'\' by 16\\,ms <b>now</b>.\n\nSee $O(n^2)$.',
      published: '2024-02-29', upvotes: 0, authorCount: 1, links: [], keywords: [], days: ['2025-12-08'], topics: [], related: [], later: [], sources: ['x.json:1'],
    } satisfies Paper;
    const item = feedItem(paper, { paperUrl: (id) => `https://d.example/${id}/`, topics: new Map() });
    expect(item.title).toBe('π-Flow at 75%');
    expect(item.description).toBe('<p>We cut “latency” by 16\u202fms &lt;b&gt;now&lt;/b&gt;.</p>\n<p>See $O(n^2)$.</p>');
  });
});

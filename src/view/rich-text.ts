/**
 * A title or an abstract paragraph as a reader expects it: TeX escapes as their characters, formulas as
 * MathML made at build time, URLs as links (http/https only). Pure: the same text always gives the same
 * segments, and nothing in the text can become markup other than the whitelisted MathML.
 */
import { LinkifyIt } from 'linkify-it';
import { safeHttpUrl } from '../parse/links.ts';
import { segmentsText, type Segment } from './segments.ts';
import { findMath, renderMath } from './tex-math.ts';
import { texSegments, type Atom } from './tex-text.ts';

export type { Segment } from './segments.ts';

// The same settings as src/parse/links.ts, which finds the links the paper page lists.
const linkify = new LinkifyIt().set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });

/** Past this length a text is not searched for formulas (no real abstract comes near it): links and escapes only. */
const MAX_MATH_INPUT = 100_000;

export interface Span {
  start: number;
  end: number;
}

interface Found {
  links: (Span & { href: string; text: string })[];
  math: (Span & { tex: string; display: boolean })[];
}

/** The URLs and formula candidates of a text: a `$` inside a URL never starts a formula, a URL inside a formula is no link. */
function find(text: string): Found {
  // A TeX tie or brace right before a URL (`at~https://…`) must not hide it from linkify; same length, same offsets.
  const probe = text.replace(/[~{`$](?=https?:\/\/)/g, ' ');
  const links: Found['links'] = [];
  // Only http(s) links are made: a text without "http(s)://" needs no linkify pass.
  for (const match of /https?:\/\//i.test(text) ? (linkify.match(probe) ?? []) : []) {
    const raw = text.slice(match.index, match.lastIndex);
    // In TeX a URL's `_`, `%`, `#`, `&` and `~` are written escaped: the link is the URL without the backslashes.
    const shown = raw.replace(/\\([_%#&~$])/g, '$1');
    const href = safeHttpUrl(shown);
    if (href && /^https?:/i.test(shown)) links.push({ start: match.index, end: match.lastIndex, href, text: shown });
  }
  // No `$` and no backslash: no formula (most abstracts), and no scan for one.
  if (text.length > MAX_MATH_INPUT || !/[$\\]/.test(text)) return { links, math: [] };
  const pieces: string[] = [];
  let from = 0;
  for (const link of links) {
    pieces.push(text.slice(from, link.start), 'x'.repeat(link.end - link.start));
    from = link.end;
  }
  pieces.push(text.slice(from));
  const masked = pieces.join('');
  const math = findMath(masked).map((span) => ({ ...span, tex: text.slice(span.start + span.delimiter, span.end - span.delimiter) }));
  return { links: links.filter((link) => !math.some((span) => span.start <= link.start && link.end <= span.end)), math };
}

function atomsOf(text: string): Atom[] {
  const { links, math } = find(text);
  const atoms: Atom[] = links.map((link) => ({ start: link.start, end: link.end, segments: [{ kind: 'link', href: link.href, text: link.text }] }));
  for (const span of math) {
    const written = text.slice(span.start, span.end);
    const rendered = renderMath(span.tex, span.display);
    const segment: Segment = rendered
      ? { kind: 'math', html: rendered.html, tex: span.tex, display: span.display, plain: rendered.flatText || written }
      : { kind: 'text', text: written }; // temml refused it (an unknown macro, `\href`, bad syntax): shown as written
    atoms.push({ start: span.start, end: span.end, segments: [segment] });
  }
  return atoms.sort((a, b) => a.start - b.start);
}

// A title is shown on many pages of one build (its page, cards, rows, related lists): work it out once.
const memo = new Map<string, readonly Segment[]>();
const MEMO_SIZE = 50_000;

/** The segments of a title or of one abstract paragraph (shared between calls: read them, never change them). */
export function richText(text: string): readonly Segment[] {
  const known = memo.get(text);
  if (known) return known;
  const segments = texSegments(text, atomsOf(text));
  if (text.length > 20_000) return segments; // only short texts recur; a huge one would pin its memory
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(text, segments);
  return segments;
}

/**
 * The text alone, for places that take no markup (`<title>`, meta descriptions, feeds, Open Graph): escapes as
 * their characters, a simple formula as its characters (`$\pi$` → π), any other formula as written.
 */
export function plainText(text: string): string {
  return segmentsText(richText(text));
}

/** Where a text holds a formula, a URL or a TeX group (`\textbf{…}`, `{\em …}`): a cut (a card's lead) must not fall inside one. */
export function unbreakableSpans(text: string): Span[] {
  const { links, math } = find(text);
  return [...links, ...math, ...texGroups(text)].map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
}

/** Brace groups that belong to a command (`\textbf{…}`) or start with one (`{\em …}`), from the command on. */
function texGroups(text: string): Span[] {
  const groups: Span[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') open.push(i);
    else if (text[i] === '}' && open.length > 0) {
      const start = open.pop()!;
      const command = /\\[a-zA-Z]+$/.exec(text.slice(Math.max(0, start - 40), start));
      if (command) groups.push({ start: start - command[0].length, end: i + 1 });
      else if (text[start + 1] === '\\') groups.push({ start, end: i + 1 });
    }
  }
  return groups;
}

/**
 * Math in titles and abstracts: where it is (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`) and its MathML, made at build
 * time by temml with every trust option off, then passed through the whitelist of ./mathml.ts.
 */
import temml from 'temml';
import { cleanMathml } from './mathml.ts';

export interface MathSpan {
  start: number;
  /** Just past the closing delimiter. */
  end: number;
  tex: string;
  display: boolean;
  /** Length of each delimiter: 1 for `$`, 2 for `$$`, `\(` and `\[`. */
  delimiter: number;
}

export interface RenderedMath {
  html: string;
  /** A plain rendering for text-only places (`π`), when the formula is that simple. */
  flatText: string | undefined;
}

/** Longest formula looked for: real ones are short, and the cap bounds the work a hostile `$` can cause. */
export const MAX_MATH = 1000;

/**
 * Candidate math spans, in order, never overlapping. `$` follows Pandoc's rule, which keeps prices apart
 * ("$5 and $10"): the opening `$` has a non-space after it, the closing one a non-space before it and no
 * digit after it. `\$` is an escaped dollar, never a delimiter.
 */
export function findMath(text: string): MathSpan[] {
  const spans: MathSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '\\') {
      const next = text[i + 1];
      if (next === '(' || next === '[') {
        // Looked for within the cap only: a text of many `\(` with no `\)` must not be scanned to its end for each.
        const found = text.slice(i + 2, i + MAX_MATH).indexOf(next === '(' ? '\\)' : '\\]');
        const close = found < 0 ? -1 : i + 2 + found;
        if (close > 0 && isFormula(text.slice(i + 2, close))) {
          spans.push({ start: i, end: close + 2, tex: text.slice(i + 2, close), display: next === '[', delimiter: 2 });
          i = close + 2;
          continue;
        }
      }
      i += 2; // an escaped character (`\$`, `\\`) is never a delimiter
      continue;
    }
    if (char === '$') {
      const span = text[i + 1] === '$' ? displayDollars(text, i) : inlineDollars(text, i);
      if (span) {
        spans.push(span);
        i = span.end;
        continue;
      }
      if (text[i + 1] === '$') i += 1; // an unclosed `$$` opens nothing, not even `$`
    }
    i += 1;
  }
  return spans;
}

function displayDollars(text: string, start: number): MathSpan | undefined {
  const window = text.slice(0, start + MAX_MATH);
  let close = start + 2;
  while ((close = window.indexOf('$$', close)) > 0 && text[close - 1] === '\\') close += 1;
  const tex = text.slice(start + 2, close);
  if (close < 0 || !isFormula(tex) || looksLikeProse(tex)) return undefined;
  return { start, end: close + 2, tex, display: true, delimiter: 2 };
}

function inlineDollars(text: string, start: number): MathSpan | undefined {
  if (!/\S/.test(text[start + 1] ?? ' ')) return undefined;
  for (let close = text.indexOf('$', start + 1); close > 0 && close - start <= MAX_MATH; close = text.indexOf('$', close + 1)) {
    const before = text[close - 1];
    if (before === '\\' || /\s/.test(before)) continue;
    if (/\d/.test(text[close + 1] ?? '')) continue;
    const tex = text.slice(start + 1, close);
    if (!isFormula(tex) || looksLikeProse(tex)) return undefined;
    return { start, end: close + 1, tex, display: false, delimiter: 1 };
  }
  return undefined;
}

/** Not blank, and within one paragraph. */
function isFormula(tex: string): boolean {
  return /\S/.test(tex) && !/\n[ \t]*\n/.test(tex);
}

/**
 * Whether a span's text reads as prose rather than math: two plain words in a row ("$20 per tutor … 4$",
 * or a formula whose backslashes were lost on the way, "$textbf{a} and textbf{b}$"). Command names and
 * the text inside `\text{…}`-like commands are left out first.
 */
export function looksLikeProse(tex: string): boolean {
  const bare = tex.replace(/\\(?:text\w*|mathrm|operatorname|mbox)\s*\{[^{}]*\}/g, ' ').replace(/\\[a-zA-Z]+/g, ' ');
  return /\b[a-zA-Z]{3,}[\s~]+[a-zA-Z]{3}/.test(bare); // \b: linear time, even on a long run of letters
}

const OPTIONS = {
  throwOnError: true,
  trust: false,
  strict: false,
  annotate: false,
  xml: false,
  maxSize: [20, 20] as [number, number],
  maxExpand: 200,
  macros: {},
} as const;

// The same formula recurs (a paper on its page, its card, the feeds): render it once per build.
const cache = new Map<string, RenderedMath | null>();
const CACHE_SIZE = 10_000;

/** The formula as whitelisted MathML, or undefined when temml rejects it or the whitelist refuses its output. */
export function renderMath(tex: string, display: boolean): RenderedMath | undefined {
  const key = `${display ? 'D' : 'I'}${tex}`;
  const known = cache.get(key);
  if (known !== undefined) return known ?? undefined;
  const rendered = render(tex, display);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, rendered ?? null);
  return rendered;
}

function render(tex: string, display: boolean): RenderedMath | undefined {
  if (tex.length > MAX_MATH || !tex.trim()) return undefined;
  let mathml: string;
  try {
    // A fresh macros object each time: temml stores \def and \newcommand there, and none may leak to the next formula.
    mathml = temml.renderToString(tex, { ...OPTIONS, macros: {}, displayMode: display });
  } catch {
    return undefined; // a ParseError, or a RangeError from nesting too deep for temml: shown as written
  }
  const clean = cleanMathml(mathml);
  return clean && { html: clean.html, flatText: clean.flatText };
}

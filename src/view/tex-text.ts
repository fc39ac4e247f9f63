/**
 * The TeX a reader expects rendered in running text, outside math: escapes (`\%`, `\&`, `\_`, `\,`), accents
 * (`T\"ULU`), quotes (` ``…'' `), ties (`Models~(LLMs)`), dashes (`25--39`), emphasis (`\textbf{…}`,
 * `{\em …}`) and a few word macros (`\eg`, `\LaTeX`). Anything else — `\ours`, `\href{…}{…}`, `\color{x}` —
 * stays exactly as written. Formulas and URLs arrive as atoms already made, and are placed as they are.
 */
import type { Segment } from './segments.ts';

/** A piece of the text already turned into segments (a formula, a link, a formula shown as written). */
export interface Atom {
  start: number;
  end: number;
  segments: Segment[];
}

/** The characters that can start something TeX gives a meaning to; everything between them is plain text. */
const SPECIAL = new Set([...'\\{}~`\'-'].map((char) => char.charCodeAt(0)));

/** Groups nested deeper than this are left as written (the braces shown), so hostile nesting costs nothing. */
const MAX_DEPTH = 16;

const ESCAPED = new Set(['%', '&', '_', '#', '$', '{', '}']);
const SPACES: Record<string, string> = { ',': '\u202f', ' ': ' ', '\n': ' ', ';': ' ', ':': ' ', '>': ' ', '!': '', '/': '', '-': '' };

/** Combining marks of TeX's accent commands; the letter and mark are then composed (NFC). */
const ACCENTS: Record<string, string> = {
  '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030c', H: '\u030b', c: '\u0327', k: '\u0328', r: '\u030a',
};

/** Commands whose one argument is shown, emphasised or not. */
const WITH_ARGUMENT: Record<string, 'em' | 'strong' | 'plain'> = {
  emph: 'em', textit: 'em', textsl: 'em', textbf: 'strong',
  textrm: 'plain', textsf: 'plain', texttt: 'plain', textsc: 'plain', textup: 'plain', textmd: 'plain',
  textnormal: 'plain', text: 'plain', mbox: 'plain', underline: 'plain', url: 'plain',
};

/** `{\em …}`-style switches at the start of a group. */
const SWITCHES: Record<string, 'em' | 'strong' | 'plain'> = {
  em: 'em', it: 'em', itshape: 'em', sl: 'em', bf: 'strong', bfseries: 'strong',
  rm: 'plain', sf: 'plain', tt: 'plain', sc: 'plain', scshape: 'plain', normalfont: 'plain', small: 'plain',
};

/** Commands that stand for a word or a character. */
const SYMBOLS: Record<string, string> = {
  eg: 'e.g.', ie: 'i.e.', etc: 'etc.', etal: 'et al.', vs: 'vs.', cf: 'cf.', wrt: 'w.r.t.',
  LaTeX: 'LaTeX', TeX: 'TeX', ldots: '…', dots: '…', textellipsis: '…', textendash: '–', textemdash: '—',
  textgreater: '>', textless: '<', textasciitilde: '~', textbackslash: '\\', textbar: '|', S: '§', P: '¶',
  copyright: '©', textregistered: '®', texttrademark: '™', deg: '°', textdegree: '°', pm: '±', times: '×',
  approx: '≈', sim: '∼', neq: '≠', leq: '≤', geq: '≥', le: '≤', ge: '≥', rightarrow: '→', to: '→', leftarrow: '←',
  infty: '∞', cdot: '·', i: 'ı', j: 'ȷ', ss: 'ß', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', o: 'ø', O: 'Ø', l: 'ł', L: 'Ł', aa: 'å', AA: 'Å',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ϵ', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', phi: 'ϕ', varphi: 'φ',
  chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ',
  Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
};

/** Commands that only steer TeX's line breaking: they show nothing. */
const INVISIBLE = new Set(['nobreakdash', 'allowbreak', 'xspace', 'noindent', 'relax', 'hfill', 'newline', 'linebreak', 'par']);

/** The segments of `text` (one paragraph or a title), with `atoms` placed where they stand. */
export function texSegments(text: string, atoms: readonly Atom[]): Segment[] {
  return new TexText(text, atoms).parse(0, text.length, 0);
}

class TexText {
  private readonly s: string;
  private readonly atomAt = new Map<number, Atom>();
  /** Where the atoms start, in order. */
  private readonly starts: number[];
  /** Where the group opened at each `{` closes (escapes and atoms skipped); unmatched braces are absent. */
  private readonly closing = new Map<number, number>();
  /** A ``` `` ``` was seen and not yet closed by `''`. */
  private quoteOpen = false;

  constructor(s: string, atoms: readonly Atom[]) {
    this.s = s;
    for (const atom of atoms) this.atomAt.set(atom.start, atom);
    this.starts = [...this.atomAt.keys()].sort((a, b) => a - b);
    const open: number[] = [];
    let atom = 0;
    const braces = /[\\{}]/g;
    for (let match = braces.exec(s); match; match = braces.exec(s)) {
      const i = match.index;
      while (atom < this.starts.length && this.atomAt.get(this.starts[atom])!.end <= i) atom++;
      if (atom < this.starts.length && this.starts[atom] <= i) {
        braces.lastIndex = this.atomAt.get(this.starts[atom])!.end; // inside an atom: not TeX text
      } else if (s[i] === '\\') braces.lastIndex = i + 2;
      else if (s[i] === '{') open.push(i);
      else if (open.length > 0) this.closing.set(open.pop()!, i);
    }
  }

  parse(from: number, to: number, depth: number): Segment[] {
    const out: Segment[] = [];
    const s = this.s;
    let i = from;
    while (i < to) {
      const atom = this.atomAt.get(i);
      if (atom) {
        for (const segment of atom.segments) push(out, segment);
        i = atom.end;
        continue;
      }
      // Plain text up to the next character TeX gives a meaning to, or the next atom, in one piece.
      const limit = Math.min(this.nextAtom(i), to);
      let plainEnd = i;
      while (plainEnd < limit && !SPECIAL.has(s.charCodeAt(plainEnd))) plainEnd++;
      if (plainEnd > i) {
        pushText(out, s.slice(i, plainEnd));
        i = plainEnd;
        continue;
      }
      const char = s[i];
      if (char === '\\') {
        i = this.command(i, to, depth, out);
      } else if (char === '{' && s[i + 1] === '\\' && depth < MAX_DEPTH && this.closes(i, to)) {
        i = this.group(i, depth, out);
      } else if (char === '~') {
        pushText(out, isTie(s, i, this.atomAt.has(i + 1)) ? '\u00a0' : '~');
        i += 1;
      } else if (char === '`' && s[i + 1] === '`') {
        pushText(out, '“');
        this.quoteOpen = true;
        i += 2;
      } else if (char === "'" && s[i + 1] === "'" && this.quoteOpen) {
        // Only after a TeX opening quote: `''a''` (a plain-text habit) and Python's '' stay as typed.
        pushText(out, '”');
        this.quoteOpen = false;
        i += 2;
      } else if (char === '-') {
        const [dash, length] = dashAt(s, i);
        pushText(out, dash);
        i += length;
      } else {
        pushText(out, char);
        i += 1;
      }
    }
    return out;
  }

  /** The start of the first atom at or after `i` (the text's length when none). */
  private nextAtom(i: number): number {
    const starts = this.starts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle] < i) low = middle + 1;
      else high = middle;
    }
    return low < starts.length ? starts[low] : this.s.length;
  }

  private closes(open: number, to: number): boolean {
    const close = this.closing.get(open);
    return close !== undefined && close < to;
  }

  /** `{\em …}` and plain `{\sigma}` groups: the braces go, the switch (if any) becomes emphasis. */
  private group(open: number, depth: number, out: Segment[]): number {
    const close = this.closing.get(open)!;
    const head = /^\\([a-zA-Z]+)(?![a-zA-Z])\s*/.exec(this.s.slice(open + 1, Math.min(close, open + 40)));
    const style = head ? SWITCHES[head[1]] : undefined;
    const start = style ? open + 1 + head![0].length : open + 1;
    append(out, style, this.parse(start, close, depth + 1));
    return close + 1;
  }

  private command(i: number, to: number, depth: number, out: Segment[]): number {
    const s = this.s;
    const next = s[i + 1] ?? '';
    if (next === "'" && /\p{L}/u.test(s[i - 1] ?? '') && /^(?:s|t|re|ve|ll|d|m)(?![a-zA-Z])/.test(s.slice(i + 2, i + 5))) {
      pushText(out, "'"); // "query\'s": an escaped apostrophe, not an accent
      return i + 2;
    }
    if (ESCAPED.has(next)) {
      pushText(out, next);
      return i + 2;
    }
    if (next in SPACES) {
      pushText(out, SPACES[next]);
      return i + 2;
    }
    const accent = this.accent(i, to);
    if (accent) {
      pushText(out, accent.text);
      return accent.end;
    }
    const name = /^[a-zA-Z]+/.exec(s.slice(i + 1, i + 41))?.[0];
    if (!name) {
      pushText(out, s.slice(i, i + 2)); // `\\`, `\(` and the like, as written
      return i + 2;
    }
    let end = i + 1 + name.length;
    const style = WITH_ARGUMENT[name];
    if (style && s[end] === '{' && depth < MAX_DEPTH && this.closes(end, to)) {
      const close = this.closing.get(end)!;
      append(out, style, this.parse(end + 1, close, depth + 1));
      return close + 1;
    }
    if (name in SYMBOLS || INVISIBLE.has(name)) {
      if (s.startsWith('{}', end)) end += 2; // `\LaTeX{}`
      const symbol = SYMBOLS[name] ?? '';
      pushText(out, symbol.endsWith('.') && s[end] === '.' ? symbol.slice(0, -1) : symbol); // `\etc.` is one full stop
      return end;
    }
    // An unknown command (`\ours`), as written, with the groups that follow it braces and all.
    pushText(out, s.slice(i, end));
    while (s[end] === '{' && depth < MAX_DEPTH && this.closes(end, to)) {
      const close = this.closing.get(end)!;
      pushText(out, '{');
      for (const segment of this.parse(end + 1, close, depth + 1)) push(out, segment);
      pushText(out, '}');
      end = close + 1;
    }
    return end;
  }

  /** `\"u`, `\"{u}`, `\'{\i}`, `\c{c}`: the accented letter, when the accent applies to one letter. */
  private accent(i: number, to: number): { text: string; end: number } | undefined {
    const s = this.s;
    const command = s[i + 1];
    const mark = ACCENTS[command];
    if (!mark) return undefined;
    const letterCommand = /[a-zA-Z]/.test(command);
    const braced = /^\{(\\[ij](?![a-zA-Z])|\p{L})\}/u.exec(s.slice(i + 2, i + 7));
    let base: string | undefined;
    let end = i + 2;
    if (braced) {
      base = braced[1];
      end += braced[0].length;
    } else if (!letterCommand && /\p{L}/u.test(s[i + 2] ?? '')) {
      base = s[i + 2];
      end += 1;
    } else if (!letterCommand && /^\\[ij](?![a-zA-Z])/.test(s.slice(i + 2, i + 5))) {
      base = s.slice(i + 2, i + 4);
      end += 2;
    }
    if (!base || end > to) return undefined;
    const letter = base === '\\i' ? 'i' : base === '\\j' ? 'j' : base;
    return { text: (letter + mark).normalize('NFC'), end };
  }
}

/** `~` is TeX's unbreakable space between a word and what follows it (`Models~(LLMs)`, `RTX~5090`, `at~https://…`),
 * but "about" before a number (` ~10x`) and a range (`1~4`, `75%~89%`, `1M~4M`): those stay. */
function isTie(s: string, i: number, atomNext: boolean): boolean {
  const before = s[i - 1] ?? '';
  const after = s[i + 1] ?? '';
  if (!/[\p{L}\p{N}.,;:)\]}]/u.test(before)) return false;
  if (atomNext || /[\p{L}(\\]/u.test(after)) return true;
  // Before a number, only after a word (`RTX~3090`), not after a quantity (`1M~4M` is a range).
  return /\p{N}/u.test(after) && /(?:^|[^\p{L}\p{N}.])[\p{L}.]+$/u.test(s.slice(Math.max(0, i - 40), i));
}

/** `---` and `--` as dashes where TeX would make them (`25--39`, `dataset--{\em X}`, `a -- b`); flags (`--help`) stay. */
function dashAt(s: string, i: number): [string, number] {
  let run = 1;
  while (s[i + run] === '-') run++;
  if (run !== 2 && run !== 3) return [s.slice(i, i + run), run];
  const before = s[i - 1] ?? '';
  const after = s[i + run] ?? '';
  const spaced = /[ \t\n]/.test(before) && /[ \t\n]/.test(after);
  const joined = /[\p{L}\p{N}%)}]/u.test(before) && /[\p{L}\p{N}({\\]/u.test(after);
  if (!spaced && !joined) return [s.slice(i, i + run), run];
  return [run === 3 ? '—' : '–', run];
}

function append(out: Segment[], style: 'em' | 'strong' | 'plain' | undefined, children: Segment[]): void {
  if (style === 'em' || style === 'strong') {
    if (children.length > 0) out.push({ kind: style, children });
  } else for (const child of children) push(out, child);
}

function push(out: Segment[], segment: Segment): void {
  if (segment.kind === 'text') pushText(out, segment.text);
  else out.push(segment);
}

function pushText(out: Segment[], text: string): void {
  if (!text) return;
  const last = out.at(-1);
  if (last?.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

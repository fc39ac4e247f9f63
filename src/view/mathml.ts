/**
 * Re-writes temml's MathML through a whitelist, so that what reaches a page is known markup whatever temml
 * emits (now or in a later version): only presentation-MathML elements, only layout attributes with plain
 * values. No `style` (the CSP would block it and the input must never steer it), no `class`, no `href`,
 * no event handler, no colour. Anything not on the list fails the whole formula, which is then shown as written.
 */
import { XMLParser } from 'fast-xml-parser';
import { escape } from 'html-escaper';

const ELEMENTS = new Set([
  'math', 'mrow', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'msup', 'msub', 'msubsup', 'mfrac', 'msqrt', 'mroot',
  'mover', 'munder', 'munderover', 'mtable', 'mtr', 'mtd', 'mstyle', 'mpadded', 'mphantom', 'menclose',
  'mmultiscripts', 'mprescripts', 'none',
]);

/** Elements whose children are text only (MathML token elements). */
const TOKENS = new Set(['mi', 'mn', 'mo', 'ms', 'mtext']);

const ATTRIBUTES = new Set([
  'display', 'mathvariant', 'stretchy', 'fence', 'separator', 'form', 'lspace', 'rspace', 'minsize', 'maxsize',
  'largeop', 'movablelimits', 'symmetric', 'accent', 'accentunder', 'linethickness', 'columnalign', 'rowalign',
  'columnspacing', 'rowspacing', 'columnlines', 'rowlines', 'frame', 'width', 'height', 'depth', 'voffset',
  'scriptlevel', 'displaystyle', 'notation', 'columnspan', 'rowspan',
]);

/** Attributes the HTML checker's MathML schema allows on some elements only (temml also puts them on mrow). */
const ONLY_ON: Record<string, Set<string>> = {
  displaystyle: new Set(['math', 'mstyle', 'mtable']),
  scriptlevel: new Set(['mstyle']),
};

/** Keywords, numbers and lengths: nothing that could carry a URL, a quote or markup. */
const VALUE = /^[-a-z0-9. %]{0,40}$/i;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
});

type Node = Record<string, unknown>;

export interface CleanMath {
  /** The whitelisted MathML, serialised. */
  html: string;
  /** The formula's text when it is made of plain tokens only (`π`, `×`, `x`); otherwise undefined. */
  flatText: string | undefined;
}

/** The MathML re-built from the whitelist, or undefined when it holds anything the whitelist does not know. */
export function cleanMathml(mathml: string): CleanMath | undefined {
  let tree: Node[];
  try {
    tree = parser.parse(mathml) as Node[];
  } catch {
    return undefined;
  }
  if (tree.length !== 1 || tagOf(tree[0]) !== 'math') return undefined;
  const state = { flat: true, text: '' };
  const html = serialise(tree[0], state, 0);
  return html === undefined ? undefined : { html, flatText: state.flat ? state.text.replace(/[\u2061-\u2064]/g, '').trim() : undefined };
}

/** temml nests deeply for deep input; past this the formula is refused rather than walked. */
const MAX_DEPTH = 200;

function tagOf(node: Node): string | undefined {
  return Object.keys(node).find((key) => key !== ':@');
}

function serialise(node: Node, state: { flat: boolean; text: string }, depth: number): string | undefined {
  if ('#text' in node) {
    const text = String(node['#text']);
    state.text += text;
    return escape(text);
  }
  const tag = tagOf(node);
  if (!tag || !ELEMENTS.has(tag) || depth > MAX_DEPTH) return undefined;
  if (!['math', 'mrow', 'mstyle', 'mpadded', 'mspace', ...TOKENS].includes(tag)) state.flat = false;
  // `\log n` is <mi>log</mi><mi>n</mi>: as text it would read "logn", so such a formula has no flat form.
  if (tag === 'mi' && [...String((node.mi as Node[])[0]?.['#text'] ?? '')].length > 1) state.flat = false;
  const attributes = (node[':@'] ?? {}) as Record<string, unknown>;
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTES.has(name) || typeof value !== 'string' || !VALUE.test(value)) continue;
    if (name === 'display' && (tag !== 'math' || value !== 'block')) continue;
    if (ONLY_ON[name] && !ONLY_ON[name].has(tag)) continue;
    open += ` ${name}="${value}"`;
  }
  let inner = '';
  for (const child of (node[tag] ?? []) as Node[]) {
    if (TOKENS.has(tag) !== ('#text' in child)) return undefined; // tokens hold text only, the others elements only
    const part = serialise(child, state, depth + 1);
    if (part === undefined) return undefined;
    inner += part;
  }
  return `${open}>${inner}</${tag}>`;
}

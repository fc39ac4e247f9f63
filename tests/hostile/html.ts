/**
 * A small HTML tokenizer for checking built pages without a browser: elements with their attributes
 * (quoted values may hold `<` and `>`), text, and the raw content of `<script>` and `<style>`.
 * It is enough for the well-formed output of our own build (vnu checks that separately); it is not a
 * general HTML parser.
 */

export interface HtmlElement {
  name: string;
  attributes: Record<string, string>;
  /** The raw text of a `<script>` or `<style>` element. */
  raw?: string;
  /** Offset of the tag in the document. */
  offset: number;
}

export interface HtmlDocument {
  elements: HtmlElement[];
  /** Text outside tags, entity-decoded, in document order (script and style contents excluded). */
  texts: string[];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references our output uses (named basics and numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return String.fromCodePoint(code);
    }
    return NAMED[body.toLowerCase()] ?? match;
  });
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function tokenize(html: string): HtmlDocument {
  const elements: HtmlElement[] = [];
  const texts: string[] = [];
  let at = 0;
  let text = '';
  const flush = () => {
    if (text) texts.push(decodeEntities(text));
    text = '';
  };
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) {
      text += html.slice(at);
      break;
    }
    text += html.slice(at, lt);
    if (html.startsWith('<!--', lt)) {
      flush();
      const end = html.indexOf('-->', lt + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<!', lt)) {
      flush();
      at = html.indexOf('>', lt) + 1 || html.length;
      continue;
    }
    TAG.lastIndex = lt;
    const match = TAG.exec(html);
    if (!match) {
      // A lone "<" is text (invalid in our output, but vnu reports that, not this).
      text += '<';
      at = lt + 1;
      continue;
    }
    flush();
    const [whole, closing, rawName, rawAttributes] = match;
    at = lt + whole.length;
    if (closing) continue;
    const name = rawName.toLowerCase();
    const attributes: Record<string, string> = {};
    for (const attribute of rawAttributes.matchAll(ATTRIBUTE)) {
      attributes[attribute[1].toLowerCase()] = decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
    }
    const element: HtmlElement = { name, attributes, offset: lt };
    if (name === 'script' || name === 'style') {
      const end = html.toLowerCase().indexOf(`</${name}`, at);
      element.raw = html.slice(at, end === -1 ? html.length : end);
      at = end === -1 ? html.length : html.indexOf('>', end) + 1;
    }
    elements.push(element);
  }
  flush();
  return { elements, texts };
}

/** The decoded text inside the first element matching `name` (and optional attribute test), tags removed. */
export function textOf(html: string, name: string, where: (attributes: Record<string, string>) => boolean = () => true): string | undefined {
  const pattern = new RegExp(`<${name}\\b`, 'gi');
  for (const match of html.matchAll(pattern)) {
    TAG.lastIndex = match.index;
    const tag = TAG.exec(html);
    if (!tag) continue;
    const attributes: Record<string, string> = {};
    for (const attribute of tag[3].matchAll(ATTRIBUTE)) attributes[attribute[1].toLowerCase()] = decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
    if (!where(attributes)) continue;
    const start = match.index + tag[0].length;
    const end = html.indexOf(`</${name}>`, start);
    return tokenize(html.slice(start, end)).texts.join('');
  }
  return undefined;
}

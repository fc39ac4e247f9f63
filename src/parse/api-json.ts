/**
 * Parser for what the Hugging Face API returns for one day (`GET /api/daily_papers?date=YYYY-MM-DD`).
 * When a file has problems, jsonc-parser keeps each value's offset, so every problem names its line.
 */
import { createScanner, findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { ARXIV_ID } from './arxiv-id.ts';
import { cleanText } from './clean-text.ts';
import type { ListingEntry, ParsedListing } from './entry.ts';
import { safeHttpUrl } from './links.ts';
import type { ListingProblem } from './problems.ts';

const text = z.string().transform(cleanText).pipe(z.string().min(1, 'must not be empty'));
const singleLine = z
  .string()
  .transform((value) => cleanText(value).replace(/\s+/g, ' '))
  .pipe(z.string().min(1, 'must not be empty'));
const optionalText = z.string().transform(cleanText).nullish();
const httpUrl = z
  .string()
  .refine((value) => value.trim() === '' || safeHttpUrl(value) !== undefined, 'must be an http(s) URL')
  .transform((value) => safeHttpUrl(value))
  .nullish();

/** The fields we use; unknown fields are ignored. */
const ApiItem = z.object({
  paper: z.object({
    id: z.string().regex(ARXIV_ID, 'must be an arXiv id like 2512.01234'),
    title: singleLine,
    summary: text,
    // `hidden` authors are ones Hugging Face does not show on the paper's page: neither do we.
    authors: z.array(z.object({ name: singleLine, hidden: z.boolean().nullish().catch(undefined) })).min(1, 'must list at least one author'),
    publishedAt: z.iso.datetime({ offset: true }),
    upvotes: z.number().int().nonnegative(),
    githubRepo: httpUrl,
    projectPage: httpUrl,
    ai_keywords: z.array(z.string().transform(cleanText)).nullish(),
    // What only adds to a paper's page: a malformed value is left out, never a reason to refuse the paper.
    ai_summary: optionalText.catch(undefined),
    githubStars: z.number().int().nonnegative().nullish().catch(undefined),
    organization: z.object({ name: singleLine, fullname: optionalText }).nullish(),
  }),
  organization: z.object({ name: singleLine, fullname: optionalText }).nullish(),
  numComments: z.number().int().nonnegative().nullish().catch(undefined),
});

const PARSE_ERRORS: Record<string, string> = {
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  CommaExpected: 'expected ","',
  ColonExpected: 'expected ":"',
  ValueExpected: 'expected a value',
  PropertyNameExpected: 'expected a property name in double quotes',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  UnexpectedEndOfString: 'unterminated string',
  InvalidCommentToken: 'comments are not allowed in JSON',
};

/** Maps offsets to 1-based lines and columns; built once per file so lookups stay cheap for large files. */
function lineLocator(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}

/**
 * jsonc-parser, getNodeValue and zod recurse once per nesting level, so a hostile file nested a few thousand
 * levels deep would overflow the stack and crash the build without naming the file. An API listing is about
 * six levels deep; the limit leaves ample room for unknown fields.
 */
const MAX_DEPTH = 128;
// jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot import).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const END_OF_FILE = 17;

/** The offset of the first bracket nested deeper than MAX_DEPTH, if any (an iterative scan: no recursion). */
function tooDeepAt(body: string): number | undefined {
  const scanner = createScanner(body, true);
  let depth = 0;
  for (let kind: number = scanner.scan(); kind !== END_OF_FILE; kind = scanner.scan()) {
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      if (++depth > MAX_DEPTH) return scanner.getTokenOffset();
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) depth--;
  }
  return undefined;
}

/** Joins an abstract's hard line breaks (arXiv wraps at ~80 columns) but keeps paragraph breaks. */
function joinLines(summary: string): string {
  return summary
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Parses one day's API answer. A well-formed file (nearly all of them) takes the quick way: the platform's
 * JSON.parse and the lines of its items from a scan of the text. Anything else, or any item that does not
 * pass, goes the careful way, which names the line of every problem.
 */
export function parseApiJson(source: string, file: string, day: string): ParsedListing {
  const body = source.replace(/^\uFEFF/, '');
  return quickParse(body, file, day) ?? carefulParseApiJson(body, file, day);
}

/** The entries of a file whose every item passes, or undefined to take the careful way. */
function quickParse(body: string, file: string, day: string): ParsedListing | undefined {
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!Array.isArray(root)) return undefined;
  const offsets = itemOffsets(body);
  if (offsets?.length !== root.length) return undefined;
  const lineAt = lineLocator(body);
  const entries: ListingEntry[] = [];
  for (const [index, value] of root.entries()) {
    const result = ApiItem.safeParse(value);
    if (!result.success) return undefined;
    const published = publishedDay(result.data);
    if (published > day) return undefined;
    entries.push(entryOf(result.data, published, { file, line: lineAt(offsets[index]).line, day, position: entries.length }));
  }
  return { entries, problems: [] };
}

/**
 * Where each item of a top-level JSON array starts, in a text JSON.parse has accepted; undefined when it is
 * nested deeper than the careful way accepts (which then says so).
 */
export function itemOffsets(body: string): number[] | undefined {
  const offsets: number[] = [];
  let depth = 0;
  let expectItem = false;
  for (let at = 0; at < body.length; at++) {
    const code = body.charCodeAt(at);
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) continue;
    if (expectItem && depth === 1 && code !== 0x5d) offsets.push(at);
    expectItem = depth === 1 && code === 0x2c; // a comma between items
    if (code === 0x22) at = stringEnd(body, at);
    else if (code === 0x7b || code === 0x5b) {
      if (++depth > MAX_DEPTH) return undefined;
      if (depth === 1) expectItem = true;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return offsets;
}

/**
 * The closing quote of the string opened at `open`. Strings are most of a listing's text, so they are skipped
 * with indexOf rather than read a character at a time: a quote ends the string unless an odd number of
 * backslashes precedes it.
 */
function stringEnd(body: string, open: number): number {
  for (let quote = body.indexOf('"', open + 1); quote !== -1; quote = body.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (body.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
  return body.length;
}

/** The careful way: jsonc-parser's tree, so that every problem names its line. */
export function carefulParseApiJson(body: string, file: string, day: string): ParsedListing {
  const problems: ListingProblem[] = [];
  const entries: ListingEntry[] = [];
  const errors: ParseError[] = [];
  const lineAt = lineLocator(body);
  const deep = tooDeepAt(body);
  if (deep !== undefined) {
    const { line, column } = lineAt(deep);
    problems.push({ file, line, reason: `malformed JSON at line ${line} column ${column}: nested more than ${MAX_DEPTH} levels deep` });
    return { entries, problems };
  }
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });

  if (errors.length > 0) {
    // Later errors are usually echoes of the first; the first is the one to fix.
    const first = errors[0];
    const { line, column } = lineAt(first.offset);
    const name = printParseErrorCode(first.error);
    problems.push({ file, line, reason: `malformed JSON at line ${line} column ${column}: ${PARSE_ERRORS[name] ?? name}` });
    return { entries, problems };
  }
  if (!root || root.type !== 'array') {
    const found = root ? (root.type === 'object' ? 'an object' : `a ${root.type}`) : 'nothing';
    problems.push({ file, line: 1, reason: `expected an array of papers (the /api/daily_papers response), found ${found}` });
    return { entries, problems };
  }
  // `[]` is an empty day, which the digest keeps and warns about.
  for (const [index, node] of (root.children ?? []).entries()) {
    const line = lineAt(node.offset).line;
    const result = ApiItem.safeParse(getNodeValue(node));
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
        const at = deepestNode(node, path);
        problems.push({
          file,
          line: lineAt(at.offset).line,
          reason: `paper ${index + 1}: ${path.join('.') || 'item'}: ${issue.message}`,
        });
      }
      continue;
    }
    const published = publishedDay(result.data);
    if (published > day) {
      const at = findNodeAtLocation(node, ['paper', 'publishedAt']) ?? node;
      problems.push({ file, line: lineAt(at.offset).line, reason: `publication date ${published} is after the digest day ${day}` });
      continue;
    }
    entries.push(entryOf(result.data, published, { file, line, day, position: entries.length }));
  }
  return { entries, problems };
}

type ApiItem = z.infer<typeof ApiItem>;

const publishedDay = (item: ApiItem) => new Date(item.paper.publishedAt).toISOString().slice(0, 10);

function entryOf(item: ApiItem, published: string, where: Pick<ListingEntry, 'file' | 'line' | 'day' | 'position'>): ListingEntry {
  const { paper } = item;
  const organization = item.organization ?? paper.organization;
  return {
    ...where,
    title: paper.title,
    abstract: joinLines(paper.summary),
    published,
    upvotes: paper.upvotes,
    arxivId: paper.id.replace(/v\d+$/, ''),
    ...shownAuthors(paper.authors),
    organization: organization ? { account: organization.name, name: organization.fullname || organization.name } : undefined,
    githubRepo: paper.githubRepo ?? undefined,
    projectPage: paper.projectPage ?? undefined,
    keywords: [...new Set((paper.ai_keywords ?? []).filter(Boolean))],
    aiSummary: paper.ai_summary ? joinLines(paper.ai_summary) : undefined,
    githubStars: paper.githubRepo ? (paper.githubStars ?? undefined) : undefined,
    comments: item.numComments ?? undefined,
  };
}

/** The authors a reader is shown: hidden ones left out, unless every one is hidden (then only their number). */
function shownAuthors(authors: { name: string; hidden?: boolean | null }[]): Pick<ListingEntry, 'authors' | 'authorCount'> {
  const shown = authors.filter((author) => !author.hidden).map((author) => author.name);
  return shown.length > 0 ? { authors: shown, authorCount: shown.length } : { authorCount: authors.length };
}

/** The node a zod issue path points at, or the nearest existing ancestor (a missing field points at its object). */
function deepestNode(node: Node, path: (string | number)[]): Node {
  for (let length = path.length; length > 0; length--) {
    const found = findNodeAtLocation(node, path.slice(0, length));
    if (found) return found.parent?.type === 'property' ? found.parent : found;
  }
  return node;
}

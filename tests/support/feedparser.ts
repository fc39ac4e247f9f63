/**
 * Parses an RSS/Atom feed with Python's `feedparser` — the lenient parser many real feed readers use —
 * so tests see the feed the way a reader does (`bozo` = 1 means "not well-formed", with the reason).
 *
 * Runs `/usr/bin/python3` explicitly (Debian's, where `apt-get install -y python3-feedparser` puts the
 * module), in isolated mode (-I: ignores PYTHONPATH and user site-packages, so a pyenv shim on PATH
 * or its environment cannot interfere). The feed bytes go through stdin: feedparser never gets a
 * string it could mistake for a URL to download.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export const PYTHON = '/usr/bin/python3';
export const FEEDPARSER_MISSING = `${PYTHON} cannot import feedparser: install it with \`apt-get install -y python3-feedparser\``;

/**
 * Whether Debian's feedparser is there. It is an extra, independent check: the npm feed reader
 * (feed-reader.ts) runs everywhere; tests that use this one skip, saying so, when it is missing.
 */
export const hasFeedparser: boolean = spawnSync(PYTHON, ['-I', '-c', 'import feedparser'], { stdio: 'ignore' }).status === 0;

/** Says once, visibly, that the extra feedparser check is skipped and how to get it. */
export function noteFeedparserSkipped(): void {
  if (!hasFeedparser) console.warn(`[feeds] extra check with Debian's feedparser skipped: ${FEEDPARSER_MISSING}`);
}

export interface FeedLink {
  rel?: string;
  type?: string;
  href?: string;
  title?: string;
}

export interface FeedTag {
  term: string | null;
  scheme: string | null;
  label: string | null;
}

export interface FeedEntry {
  title: string | null;
  link: string | null;
  id: string | null;
  published: string | null;
  /** feedparser's parsed `published` date as an ISO 8601 UTC string (same format as Date#toISOString), or null. */
  published_parsed: string | null;
  updated: string | null;
  updated_parsed: string | null;
  author: string | null;
  /** feedparser's summary: HTML, already sanitized by feedparser. */
  summary: string | null;
  tags: FeedTag[];
  links: FeedLink[];
}

export interface ParsedFeed {
  /** 0 when the feed is well-formed, 1 otherwise. */
  bozo: 0 | 1;
  /** 'ExceptionClass: message' when bozo is 1, else null. */
  bozo_exception: string | null;
  /** e.g. 'rss20', 'atom10'; '' when feedparser did not recognize the format. */
  version: string;
  encoding: string | null;
  feed: {
    title: string | null;
    link: string | null;
    links: FeedLink[];
    subtitle: string | null;
    language: string | null;
    updated: string | null;
  };
  entries: FeedEntry[];
}

// Exit code 42 = feedparser missing. Everything is converted to plain JSON values here.
const SCRIPT = String.raw`
import json, sys
try:
    import feedparser
except ImportError:
    sys.exit(42)

def iso(t):
    if not t:
        return None
    return "%04d-%02d-%02dT%02d:%02d:%02d.000Z" % tuple(t[:6])

def links(items):
    return [{k: l.get(k) for k in ("rel", "type", "href", "title") if l.get(k) is not None} for l in (items or [])]

d = feedparser.parse(sys.stdin.buffer.read())
f = d.get("feed", {})
exc = d.get("bozo_exception")
out = {
    "bozo": 1 if d.get("bozo") else 0,
    "bozo_exception": ("%s: %s" % (type(exc).__name__, exc)) if exc is not None else None,
    "version": d.get("version") or "",
    "encoding": d.get("encoding"),
    "feed": {
        "title": f.get("title"),
        "link": f.get("link"),
        "links": links(f.get("links")),
        "subtitle": f.get("subtitle"),
        "language": f.get("language"),
        "updated": f.get("updated"),
    },
    "entries": [
        {
            "title": e.get("title"),
            "link": e.get("link"),
            "id": e.get("id"),
            "published": e.get("published"),
            "published_parsed": iso(e.get("published_parsed")),
            "updated": e.get("updated"),
            "updated_parsed": iso(e.get("updated_parsed")),
            "author": e.get("author"),
            "summary": e.get("summary"),
            "tags": [{"term": t.get("term"), "scheme": t.get("scheme"), "label": t.get("label")} for t in (e.get("tags") or [])],
            "links": links(e.get("links")),
        }
        for e in d.get("entries", [])
    ],
}
json.dump(out, sys.stdout, default=str)
`;

/**
 * Parses a feed given as XML text, a Buffer, or a file path (a string not starting with '<').
 * Throws if /usr/bin/python3 cannot import feedparser (message: FEEDPARSER_MISSING).
 */
export async function parseFeed(xmlOrPath: string | Buffer): Promise<ParsedFeed> {
  let input: Buffer;
  if (Buffer.isBuffer(xmlOrPath)) input = xmlOrPath;
  else if (xmlOrPath.replace(/^\uFEFF/, '').trimStart().startsWith('<')) input = Buffer.from(xmlOrPath, 'utf8');
  else if (existsSync(xmlOrPath)) input = readFileSync(xmlOrPath);
  else throw new Error(`parseFeed: not XML (does not start with '<') and no such file: ${xmlOrPath.slice(0, 200)}`);

  const { code, stdout, stderr, error } = await new Promise<{ code: number | null; stdout: string; stderr: string; error?: Error }>((resolve) => {
    const child = spawn(PYTHON, ['-I', '-c', SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (spawnError) => resolve({ code: null, stdout: '', stderr: '', error: spawnError }));
    child.on('close', (exitCode) => resolve({ code: exitCode, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => {}); // EPIPE if python exits early (e.g. feedparser missing)
    child.stdin.end(input);
  });
  if (error || code === 42) throw new Error(FEEDPARSER_MISSING, { cause: error });
  if (code !== 0) throw new Error(`feedparser (${PYTHON}) failed with exit code ${code}:\n${stderr}`);
  return JSON.parse(stdout) as ParsedFeed;
}

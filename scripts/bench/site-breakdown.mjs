// Where a built site's bytes and files go, by kind of output, and what that means for the static hosts'
// limits: the bench's account of the site, for ours and the reference alike (both put paper pages under
// papers/, days under days/, and Pagefind's index in folders named pagefind…).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { HOST_LIMITS } from '../../src/publish/host-limits.ts';

/** Kinds in the order the table shows them. */
export const KINDS = ['paper pages', 'day pages', 'week and month pages', 'topic pages', 'search index', 'data API', 'feeds', 'other'];

/** The kind of a file, from its path relative to the site's root (with `/` separators). */
export function kindOf(file) {
  const [top] = file.split('/');
  if (/(^|\/)rss\.xml$/.test(file) || file.endsWith('.opml') || top === 'feeds') return 'feeds';
  if (top === 'papers') return 'paper pages';
  if (top === 'days') return 'day pages';
  if (top === 'weeks' || top === 'months') return 'week and month pages';
  if (top === 'topics') return 'topic pages';
  if (top.startsWith('pagefind')) return 'search index';
  if (top === 'api') return 'data API';
  return 'other';
}

/** Bytes and files of each kind under `folder` (file contents, not blocks: what a host counts). */
export function siteBreakdown(folder) {
  const kinds = new Map(KINDS.map((kind) => [kind, { bytes: 0, files: 0 }]));
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const kind = kinds.get(kindOf(path.relative(folder, full).split(path.sep).join('/')));
    kind.files += 1;
    kind.bytes += statSync(full).size;
  }
  return kinds;
}

/** The hosts' limits on a whole site (not on one file). */
export const SITE_LIMITS = HOST_LIMITS.filter((limit) => limit.what !== 'file bytes');

/**
 * For each host limit on a whole site: how far this site is from it, and the archive size at which a site
 * growing at this many bytes (or files) per paper passes it.
 */
export function hostFit({ bytes, files, papers }) {
  return SITE_LIMITS.map((limit) => {
    const used = limit.what === 'bytes' ? bytes : files;
    return { host: limit.host, what: limit.what, max: limit.max, share: used / limit.max, papersAtLimit: Math.floor((limit.max / used) * papers) };
  });
}

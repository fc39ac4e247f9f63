/**
 * Where a built site stands against the limits of the static hosts people deploy to. A site that passes
 * one fails to deploy there (the daily workflow uploads the whole site), so the build warns from 80 % on.
 * Figures as the hosts document them: GitHub Pages 1 GB a site; Cloudflare Pages 20,000 files on the free
 * plan, 100,000 on paid plans and 25 MiB a file; GitLab Pages 1 GB and 200,000 files.
 */
import { maxFragmentFiles, MOST_TEXTS_PER_FILE } from '../index/search-text-files.ts';
import { grouped } from '../text/count.ts';

export interface SiteSize {
  bytes: number;
  files: number;
  /** The largest single file, for per-file limits. */
  largest: { file: string; bytes: number };
}

interface Limit {
  host: string;
  what: 'bytes' | 'files' | 'file bytes';
  max: number;
}

const GB = 1000 ** 3;
const MIB = 1024 ** 2;

export const HOST_LIMITS: readonly Limit[] = [
  { host: 'GitHub Pages', what: 'bytes', max: 1 * GB },
  { host: 'GitLab Pages', what: 'bytes', max: 1 * GB },
  { host: 'GitLab Pages', what: 'files', max: 200_000 },
  { host: 'Cloudflare Pages (Free)', what: 'files', max: 20_000 },
  { host: 'Cloudflare Pages (paid)', what: 'files', max: 100_000 },
  { host: 'Cloudflare Pages', what: 'file bytes', max: 25 * MIB },
];

/** Warn from this share of a limit on. */
export const NEAR = 0.8;

export const megabytes = (bytes: number) => `${grouped(Math.round(bytes / 1e6))} MB`;

function describe(limit: Limit): string {
  if (limit.what === 'files') return `${grouped(limit.max)} files`;
  if (limit.what === 'file bytes') return `${limit.max / MIB} MiB a file`;
  return `${limit.max / GB} GB`;
}

/** One line per host limit the site passes or comes within 80 % of; none when it fits everywhere with room. */
export function hostLimitWarnings(size: SiteSize): string[] {
  const warnings: string[] = [];
  for (const limit of HOST_LIMITS) {
    const value = limit.what === 'bytes' ? size.bytes : limit.what === 'files' ? size.files : size.largest.bytes;
    const share = value / limit.max;
    if (share < NEAR) continue;
    const amount = limit.what === 'files' ? `${grouped(value)} files` : limit.what === 'bytes' ? megabytes(value) : `${size.largest.file} is ${megabytes(value)}`;
    warnings.push(`${share >= 1 ? 'over' : 'near'} the limit of ${limit.host} (${describe(limit)}): ${amount}, ${Math.round(share * 100)} % of it`);
  }
  return warnings;
}

/**
 * For each files limit the site passes or nears while each paper's search text has a file of its own: the
 * fewest texts a file (search-text-files.ts; 2, 4, 8…) that bring the site under 80 % of it, and the files it
 * would then have (one text file per so many papers instead of one each; a bundle may round up by one).
 * Nothing for a limit no setting brings it under.
 */
export function textsPerFileHints(size: SiteSize, papers: number, textsPerFile: number): string[] {
  if (textsPerFile !== 1 || papers === 0) return [];
  const filesWith = (texts: number) => size.files - papers + (maxFragmentFiles(papers, texts) ?? papers);
  const hints: string[] = [];
  for (const limit of HOST_LIMITS.filter(({ what, max }) => what === 'files' && size.files / max >= NEAR)) {
    let texts = 2;
    while (texts <= MOST_TEXTS_PER_FILE && filesWith(texts) / limit.max >= NEAR) texts *= 2;
    if (texts > MOST_TEXTS_PER_FILE) continue;
    const files = filesWith(texts);
    hints.push(
      `hint: for ${limit.host}, SEARCH_TEXTS_PER_FILE=${texts} puts ${texts} papers' search texts in a file: about ${grouped(files)} files, ` +
        `${Math.round((files / limit.max) * 100)} % of its limit, and searches fetch more (see "Host limits" in the README).`,
    );
  }
  return hints;
}

/** "216 MB in 21,231 files": the summary line's account of the site. */
export function sizeSummary(size: SiteSize): string {
  return `${megabytes(size.bytes)} in ${grouped(size.files)} files`;
}

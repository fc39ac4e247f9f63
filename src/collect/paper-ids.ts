import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';

const MAX_SLUG_LENGTH = 80;

/** A short, stable fingerprint of a paper's identity, for ids that need one. */
function fingerprint(identity: string): string {
  return createHash('sha256').update(identity).digest('hex').slice(0, 8);
}

/** A readable URL slug of a title, cut at a word boundary; empty when the title has no Latin-script letters or digits. */
export function titleSlug(title: string): string {
  const slug = slugify(title, { decamelize: false });
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
}

export interface IdSubject {
  /** The title the paper was first listed with (later retitles do not move its URL). */
  firstTitle: string;
  /** arXiv id when known, otherwise the normalised title (and date, for a later paper of the same title): what makes the paper itself. */
  identity: string;
  arxivId?: string;
}

/**
 * Assigns each paper a URL id. Give the papers in order of first appearance (day, then position):
 * the first paper with a slug keeps it, a later paper whose slug is taken gets a suffix made from its own
 * identity, so existing URLs never move when new days are added and no id depends on file order.
 */
export function assignPaperIds(papers: readonly IdSubject[]): string[] {
  const taken = new Set<string>();
  return papers.map((paper) => {
    const slug = titleSlug(paper.firstTitle);
    const suffix = paper.arxivId ? paper.arxivId.replace(/[^a-z0-9]+/gi, '-').toLowerCase() : fingerprint(paper.identity);
    let id = slug || `paper-${suffix}`;
    if (taken.has(id)) id = `${slug || 'paper'}-${suffix}`;
    // Only a pathological input (the same suffix twice) gets here; a counter keeps ids unique regardless.
    for (let n = 2; taken.has(id); n++) id = `${slug || 'paper'}-${suffix}-${n}`;
    taken.add(id);
    return id;
  });
}

import type { Paper } from '../../collect/schema.ts';
import { count } from '../../text/count.ts';

/**
 * Who wrote a paper, as one line of text: "Ada, Alan", "Ada, Alan and 3 more" (cards), every name
 * (`full`, the paper page), or "3 authors" when only the count is known; an organisation follows.
 */
export function byline(paper: Pick<Paper, 'authors' | 'authorCount' | 'organization'>, full = false): string {
  const { authors, authorCount, organization } = paper;
  const total = authors?.length ?? authorCount;
  const names = authors && (full || authors.length <= 3 ? authors.join(', ') : `${authors.slice(0, 2).join(', ')} and ${authors.length - 2} more`);
  const who = names || (total !== undefined ? count(total, 'author') : '');
  return [who, organization?.name].filter(Boolean).join(' · ');
}

/** A paper page lists at most this many names before the rest is folded away. */
export const AUTHORS_BEFORE_FOLD = 10;

/**
 * The start of a long author list, for the paper page: with hundreds of names ("Humanity's Last Exam" has 664),
 * the full list would push the abstract several screens down. Undefined when every name fits.
 */
export function authorPreview(authors: string[] | undefined, shown = AUTHORS_BEFORE_FOLD): { names: string; more: number; total: number } | undefined {
  // Folding away one or two names saves nothing: fold only when at least as many again are hidden.
  if (!authors || authors.length <= shown * 2) return undefined;
  return { names: authors.slice(0, shown).join(', '), more: authors.length - shown, total: authors.length };
}

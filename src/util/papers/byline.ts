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

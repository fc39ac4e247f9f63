import { readFileSync } from 'node:fs';
import path from 'node:path';

export const fixturePath = path.resolve(import.meta.dirname, '../fixtures/listings/2025-12-09.txt');
/** The real Hugging Face Daily Papers page text of 2025-12-09 (44 papers). */
export const fixtureText = readFileSync(fixturePath, 'utf8');

const CHROME = 'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community';

/** One paper as the page text shows it. */
export function paperText(title: string, date = 'Nov 28, 2024', byline = '  • 3 authors', abstract = `Abstract of ${title}.`): string {
  return `${title}\n\n${abstract}\n\n${byline}\n·\n${date}`;
}

/** A whole page-text listing: chrome, the day header, then the papers. */
export function pageText(header: string, papers: string[]): string {
  return [CHROME, header, ...papers].join('\n\n');
}

/** One item of the Hugging Face `/api/daily_papers` response, with overridable fields. */
export function apiItem(paper: Record<string, unknown> = {}, item: Record<string, unknown> = {}): Record<string, unknown> {
  const full = {
    id: '2512.01234',
    title: 'A Paper From The API',
    summary: 'First line of the abstract\nwrapped by arXiv.\n\nSecond paragraph with code at https://github.com/org/repo.',
    authors: [{ _id: 'x1', name: 'Ada Lovelace', hidden: false }, { _id: 'x2', name: 'Alan Turing', hidden: false }],
    publishedAt: '2025-12-08T18:59:59.000Z',
    upvotes: 12,
    githubRepo: 'https://github.com/org/repo',
    ai_keywords: ['tree search', 'pruning'],
    ...paper,
  };
  return {
    paper: full,
    title: full.title,
    summary: full.summary,
    publishedAt: '2025-12-09T10:00:00.000Z',
    numComments: 3,
    submittedBy: { name: 'akhaliq', fullname: 'AK' },
    ...item,
  };
}

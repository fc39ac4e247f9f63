/**
 * BibTeX for a paper, after arXiv's own export: `@misc` with `eprint`, `archivePrefix = {arXiv}` and `url`.
 * Titles and names come from listings, so every TeX special character is escaped: the entry parses in any
 * BibTeX reader and no listing text can run a TeX command when the bibliography is compiled.
 */
import { count } from '../../text/count.ts';

export interface CitablePaper {
  title: string;
  published: string;
  arxivId?: string;
  authors?: readonly string[];
  authorCount?: number;
  organization?: { name: string };
  /** Where to read it: arXiv for a known id, else the digest's own page. */
  url: string;
}

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text as a BibTeX field value: TeX specials escaped, control characters and line breaks as spaces. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/[\\{}%&$#_^~]/g, (char) => SPECIAL[char])
    .replace(/\s+/g, ' ')
    .trim();
}

/** A URL is only written when it is plain ASCII with no character TeX or BibTeX would read specially. */
function safeUrl(url: string): string | undefined {
  return /^https?:\/\/[A-Za-z0-9.\-/:?=+,;@!*'()[\]]+$/.test(url) ? url : undefined;
}

const ascii = (text: string) => text.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();

/** `dong2025reinforcement`: the first author's surname, the year and the title's first word, as arXiv does. */
export function bibtexKey(paper: Pick<CitablePaper, 'title' | 'published' | 'authors' | 'organization'>): string {
  const first = paper.authors?.[0] ?? paper.organization?.name ?? '';
  const surname = ascii(first.trim().split(/\s+/).at(-1) ?? '');
  const word = paper.title.split(/\s+/).map(ascii).find((part) => part.length > 3) ?? ascii(paper.title).slice(0, 12);
  return `${surname || 'anon'}${paper.published.slice(0, 4)}${word || 'paper'}`;
}

/** The `author` field: every listed name; `and others` where the listing only knows how many there are. */
function authorField(paper: CitablePaper): string {
  const names = (paper.authors ?? []).map(escapeBibtex).filter(Boolean);
  if (names.length > 0) return names.join(' and ');
  if (paper.organization) return `{${escapeBibtex(paper.organization.name)}} and others`;
  return 'others';
}

export function bibtexEntry(paper: CitablePaper, key = bibtexKey(paper)): string {
  const fields: [string, string][] = [
    ['title', `{${escapeBibtex(paper.title)}}`],
    ['author', authorField(paper)],
    ['year', paper.published.slice(0, 4)],
  ];
  if (paper.arxivId && /^[A-Za-z0-9./-]+$/.test(paper.arxivId)) fields.push(['eprint', paper.arxivId], ['archivePrefix', 'arXiv']);
  const url = safeUrl(paper.url);
  if (url) fields.push(['url', url]);
  if (!paper.authors?.length && paper.authorCount) fields.push(['note', `${count(paper.authorCount, 'author')}, not named in the listing`]);
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}\n`;
}

/** Several entries, each key made unique (`…a`, `…b`) so a reference manager keeps them all. */
export function bibtexFile(papers: readonly CitablePaper[]): string {
  const used = new Map<string, number>();
  return papers
    .map((paper) => {
      const base = bibtexKey(paper);
      const seen = used.get(base) ?? 0;
      used.set(base, seen + 1);
      return bibtexEntry(paper, seen === 0 ? base : `${base}${String.fromCharCode(96 + Math.min(seen, 26))}${seen > 26 ? seen : ''}`);
    })
    .join('\n');
}

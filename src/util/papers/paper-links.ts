import type { Paper } from '../../collect/schema.ts';
import { isArxivId } from '../../parse/arxiv-id.ts';

export interface PaperLink {
  label: string;
  href: string;
}


function url(base: string, path: string, query: Record<string, string> = {}): string {
  const result = new URL(path, base);
  for (const [name, value] of Object.entries(query)) result.searchParams.set(name, value);
  return result.href;
}

/**
 * The ways to read a paper, one click away: its arXiv abstract, PDF and Hugging Face page when the
 * arXiv id is known, otherwise searches for its exact title. Built with the URL API, so a title is
 * only ever a query value.
 */
export function readingLinks(paper: Pick<Paper, 'arxivId' | 'title'>): PaperLink[] {
  const id = paper.arxivId;
  if (isArxivId(id)) {
    return [
      { label: 'arXiv', href: url('https://arxiv.org', `/abs/${id}`) },
      { label: 'PDF', href: url('https://arxiv.org', `/pdf/${id}`) },
      { label: 'Hugging Face', href: url('https://huggingface.co', `/papers/${id}`) },
    ];
  }
  return [
    { label: 'Find on arXiv', href: url('https://arxiv.org', '/search/', { query: paper.title, searchtype: 'title' }) },
    { label: 'Find on Hugging Face', href: url('https://huggingface.co', '/papers', { q: paper.title }) },
  ];
}

/** Where a citation points: the arXiv abstract when the id is known, else the paper's page on this site. */
export function citationUrl(paper: Pick<Paper, 'arxivId' | 'title'>, pageUrl: string): string {
  return readingLinks(paper).find((link) => link.label === 'arXiv')?.href ?? pageUrl;
}

/** The paper's discussion on Hugging Face, where its comments are; only for a known arXiv id. */
export function discussionLink(paper: Pick<Paper, 'arxivId'>): string | undefined {
  const id = paper.arxivId;
  return isArxivId(id) ? `${url('https://huggingface.co', `/papers/${id}`)}#community` : undefined;
}

/** Every outward link of a paper, reading links first, each URL once. All are http(s) by schema or construction. */
export function paperLinks(paper: Paper): PaperLink[] {
  const links: PaperLink[] = [];
  const add = (label: string, href: string | undefined) => {
    if (href && !links.some((link) => link.href === href)) links.push({ label, href });
  };
  for (const link of readingLinks(paper)) add(link.label, link.href);
  add('Code', paper.codeUrl);
  add('Project page', paper.projectUrl);
  for (const href of paper.links) add(new URL(href).hostname.replace(/^www\./, ''), href);
  return links;
}

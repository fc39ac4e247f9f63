import type { Paper } from '../collect/schema.ts';

export interface PaperLink {
  label: string;
  href: string;
}

/** The outward links of a paper, most useful first, each URL once. All are http(s) by schema. */
export function paperLinks(paper: Paper): PaperLink[] {
  const links: PaperLink[] = [];
  const add = (label: string, href: string | undefined) => {
    if (href && !links.some((link) => link.href === href)) links.push({ label, href });
  };
  if (paper.arxivId) {
    add('arXiv', `https://arxiv.org/abs/${paper.arxivId}`);
    add('PDF', `https://arxiv.org/pdf/${paper.arxivId}`);
    add('Hugging Face', `https://huggingface.co/papers/${paper.arxivId}`);
  }
  add('Code', paper.codeUrl);
  add('Project page', paper.projectUrl);
  for (const href of paper.links) add(new URL(href).hostname.replace(/^www\./, ''), href);
  return links;
}

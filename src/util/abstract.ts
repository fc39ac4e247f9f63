/** Splits an abstract into a lead short enough for a card and the paragraphs of the whole text. */
export function splitAbstract(abstract: string, leadLength = 320): { lead: string; truncated: boolean; paragraphs: string[] } {
  const paragraphs = abstract.split(/\n{2,}/).map((paragraph) => paragraph.trim()).filter(Boolean);
  const text = paragraphs.join(' ');
  if (text.length <= leadLength) return { lead: text, truncated: false, paragraphs };
  const cut = text.slice(0, leadLength + 1);
  const space = cut.lastIndexOf(' ');
  return { lead: `${cut.slice(0, space > leadLength / 2 ? space : leadLength).replace(/[\s,;:.]+$/, '')}…`, truncated: true, paragraphs };
}

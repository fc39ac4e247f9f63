import { unbreakableSpans } from './rich-text.ts';

/** An abstract's paragraphs: listings separate them with a blank line. */
export function paragraphsOf(abstract: string): string[] {
  return abstract.split(/\n{2,}/).map((paragraph) => paragraph.trim()).filter(Boolean);
}

/**
 * Splits an abstract into a lead short enough for a card and the paragraphs of the whole text.
 * The lead is cut at a space, never inside a formula, a URL or a TeX group (`\textbf{…}`): a formula cut
 * in half would show as raw TeX, a URL cut in half would link somewhere else.
 */
export function splitAbstract(abstract: string, leadLength = 320): { lead: string; truncated: boolean; paragraphs: string[] } {
  const paragraphs = paragraphsOf(abstract);
  const text = paragraphs.join(' ');
  if (text.length <= leadLength) return { lead: text, truncated: false, paragraphs };
  const space = text.slice(0, leadLength + 1).lastIndexOf(' ');
  const end = outsideSpans(text, space > leadLength / 2 ? space : leadLength, leadLength);
  if (end >= text.length) return { lead: text, truncated: false, paragraphs };
  return { lead: `${text.slice(0, end).replace(/[\s,;:.\\]+$/, '')}…`, truncated: true, paragraphs };
}

/** The cut moved out of any span it falls in: to the span's start, or past its end when the span opens the lead. */
function outsideSpans(text: string, cut: number, leadLength: number): number {
  const spans = unbreakableSpans(text);
  // Spans can nest (a formula inside `\textbf{…}`): a few passes settle the cut; the cap only guards the loop.
  for (let moved = true, pass = 0; moved && pass < 8; pass++) {
    moved = false;
    for (const span of spans) {
      if (span.start < cut && cut < span.end) {
        cut = span.start > leadLength / 4 ? span.start : span.end;
        moved = true;
      }
    }
  }
  return cut;
}

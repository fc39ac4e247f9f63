/**
 * A page's meta description from a text: whitespace folded, kept whole when it fits, otherwise cut at
 * the last word boundary before `max` characters with an ellipsis (search engines show about 160).
 */
export function metaDescription(text: string, max = 160): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return folded;
  const head = folded.slice(0, max); // room for the ellipsis is left below
  const space = head.lastIndexOf(' ');
  const cut = space > max / 2 ? head.slice(0, space) : head.slice(0, max - 1);
  return `${cut.replace(/[\s,;:.!?\-–—]+$/, '')}…`;
}

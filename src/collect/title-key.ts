/** The form of a title used to recognise the same paper across listings: case, accents of punctuation and spacing ignored. */
export function titleKey(title: string): string {
  const normalised = title.normalize('NFKC').toLowerCase();
  const key = normalised.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  // A title without letters or digits (only emoji or symbols) is its own key, spacing aside: an empty key
  // would make every such paper the same paper.
  return key || normalised.replace(/\s+/gu, '');
}

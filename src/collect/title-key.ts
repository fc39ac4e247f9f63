/** The form of a title used to recognise the same paper across listings: case, accents of punctuation and spacing ignored. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

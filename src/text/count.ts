/** "1 paper", "1,234 papers": a number and its noun, plural when it is not one. Grouped the same on every machine. */
const groupedFormat = new Intl.NumberFormat('en-GB');

export function count(value: number, singular: string, plural = `${singular}s`): string {
  // Not through noun(): the browser scripts that bundle count() stay byte for byte as they were.
  return `${groupedFormat.format(value)} ${value === 1 ? singular : plural}`;
}

/** A number alone, grouped as count() groups it ("4,751"). */
export function grouped(value: number): string {
  return groupedFormat.format(value);
}

/** The noun alone, for a number shown apart from it ("▲ 5" then "upvotes" for screen readers). */
export function noun(value: number, singular: string, plural = `${singular}s`): string {
  return value === 1 ? singular : plural;
}

/** "· 5 upvotes" after a paper's details, nothing for a paper nobody upvoted yet (0 reads as a verdict). */
export function upvotesNote(upvotes: number): string {
  return upvotes > 0 ? ` · ${count(upvotes, 'upvote')}` : '';
}

/**
 * A search result's excerpt made from the page's plain text and the positions of its matched words
 * (what Pagefind's `content` and `locations` give), so no HTML from the index is ever parsed.
 * The first `skip` words (the title, shown above the excerpt anyway) are left out when the abstract
 * has a match.
 */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export function excerptParts(content: string, locations: readonly number[], skip: number, length = 28): ExcerptPart[] {
  const words = content.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const matches = new Set(locations);
  const firstInBody = [...matches].filter((location) => location >= skip).sort((a, b) => a - b)[0];
  const bodyStart = Math.min(skip, Math.max(0, words.length - 1));
  // A few words of context before the first match, but never back into the title.
  const start = firstInBody === undefined ? bodyStart : Math.max(bodyStart, firstInBody - 4);
  const end = Math.min(words.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > bodyStart) push('… ', false);
  for (let index = start; index < end; index++) {
    if (index > start) push(' ', false);
    if (!matches.has(index)) {
      push(words[index], false);
      continue;
    }
    // Only the word is marked, not the punctuation around it ("pruning," → "pruning").
    const [, before, word, after] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(words[index])!;
    if (before) push(before, false);
    push(word || words[index], true);
    if (after && word) push(after, false);
  }
  if (end < words.length) push(' …', false);
  return parts;
}

/**
 * "by …" for a result: the first two authors, and any the search matched (marked) wherever they are in the
 * list, then how many more. `matched` are word offsets into `authors` (Pagefind's locations, less the words
 * before the author list).
 */
export function bylineParts(authors: string, matched: readonly number[]): ExcerptPart[] {
  const names = authors.split(/,\s*/).filter(Boolean);
  const hits = new Set<number>();
  let word = 0;
  names.forEach((name, at) => {
    const length = name.split(/\s+/).filter(Boolean).length;
    if (matched.some((offset) => offset >= word && offset < word + length)) hits.add(at);
    word += length;
  });
  const shown = names.map((name, at) => ({ name, at })).filter(({ at }) => at < 2 || hits.has(at));
  const parts: ExcerptPart[] = [{ text: 'by ', mark: false }];
  shown.forEach(({ name, at }, index) => {
    if (index > 0) parts.push({ text: shown[index - 1].at === at - 1 ? ', ' : ', …, ', mark: false });
    parts.push({ text: name, mark: hits.has(at) });
  });
  const rest = names.length - shown.length;
  if (rest > 0) parts.push({ text: ` and ${rest} more`, mark: false });
  return parts;
}

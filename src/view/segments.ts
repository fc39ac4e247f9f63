/** What a title or an abstract paragraph becomes: pieces a template renders without ever emitting listing text as markup. */
export type Segment =
  /** Text, to be escaped by the renderer. */
  | { kind: 'text'; text: string }
  /** An http(s) link found in the text; `text` is what the reader sees. */
  | { kind: 'link'; href: string; text: string }
  /** A formula: `html` is whitelisted MathML (src/view/mathml.ts), the only markup a segment carries. */
  | { kind: 'math'; html: string; tex: string; display: boolean; plain: string }
  /** `\emph{…}`/`\textit{…}` and `\textbf{…}`. */
  | { kind: 'em' | 'strong'; children: Segment[] };

/** The segments as text only: links as their text, formulas in their plain form. */
export function segmentsText(segments: readonly Segment[]): string {
  let text = '';
  for (const segment of segments) {
    if (segment.kind === 'text' || segment.kind === 'link') text += segment.text;
    else if (segment.kind === 'math') text += segment.plain;
    else text += segmentsText(segment.children);
  }
  return text;
}

// C0/C1 control characters (but tab and newline), and the two non-characters XML forbids.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/**
 * Text from a listing made safe to carry anywhere (HTML, XML feeds, the search index):
 * control characters removed, lone surrogates replaced, Unicode in NFC, outer space trimmed.
 * Markup is *not* touched here: escaping is the renderer's job, and the text stays exactly what the author wrote.
 */
export function cleanText(text: string): string {
  return text.toWellFormed().replace(FORBIDDEN, '').normalize('NFC').trim();
}

/**
 * How many papers' search texts share a file. Pagefind writes each indexed page's text (title, meta and the
 * words excerpts come from) to a file of its own: one file per paper, nearly half of a site's files. Hosts that
 * count files fill up with them (Cloudflare Pages Free: 20,000 files, which 549 real days pass). Pagefind's
 * `maxFragments` puts the texts of consecutive pages (here: papers of the same days) in shared files instead.
 * The price is paid by searches: a result's text comes with its neighbours', and Pagefind's metadata names
 * each page's file. Measured on 549 real days ("reasoning", the whole first search): 228.5 kB with one text a
 * file, 281.2 kB with two, 304.9 kB with four (21,868 → 17,208 → 14,879 files in the site).
 */
export const TEXTS_PER_FILE = 1;
/** More would make every result fetch a long run of other papers' texts. */
export const MOST_TEXTS_PER_FILE = 16;

/** Pagefind's `maxFragments` for a bundle of `pages` pages; undefined for one file per text, Pagefind's default. */
export function maxFragmentFiles(pages: number, textsPerFile: number): number | undefined {
  return textsPerFile > 1 && pages > 1 ? Math.ceil(pages / textsPerFile) : undefined;
}

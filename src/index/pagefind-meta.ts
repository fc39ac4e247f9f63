/**
 * The page list of a Pagefind bundle's metadata (`pagefind.<lang>_<hash>.pf_meta`): each page's hash, which is
 * the id Pagefind gives its search results, in page order. The browser reads it to find a result's place in
 * the bundle's sort file (search-sort-file.ts).
 *
 * The file is gzip, then `pagefind_dcd` and a CBOR array: the generator's version, the pages (each an array
 * that starts with the hash, then the word count and, in Pagefind 1.6, the shared file holding its text, empty
 * when it has one of its own: search-text-files.ts), then index chunks, filters and sorts, which are not read.
 * Only the CBOR this file uses is decoded (unsigned integers, text, byte strings, arrays, maps); anything else
 * is an error, not a guess.
 */

const SIGNATURE = 'pagefind_dcd';

class Reader {
  private at = 0;
  private readonly text = new TextDecoder();
  private readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  /** A CBOR head of major type `type`: its argument (a number, a length). */
  head(type: number): number {
    const first = this.bytes[this.at++];
    if (first === undefined) throw new Error('Pagefind metadata ends early');
    if (first >> 5 !== type) throw new Error(`Pagefind metadata: expected CBOR type ${type}, found ${first >> 5} at byte ${this.at - 1}`);
    const info = first & 31;
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4 }[info];
    if (size === undefined) throw new Error(`Pagefind metadata: unsupported CBOR length at byte ${this.at - 1}`);
    let value = 0;
    for (let byte = 0; byte < size; byte++) value = value * 256 + this.bytes[this.at++];
    return value;
  }

  string(): string {
    const length = this.head(3);
    const value = this.text.decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return value;
  }

  /** Skips one item of any type this reader knows (a field a newer Pagefind added). */
  skip(): void {
    const type = this.bytes[this.at] >> 5;
    const argument = this.head(type);
    if (type === 2 || type === 3) this.at += argument;
    else if (type === 4) for (let item = 0; item < argument; item++) this.skip();
    else if (type === 5) for (let item = 0; item < 2 * argument; item++) this.skip();
    else if (type !== 0) throw new Error(`Pagefind metadata: unsupported CBOR type ${type}`);
  }

  skipSignature(): void {
    if (this.text.decode(this.bytes.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error('not Pagefind metadata');
    this.at = SIGNATURE.length;
  }
}

export interface PagefindMeta {
  version: string;
  /** Page hashes, in page order. */
  pages: string[];
}

/** The metadata's version and page list, from its decompressed bytes. */
export function readPagefindMeta(bytes: Uint8Array): PagefindMeta {
  const reader = new Reader(bytes);
  reader.skipSignature();
  reader.head(4);
  const version = reader.string();
  const count = reader.head(4);
  const pages: string[] = [];
  for (let page = 0; page < count; page++) {
    const fields = reader.head(4);
    pages.push(reader.string());
    for (let field = 1; field < fields; field++) reader.skip(); // word count, and what newer versions add
  }
  return { version, pages };
}

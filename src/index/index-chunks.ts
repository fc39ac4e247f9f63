/**
 * How finely a bundle's words are split into index chunks. A search fetches, whole, every chunk its words fall
 * in (the chunk of a word's stem and, for a word being typed, the chunk where the word itself would sort), and
 * a chunk closes once its words hold this many locations. Pagefind's default of 20,000 makes each of them
 * carry a long run of other words; at 5,000 a bundle's metadata lists four times the chunks but a search
 * fetches less. Measured on the first search, by the bytes it fetches (Pagefind's 20,000 → 5,000): "reasoning"
 * 1,453 → 1,228 kB at 100,000 generated papers, 521 → 454 kB at 30,000 and 310 → 228 kB on 549 real days;
 * "protein" 666 → 426 kB at 30,000 and 258 → 211 kB real; the time to results unchanged. Smaller chunks gained
 * little more (3,000: 457 and 234 kB) for more files (30,000 papers: 771 chunk files at 20,000, 2,188 at
 * 5,000, 2,974 at 3,000).
 */
export const INDEX_CHUNK_LOCATIONS = 5_000;

/** Pagefind takes the chunk size from this environment variable only (an unstable setting: a unit test checks it still works). */
export const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * What the hostile corpus must become, written out by hand (not derived from our parser, which is what is
 * under test): every paper of tests/fixtures/hostile/markup with its title exactly as a reader must see it,
 * and every problem tests/fixtures/hostile/broken must report.
 */

export interface ExpectedPaper {
  /** The listing file it comes from. */
  file: string;
  /** The title as pages and feeds must show it: the listing's text, control characters removed, NFC. */
  title: string;
  /** Carries markup, script or URLs that must stay text. */
  hostile?: boolean;
}

const SCRIPT = '<script>window.__pwned=1</script>';

export const MARKUP_PAPERS: ExpectedPaper[] = [
  // 2025-12-07.txt: the first title is listed twice (the second time as "Listed twice on one day!"): one page.
  { file: '2025-12-07.txt', title: 'Listed twice on one day!' },
  { file: '2025-12-07.txt', title: 'An Ordinary Paper About Transformers' },
  // 2025-12-08.json: markup in every field, escapes for control characters, unknown fields, the first item twice.
  { file: '2025-12-08.json', title: `${SCRIPT} JSON Title With ]]> Inside`, hostile: true },
  { file: '2025-12-08.json', title: 'Separators In A JSON Title' },
  // 2025-12-09.txt: markup, script, XML-breaking text and URLs that must not become links.
  { file: '2025-12-09.txt', title: `${SCRIPT}Script Tags in a Title`, hostile: true },
  { file: '2025-12-09.txt', title: '"><svg onload="window.__pwned=1"><img src=x onerror="window.__pwned=1"> Attribute Breakout', hostile: true },
  { file: '2025-12-09.txt', title: 'Links That Must Not Become Links: javascript: and data: URLs', hostile: true },
  { file: '2025-12-09.txt', title: "Template Syntax ${window.__pwned=1} {{constructor.constructor('window.__pwned=1')()}} {window.__pwned=1}", hostile: true },
  { file: '2025-12-09.txt', title: 'Meta Refresh, Base, Style, Iframe and Form Tags in Diffusion Models', hostile: true },
  // 2025-12-10.txt: Unicode and control characters.
  { file: '2025-12-10.txt', title: '大规模语言模型的推理能力研究' },
  { file: '2025-12-10.txt', title: 'نماذج اللغة الكبيرة: دراسة מודלי שפה גדולים' },
  { file: '2025-12-10.txt', title: '🤖🧠 Emoji in Titles 👩‍🔬🏳️‍🌈' },
  { file: '2025-12-10.txt', title: '🤖🧠' },
  { file: '2025-12-10.txt', title: '😀🎉' },
  { file: '2025-12-10.txt', title: 'Zalgo T\u0338\u0322\u031be\u0336\u031bs\u0337\u0321t\u0338\u0322 and Caf\u00e9 Decomposed' },
  // Control\x01Characters\x07in\x1b[31mTitle\x7f and\x85C1\x9f Too, with the controls removed.
  { file: '2025-12-10.txt', title: 'ControlCharactersin[31mTitle andC1 Too' },
];

/** Entries in the markup folder (counted by hand): 3 + 3 + 5 + 7; two of them are same-day duplicates. */
export const MARKUP_ENTRIES = 18;

/** The duplicate warnings the markup build prints: [file, line, reason]. */
export const MARKUP_DUPLICATES: [string, number, string][] = [
  ['2025-12-07.txt', 29, 'the same paper as line 13 of {dir}/2025-12-07.txt (listed once)'],
  ['2025-12-08.json', 92, 'the same paper as line 2 of {dir}/2025-12-08.json (listed once)'],
];

/** Strings from the corpus that must never appear as markup (only as escaped text). */
export const HOSTILE_MARKERS = ['__pwned', 'javascript:', 'data:text/html'];

export interface BrokenCase {
  name: string;
  /** The files read together (most cases are one file). */
  files: string[];
  /** Every problem, as [file, line, reason]; a RegExp where zod words the reason. */
  problems: [string, number, string | RegExp][];
  /** Titles of the sound entries around the broken ones, which must still be read whole (not glued to a neighbour). */
  sound?: string[];
  /** Titles of entries whose abstract has blank lines between paragraphs: read whole, the paragraphs joined. */
  joined?: string[];
  /** How many input entries the problems name (so sound + joined + broken = every entry of the input). */
  broken?: number;
}

export const BROKEN_CASES: BrokenCase[] = [
  { name: 'an empty file', files: ['2025-11-01.txt'], problems: [['2025-11-01.txt', 1, 'no papers: the file holds no day header and no entries']] },
  { name: 'the page chrome only', files: ['2025-11-02.txt'], problems: [['2025-11-02.txt', 1, 'no papers: the file holds no day header and no entries']] },
  {
    name: 'a cut-off last entry',
    files: ['2025-11-03.txt'],
    problems: [['2025-11-03.txt', 21, 'the paper starting here ("The Last Paper Is Cut Off") is cut off: the file ends before its "·" and date lines']],
    sound: ['Whole Paper Before a Cut'],
    broken: 0, // it never reached its "·": the count of "·" lines does not see it
  },
  {
    name: 'an entry missing its author line',
    files: ['2025-11-04.txt'],
    problems: [['2025-11-04.txt', 21, 'the paper "A Paper Without Its Author Line" is missing its author line ("• N authors" or an organisation) before "·" (line 24)']],
    sound: ['Fine Paper One', 'Fine Paper Two'],
    broken: 1,
  },
  {
    name: 'two files for the same day, one in each format',
    files: ['2025-11-05.json', '2025-11-05.txt'],
    problems: [
      ['2025-11-05.json', 1, 'two listing files for 2025-11-05 ({dir}/2025-11-05.json, {dir}/2025-11-05.txt): keep one'],
      ['2025-11-05.txt', 1, 'two listing files for 2025-11-05 ({dir}/2025-11-05.json, {dir}/2025-11-05.txt): keep one'],
    ],
    sound: ['Same Day As JSON', 'Same Day As Text'],
  },
  {
    name: 'a header day that disagrees with the file name',
    files: ['2025-11-06.txt'],
    problems: [['2025-11-06.txt', 11, 'the page is for "Nov 7" but the file name says 2025-11-06']],
    sound: ['A Paper Under the Wrong Header'],
  },
  {
    name: 'a file name that is not a date',
    files: ['papers-2025-11-07.txt'],
    problems: [['papers-2025-11-07.txt', 1, 'the file name must be the digest day, like 2025-12-09.txt']],
    broken: 1, // the whole file is refused
  },
  {
    name: 'a publication date after the digest day (a date without a year after it is last year, not the future)',
    files: ['2025-11-08.txt'],
    problems: [['2025-11-08.txt', 19, 'publication date 2025-11-09 is after the digest day 2025-11-08']],
    sound: ['Not From the Future: Dec 25 Without a Year Is Last Year', 'Published on the Digest Day'],
    broken: 1,
  },
  {
    name: 'invalid UTF-8 (a Latin-1 byte)',
    files: ['2025-11-09.txt'],
    problems: [['2025-11-09.txt', 23, 'not valid UTF-8 (save the listing as UTF-8)']],
    // The whole file is refused: all three entries are unread, and the build names the line to fix.
    broken: 3,
  },
  {
    name: 'JSON with wrong types',
    files: ['2025-11-10.json'],
    problems: [
      ['2025-11-10.json', 5, /^paper 1: paper\.title: .*expected string, received number/],
      ['2025-11-10.json', 30, /^paper 2: paper\.upvotes: .*expected number, received string/],
      ['2025-11-10.json', 41, /^paper 3: paper\.authors: .*expected array, received string/],
      ['2025-11-10.json', 59, /^paper 4: paper\.publishedAt: .*expected string, received number/],
    ],
    sound: ['A Fine JSON Paper Among Wrong Types'],
    broken: 4,
  },
  {
    name: 'JSON with missing fields',
    files: ['2025-11-11.json'],
    problems: [
      ['2025-11-11.json', 3, /^paper 1: paper\.id: .*received undefined/],
      ['2025-11-11.json', 19, /^paper 2: paper\.summary: .*received undefined/],
      ['2025-11-11.json', 34, /^paper 3: paper: .*expected object, received undefined/],
    ],
    sound: ['A Fine JSON Paper Among Missing Fields'],
    broken: 3,
  },
  {
    name: 'a truncated JSON file',
    files: ['2025-11-12.json'],
    problems: [['2025-11-12.json', 22, 'malformed JSON at line 22 column 16: unterminated string']],
  },
  {
    name: 'a top-level object instead of an array',
    files: ['2025-11-13.json'],
    problems: [['2025-11-13.json', 1, 'expected an array of papers (the /api/daily_papers response), found an object']],
  },
  {
    name: 'JSON nested 5,000 levels deep (used to overflow the stack and crash the build without a file name)',
    files: ['2025-11-14.json'],
    problems: [['2025-11-14.json', 1, 'malformed JSON at line 1 column 129: nested more than 128 levels deep']],
    broken: 1,
  },
  {
    name: 'javascript: and data: URLs as code link and project page',
    files: ['2025-11-15.json'],
    problems: [
      ['2025-11-15.json', 14, 'paper 1: paper.githubRepo: must be an http(s) URL'],
      ['2025-11-15.json', 32, 'paper 2: paper.projectPage: must be an http(s) URL'],
    ],
    broken: 2,
  },
  {
    name: 'a lone carriage return in a title (ambiguous: both readings named) and a paragraph break in an abstract (joined)',
    files: ['2025-11-16.txt'],
    problems: [
      [
        '2025-11-16.txt',
        13,
        'the paper "A Lone" is cut off: only 2 lines before the next paper at line 16; or lines 13–19 are one paper split by stray line breaks (between abstract paragraphs, or inside its title): join them',
      ],
    ],
    sound: ['Fine Paper After Split Lines'],
    joined: ['Two Paragraphs'],
    broken: 1,
  },
  {
    name: 'a listing saved as a web page',
    files: ['2025-11-17.html'],
    problems: [['2025-11-17.html', 1, 'unknown listing file type ".html": listings are YYYY-MM-DD.txt (page text) or YYYY-MM-DD.json (Hugging Face API)']],
  },
];

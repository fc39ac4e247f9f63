/**
 * Parser for the text of the Hugging Face Daily Papers page as copied from a browser.
 *
 * Each paper is five non-blank lines: title, abstract, byline (`• N authors` or an
 * organisation), `·`, date (`Mon D[, YYYY][ upvotes]`); an abstract with blank lines spans more. The `·` line anchors every entry,
 * so a damaged entry is reported on its own and never glued onto its neighbour.
 */
import { cleanText } from './clean-text.ts';
import { inferYear, isoDate, isRealDate, monthNumber } from './listing-dates.ts';
import type { ListingEntry, ParsedListing } from './entry.ts';
import type { ListingProblem } from './problems.ts';
import { count } from '../text/count.ts';

const PAGE_CHROME = new Set([
  'new',
  'Get trending papers in your email inbox!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
]);

const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const HEADER_DAY = new RegExp(`^${MONTH} (\\d{1,2})(?:, (\\d{4}))?$`);
const DATE_LINE = new RegExp(`^${MONTH} (\\d{1,2})(?:, (\\d{4}))?(?: (\\d+))?$`);
const AUTHOR_COUNT = /^•\s*(\d+)\s+authors?$/;
// `account Display Name`: a Hugging Face account name, a space, the display name.
const ORGANIZATION = /^([A-Za-z0-9][A-Za-z0-9._-]*) (\S.*)$/;
const MAX_ORGANIZATION_LENGTH = 200;
const ENTRY_DOT = '·';

interface Line {
  number: number;
  text: string;
}

/** Splits into lines without BOM and line-ending noise, numbering them from 1 as an editor does. */
function toLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ number: index + 1, text: cleanText(raw) }));
}

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

export function parsePageText(text: string, file: string, day: string): ParsedListing {
  const lines = toLines(text).filter((line) => line.text !== '');
  const problems: ListingProblem[] = [];
  const entries: ListingEntry[] = [];
  const problem = (line: number, reason: string) => problems.push({ file, line, reason });

  let cursor = 0;
  while (cursor < lines.length && PAGE_CHROME.has(lines[cursor].text)) cursor++;

  const header = lines[cursor];
  const headerMatch = header && HEADER_DAY.exec(header.text);
  if (!header) {
    problem(1, 'no papers: the file holds no day header and no entries');
    return { entries, problems };
  }
  if (!headerMatch) {
    problem(header.number, `expected the day header (e.g. "Dec 9") before the first paper, found ${quote(header.text)}`);
  } else {
    cursor++;
    const [, monthName, dayOfMonth, year] = headerMatch;
    const [fileYear, fileMonth, fileDay] = day.split('-').map(Number);
    const agrees =
      monthNumber(monthName) === fileMonth && Number(dayOfMonth) === fileDay && (!year || Number(year) === fileYear);
    if (!agrees) problem(header.number, `the page is for ${quote(header.text)} but the file name says ${day}`);
  }

  let segment: Line[] = [];
  for (; cursor < lines.length; cursor++) {
    const line = lines[cursor];
    if (line.text !== ENTRY_DOT) {
      segment.push(line);
      continue;
    }
    const dateLine = lines[cursor + 1];
    const dateMatch = dateLine && DATE_LINE.exec(dateLine.text);
    if (!dateMatch) {
      problem(
        dateLine?.number ?? line.number,
        dateLine
          ? `expected a date line like "Oct 17, 2024" after "·" (line ${line.number}), found ${quote(dateLine.text)}`
          : `the file ends after "·" (line ${line.number}) without the date line`,
      );
      reportCutOff(segment, problem);
    } else {
      cursor++; // the date line belongs to this entry
      const entry = readEntry(segment, line, dateLine, dateMatch, { file, day, position: entries.length }, problem);
      if (entry) entries.push(entry);
    }
    segment = [];
  }
  if (segment.length > 0) {
    problem(
      segment[0].number,
      `the paper starting here (${quote(segment[0].text)}) is cut off: the file ends before its "·" and date lines`,
    );
  }
  // Only the chrome and the day: an empty day, which the digest keeps and warns about.
  return { entries, problems };
}

type Report = (line: number, reason: string) => void;

/** The three parts of one paper before its `·`; the abstract may span paragraphs. */
interface PaperLines {
  title: Line;
  abstract: string;
  byline: Line;
}

// Hugging Face titles are well under this; a longer line is a paragraph.
const MAX_TITLE_LENGTH = 300;

/** A line that cannot be a title: titles do not end like a sentence or a clause, and are not paragraph-long. */
function cannotBeTitle(line: Line): boolean {
  return /[.,;:]$/.test(line.text) || line.text.length > MAX_TITLE_LENGTH;
}

/**
 * Checks that the lines before a `·` are exactly one paper's title, abstract and byline, and says
 * precisely what is wrong when they are not. More than three lines are either one paper whose abstract
 * has blank lines between paragraphs (joined, when the line that would start another paper reads as prose)
 * or a cut-off paper in front of a whole one: then the leading lines are reported and the last three are
 * still read as the paper they introduce. Returns undefined when there is no whole paper.
 */
function paperLines(segment: Line[], dot: Line, problem: Report): PaperLines | undefined {
  if (segment.length === 0) {
    problem(dot.number, '"·" with no paper before it');
    return undefined;
  }
  if (segment.length === 1) {
    problem(segment[0].number, `the paper ${quote(segment[0].text)} has no abstract and no author line before "·"`);
    return undefined;
  }
  if (segment.length === 2) {
    const missing = AUTHOR_COUNT.test(segment[1].text) ? 'its abstract' : 'its author line ("• N authors" or an organisation)';
    problem(segment[0].number, `the paper ${quote(segment[0].text)} is missing ${missing} before "·" (line ${dot.number})`);
    return undefined;
  }
  const byline = segment.at(-1)!;
  if (segment.length > 3 && isParagraphBreak(segment)) {
    return { title: segment[0], abstract: segment.slice(1, -1).map((line) => line.text).join('\n\n'), byline };
  }
  reportCutOff(segment, problem);
  const [title, abstract] = segment.slice(-3);
  return { title, abstract: abstract.text, byline };
}

/** True when extra lines can only be paragraphs of one abstract: no other paper's title or author line among them. */
function isParagraphBreak(segment: Line[]): boolean {
  const body = segment.slice(1, -1);
  return !cannotBeTitle(segment[0]) && cannotBeTitle(segment.at(-3)!) && !body.some((line) => AUTHOR_COUNT.test(line.text));
}

/**
 * Lines in front of a paper's last three belong to an earlier paper that was cut off, or, when no author line
 * among them says so, possibly to the abstract of one paper with blank lines in it: say which and how.
 */
function reportCutOff(segment: Line[], problem: Report): void {
  const leading = segment.slice(0, -3);
  if (leading.length === 0) return;
  const byline = leading.find((line) => AUTHOR_COUNT.test(line.text));
  if (byline) {
    problem(leading[0].number, `the paper ${quote(leading[0].text)} is cut off: it stops after its author line (line ${byline.number}) without "·" and date`);
    return;
  }
  const next = segment.at(-3)!;
  const cutOff = `only ${count(leading.length, 'line')} before the next paper at line ${next.number}`;
  const onePaper = cannotBeTitle(leading[0])
    ? ''
    : `; or lines ${leading[0].number}–${segment.at(-1)!.number} are one paper split by stray line breaks ` +
      '(between abstract paragraphs, or inside its title): join them';
  problem(leading[0].number, `the paper ${quote(leading[0].text)} is cut off: ${cutOff}${onePaper}`);
}

function readEntry(
  segment: Line[],
  dot: Line,
  dateLine: Line,
  dateMatch: RegExpExecArray,
  where: { file: string; day: string; position: number },
  problem: Report,
): ListingEntry | undefined {
  const lines = paperLines(segment, dot, problem);
  if (!lines) return undefined;
  const { title, abstract, byline } = lines;
  let ok = true;

  const entry: ListingEntry = {
    file: where.file,
    line: title.number,
    day: where.day,
    position: where.position,
    title: title.text,
    abstract,
    published: '',
  };

  const authorCount = AUTHOR_COUNT.exec(byline.text);
  const organization = ORGANIZATION.exec(byline.text);
  if (authorCount) {
    entry.authorCount = Number(authorCount[1]);
    if (entry.authorCount < 1) {
      problem(byline.number, `author count must be at least 1, found ${quote(byline.text)}`);
      ok = false;
    }
  } else if (organization && byline.text.length <= MAX_ORGANIZATION_LENGTH && !/[.!?]$/.test(byline.text)) {
    entry.organization = { account: organization[1], name: organization[2] };
  } else {
    problem(byline.number, `expected an author line ("• 3 authors") or an organisation ("account Name"), found ${quote(byline.text)}`);
    ok = false;
  }

  const [, monthName, dayOfMonth, year, upvotes] = dateMatch;
  const month = monthNumber(monthName)!;
  const dayNumber = Number(dayOfMonth);
  const fullYear = year ? Number(year) : inferYear(month, dayNumber, where.day);
  if (!isRealDate(fullYear, month, dayNumber)) {
    problem(dateLine.number, `${quote(dateLine.text)} is not a real date`);
    ok = false;
  } else {
    entry.published = isoDate(fullYear, month, dayNumber);
    if (entry.published > where.day) {
      problem(dateLine.number, `publication date ${entry.published} is after the digest day ${where.day}`);
      ok = false;
    }
  }
  if (upvotes) entry.upvotes = Number(upvotes);
  return ok ? entry : undefined;
}

import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/text/csv.ts';

describe('toCsv', () => {
  it('quotes cells with commas, quotes and line breaks, and ends rows with CRLF', () => {
    expect(toCsv([['id', 'title'], ['a', 'Hello, "world"\nagain']])).toBe('id,title\r\na,"Hello, ""world""\nagain"\r\n');
  });
  it('keeps a spreadsheet from reading a cell as a formula', () => {
    expect(toCsv([['=HYPERLINK("http://evil")', '+1', '-2', '@SUM(A1)', 'fine']])).toBe(`"'=HYPERLINK(""http://evil"")",'+1,'-2,'@SUM(A1),fine\r\n`);
  });
  it('writes numbers and leaves missing values empty', () => {
    expect(toCsv([[1, undefined, 'x']])).toBe('1,,x\r\n');
  });
});

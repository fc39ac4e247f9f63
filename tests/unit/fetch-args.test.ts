import { describe, expect, it } from 'vitest';
import { MAX_DAYS, parseFetchArgs } from '../../src/fetch/fetch-args.ts';

const TODAY = '2025-12-10';
const parse = (...argv: string[]) => parseFetchArgs(argv, TODAY);

describe('the fetch command line', () => {
  it('reads nothing as "the recent days", one day, or a range', () => {
    expect(parse()).toEqual({ force: false, allowEmpty: false, allowFewer: false });
    expect(parse('--force')).toEqual({ force: true, allowEmpty: false, allowFewer: false });
    expect(parse('2025-12-09')).toEqual({ days: ['2025-12-09'], force: false, allowEmpty: false, allowFewer: false });
    expect(parse('2025-12-09', '--force')).toEqual({ days: ['2025-12-09'], force: true, allowEmpty: false, allowFewer: false });
    expect(parse('--from', '2025-12-08', '--to', '2025-12-10')).toEqual({ days: ['2025-12-08', '2025-12-09', '2025-12-10'], force: false, allowEmpty: false, allowFewer: false });
    expect(parse('--from=2025-12-08', '--to=2025-12-08')).toEqual({ days: ['2025-12-08'], force: false, allowEmpty: false, allowFewer: false });
  });

  it.each([
    [['2025-02-30'], /"2025-02-30" is not a real day/],
    [['12/09/2025'], /not a real day written as YYYY-MM-DD/],
    [['2025-12-11'], /in the future \(today is 2025-12-10, UTC\)/],
    [['2025-12-08', '2025-12-09'], /one day at a time/],
    [['2025-12-08', '--from', '2025-12-01', '--to', '2025-12-02'], /either a day or --from\/--to/],
    [['--from', '2025-12-01'], /--from and --to go together/],
    [['--from', '2025-12-09', '--to', '2025-12-01'], /--from 2025-12-09 is after --to 2025-12-01/],
    [['--from', '2020-01-01', '--to', '2025-12-01'], new RegExp(`more than ${MAX_DAYS} in one run`)],
    [['--since', '2025-12-01'], /Unknown option '--since'/],
  ])('refuses %j', (argv, message) => {
    expect(() => parse(...argv)).toThrow(message);
  });
});

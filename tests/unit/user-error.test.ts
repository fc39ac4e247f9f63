import { describe, expect, it } from 'vitest';
import { noPapersError } from '../../src/loader/no-papers.ts';
import { firstReport, toUserError, UserError } from '../../src/loader/user-error.ts';
import { ListingError } from '../../src/parse/problems.ts';

describe('listing errors as the user sees them', () => {
  it('are the sorted file:line: reason list, the count and the hint, with no stack', () => {
    const error = toUserError(new ListingError([{ file: 'b.txt', line: 3, reason: 'late' }, { file: 'a.txt', line: 9, reason: 'early' }])) as Error;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe('The listings have 2 problems:\na.txt:9: early\nb.txt:3: late\nFix the listings named above and build again.');
    expect(error.stack).toBe('');
  });

  it('leave a programming error as it is, stack included', () => {
    const bug = new TypeError('x is undefined');
    expect(toUserError(bug)).toBe(bug);
  });

  it('are reported once however many collections share the failure', () => {
    const failure = new ListingError([{ file: 'a.txt', line: 1, reason: 'bad' }]);
    expect([firstReport(failure), firstReport(failure), firstReport(failure)]).toEqual([true, false, false]);
    expect(firstReport(new ListingError([{ file: 'a.txt', line: 1, reason: 'bad' }]))).toBe(true);
  });
});

describe('a build with no papers', () => {
  it('names the folder as given and says how to publish an empty site on purpose', () => {
    expect(noPapersError('content/listings', 0).message).toBe(
      'No papers to publish: content/listings holds no listing files (YYYY-MM-DD.txt or YYYY-MM-DD.json). A build that would publish no papers at all is an error.\n' +
        'Add a listing to content/listings, point LISTINGS_DIR at your listings, or build an empty site on purpose with ALLOW_EMPTY_SITE=1.',
    );
    expect(noPapersError('listings', 1).message).toMatch(/^No papers to publish: the listing file in listings list no papers\./);
  });
});

import { listingNamesInWords } from '../parse/listing-format.ts';
import { UserError } from './user-error.ts';

/**
 * A build that would publish no papers at all is almost always a mistake (a wrong LISTINGS_DIR, a checkout
 * without the listings): it must not replace a published site with an empty one unless that is what was asked.
 * `folder` is relative to the project, so the message never shows a path of the build machine.
 */
export function noPapersError(folder: string, listingCount: number): UserError {
  const found =
    listingCount === 0
      ? `${folder} holds no listing files (${listingNamesInWords()})`
      : `the ${listingCount === 1 ? 'listing file' : `${listingCount} listing files`} in ${folder} list no papers`;
  return new UserError(
    `No papers to publish: ${found}. A build that would publish no papers at all is an error.\n` +
      `Add a listing to ${folder}, point LISTINGS_DIR at your listings, or build an empty site on purpose with ALLOW_EMPTY_SITE=1.`,
  );
}

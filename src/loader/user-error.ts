/**
 * How a problem in the user's listings reaches the terminal: the message alone. Astro prints an AstroError
 * with an `[AstroUserError]` header, a `Location:` inside this loader and a stack trace, none of which helps
 * someone fixing a listing; for a plain error with no stack it prints just the message.
 */
import { ListingError } from '../parse/problems.ts';

export const LISTING_HINT = 'Fix the listings named above and build again.';

/** An error the user fixes in their input: printed as its message, with no stack into our code. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
    this.stack = '';
  }
}

/** The error to hand to Astro: listing problems become one short message with the hint; anything else is a bug, kept as is. */
export function toUserError(error: unknown): unknown {
  if (error instanceof ListingError) return new UserError(`${error.message}\n${LISTING_HINT}`);
  return error;
}

const reported = new WeakSet<object>();

/**
 * The three collections share one failed run: log it once, not once per collection.
 * Returns false when this very failure was already logged.
 */
export function firstReport(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return true;
  if (reported.has(error)) return false;
  reported.add(error);
  return true;
}

/**
 * No fetch replaces known papers with fewer. An API that answers `[]` or a short list for a day it listed
 * in full before is far more often having a bad moment than un-publishing papers: the file on disk is kept
 * unless the command line says that fewer is meant.
 */
import { count } from '../text/count.ts';

export interface ShrinkFlags {
  /** Let an answer without papers replace a listing that has some. */
  allowEmpty: boolean;
  /** Let an answer with fewer (but some) papers replace a listing with more. */
  allowFewer: boolean;
}

/** Papers in the bytes of a listing file already on disk; undefined when they are not a JSON array. */
export function papersOnDisk(bytes: Uint8Array): number | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return Array.isArray(value) ? value.length : undefined;
  } catch {
    return undefined; // a broken file: replacing it loses nothing
  }
}

/** Why the answer must not replace the file (one line), or undefined when it may. */
export function shrinkRefusal(before: number | undefined, after: number, flags: ShrinkFlags, shown: string): string | undefined {
  if (before === undefined || after >= before) return undefined;
  const had = `${shown} has ${count(before, 'paper')}`;
  if (after === 0) {
    return flags.allowEmpty ? undefined : `the API answered no papers, but ${had}: kept it (an empty answer is often a passing fault; --allow-empty replaces it)`;
  }
  return flags.allowFewer ? undefined : `the API answered ${count(after, 'paper')}, but ${had}: kept it (--allow-fewer replaces it)`;
}

/**
 * One read of the listings for the three collections of a sync: each collection takes the current read
 * once, so a collection asking again (the next sync, in `astro dev`) reads the folder again. A change
 * announced by the watcher makes the next caller read again too. A read that fails is shared like one that
 * succeeds: the three collections fail on the same problem, read once. Once every collection has a read, it
 * is let go: it holds every listing's bytes, which the build no longer needs.
 */
export interface SharedRead<T, Reader extends string> {
  /** Something the read depends on changed: the current read is stale. */
  changed(): void;
  /** The current read, unless `reader` already had it or something changed since; then a new one. */
  get(reader: Reader): T;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export function sharedRead<T, Reader extends string>(read: () => T, readers: readonly Reader[]): SharedRead<T, Reader> {
  let current: { outcome: Outcome<T>; readers: Set<Reader> } | undefined;
  return {
    changed: () => {
      current = undefined;
    },
    get(reader) {
      if (!current || current.readers.has(reader)) {
        let outcome: Outcome<T>;
        try {
          outcome = { ok: true, value: read() };
        } catch (error) {
          outcome = { ok: false, error };
        }
        current = { outcome, readers: new Set() };
      }
      const { outcome } = current;
      current.readers.add(reader);
      if (current.readers.size === readers.length) current = undefined;
      if (!outcome.ok) throw outcome.error;
      return outcome.value;
    },
  };
}

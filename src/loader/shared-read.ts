/**
 * One read of the listings for the three collections of a sync: each collection takes the current read
 * once, so a collection asking again (the next sync, in `astro dev`) reads the folder again. A change
 * announced by the watcher makes the next caller read again too. A read that fails is shared like one that
 * succeeds: the three collections fail on the same problem, read once.
 */
export interface SharedRead<T> {
  /** Something the read depends on changed: the current read is stale. */
  changed(): void;
  /** The current read, unless `reader` already had it or something changed since; then a new one. */
  get(reader: string): T;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export function sharedRead<T>(read: () => T): SharedRead<T> {
  let current: { outcome: Outcome<T>; readers: Set<string> } | undefined;
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
      current.readers.add(reader);
      if (!current.outcome.ok) throw current.outcome.error;
      return current.outcome.value;
    },
  };
}

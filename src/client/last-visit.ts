/**
 * "New since your last visit": the latest digest day the reader has read (left a page of), kept in their
 * browser. A paper is new when it was first listed after that day; on a first visit nothing is new.
 */
export const VISIT_KEY = 'paper-digest:last-visit:v1';

type Store = Pick<Storage, 'getItem' | 'setItem'>;
const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The latest day read before this visit, or undefined on a first visit. */
export function lastReadDay(store: Store): string | undefined {
  try {
    const value: unknown = JSON.parse(store.getItem(VISIT_KEY) ?? 'null')?.day;
    return isDay(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers that `day` was read; never moves back (reading an old day says nothing about newer ones). */
export function markRead(store: Store, day: string): void {
  if (!isDay(day)) return;
  const previous = lastReadDay(store);
  if (previous === undefined || day > previous) store.setItem(VISIT_KEY, JSON.stringify({ day }));
}

/** Which of the papers (by their first listing day) are new to a reader who last read `previous`. */
export function isNew(firstListed: string, previous: string | undefined): boolean {
  return previous !== undefined && isDay(firstListed) && firstListed > previous;
}

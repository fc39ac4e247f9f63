/**
 * The reader's saved papers, kept in their own browser (localStorage) under a versioned key. Keyed by the
 * stable paper id, so a paper stays saved across deploys. Whatever is stored is read defensively: another
 * tab, an old version or a hand edit must never break the page or lose the other entries.
 */
export const SAVED_KEY = 'paper-digest:saved:v1';

export interface SavedPaper {
  id: string;
  title: string;
  /** The paper's page, as a path on this site. */
  path: string;
  /** A day that listed it: its /api/days/ file says whether the paper is still in the archive. */
  day: string;
  arxivId?: string;
  published?: string;
  /** ISO time it was saved: the list shows the newest first. */
  savedAt: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length < 2000;
const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

function valid(entry: unknown): entry is SavedPaper {
  if (typeof entry !== 'object' || entry === null) return false;
  const paper = entry as Record<string, unknown>;
  return isText(paper.id) && isText(paper.title) && isText(paper.path) && paper.path.startsWith('/') && isDay(paper.day) && isText(paper.savedAt);
}

/** Saved papers, newest saved first. */
export function readSaved(store: Store): SavedPaper[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(store.getItem(SAVED_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const seen = new Set<string>();
  return parsed.filter((entry): entry is SavedPaper => valid(entry) && !seen.has(entry.id) && Boolean(seen.add(entry.id))).sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

function write(store: Store, papers: SavedPaper[]): void {
  store.setItem(SAVED_KEY, JSON.stringify(papers));
}

export function isSaved(store: Store, id: string): boolean {
  return readSaved(store).some((paper) => paper.id === id);
}

export function savePaper(store: Store, paper: SavedPaper): void {
  write(store, [paper, ...readSaved(store).filter((other) => other.id !== paper.id)]);
}

export function removePaper(store: Store, id: string): void {
  write(store, readSaved(store).filter((paper) => paper.id !== id));
}

export function clearSaved(store: Store): void {
  write(store, []);
}

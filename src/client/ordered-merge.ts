/**
 * The merge of ordered result streams: each search bundle gives its results in the reader's order, and the
 * whole archive's order is their k-way merge. A stream's items may be costly to key (a bundle's sort file is
 * fetched the first time one of its results is keyed), so heads are keyed only when needed: a stream whose
 * `bound` (no item of it ranks before the bound) cannot beat the best head already keyed is left alone. `compare(a, b) < 0` puts a first
 * and must be a total order (a deterministic tie-break), so the merge is the same whatever the bundles.
 */
export interface OrderedStream<K, T> {
  /** Number of items. */
  readonly size: number;
  /** The item at `index` with its key; items come in stream order (compare(key(i), key(i + 1)) <= 0). */
  at(index: number): Promise<{ key: K; item: T }>;
  /** Ranks before or with every key of this stream, when known. */
  readonly bound?: K;
}

interface Cursor<K, T> {
  stream: OrderedStream<K, T>;
  next: number;
  head?: { key: K; item: T };
  /** Ranks before or with the stream's next item: its own bound, then the key last given from it. */
  bound?: K;
}

export class OrderedMerge<K, T> {
  private readonly cursors: Cursor<K, T>[];
  private taken = 0;

  constructor(
    streams: readonly OrderedStream<K, T>[],
    private readonly compare: (a: K, b: K) => number,
  ) {
    this.cursors = streams.filter((stream) => stream.size > 0).map((stream) => ({ stream, next: 0, bound: stream.bound }));
  }

  /** Items in all streams together. */
  get size(): number {
    return this.cursors.reduce((sum, cursor) => sum + cursor.stream.size, 0);
  }

  /** Items already given by `take`. */
  get given(): number {
    return this.taken;
  }

  /** The next `count` items in the merged order (fewer at the end). */
  async take(count: number): Promise<T[]> {
    const out: T[] = [];
    while (out.length < count) {
      const live = this.cursors.filter((cursor) => cursor.head || cursor.next < cursor.stream.size);
      if (live.length === 0) break;
      let best: Cursor<K, T> | undefined;
      for (const cursor of live) if (cursor.head && (!best || this.compare(cursor.head.key, best.head!.key) < 0)) best = cursor;
      // Streams whose next item might rank before the best known head must show it first.
      const unknown = live.filter((cursor) => !cursor.head);
      const mustKey = best
        ? unknown.filter((cursor) => cursor.bound === undefined || this.compare(cursor.bound, best.head!.key) <= 0)
        : this.mostPromising(unknown);
      if (mustKey.length > 0) {
        await Promise.all(mustKey.map(async (cursor) => (cursor.head = await cursor.stream.at(cursor.next))));
        continue;
      }
      const chosen = best!;
      out.push(chosen.head!.item);
      // A stream is in order: its next item ranks no better than the one just given.
      chosen.bound = chosen.head!.key;
      chosen.head = undefined;
      chosen.next++;
      this.taken++;
    }
    return out;
  }

  /** With no head known yet: the streams without a bound, or else the one whose bound ranks first. */
  private mostPromising(unknown: Cursor<K, T>[]): Cursor<K, T>[] {
    const unbounded = unknown.filter((cursor) => cursor.bound === undefined);
    if (unbounded.length > 0) return unbounded;
    return unknown.length === 0 ? [] : [unknown.reduce((first, cursor) => (this.compare(cursor.bound!, first.bound!) < 0 ? cursor : first))];
  }
}


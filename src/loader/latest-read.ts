/**
 * One read of something that changes, shared by whoever asks while it runs, but never older than the last
 * change announced: a caller asking after `changed()` never gets a read that started before it. An editor
 * that saves by truncating and then writing makes two changes; a read of the empty file that was already
 * under way when the second one came must not be what the dev server shows (or reports) in the end.
 */
export interface LatestRead<T> {
  /** Something the read depends on changed: reads from before now are stale. */
  changed(): void;
  /** A read at least as new as the last change. */
  get(): Promise<T>;
}

export function latestRead<T>(read: () => Promise<T>): LatestRead<T> {
  let generation = 0;
  let running: { generation: number; result: Promise<T> } | undefined;
  const get = (): Promise<T> => {
    if (running && running.generation === generation) return running.result;
    const current = { generation, result: Promise.resolve().then(read) };
    running = current;
    const done = () => {
      if (running === current) running = undefined;
    };
    current.result.then(done, done);
    return current.result;
  };
  return {
    changed: () => {
      generation++;
    },
    get,
  };
}

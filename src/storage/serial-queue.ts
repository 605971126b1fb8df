/**
 * Runs tasks one after another, in the order given. Storage has no
 * transactions: two read-modify-writes that overlap would each write back
 * what they read, and the first one's change would be lost.
 */
export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    // A failed task fails its caller, not the tasks queued after it.
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * The reader's requests first: work done in batches (a sync, deriving what it brought) calls
 * `pause()` between batches, which lets the event loop run (the next message is handled) and
 * then waits while a request of the reader's pages is being answered, so that the panel's reads
 * do not queue behind the next batch's transactions and CPU. A request holds the work back for
 * `holdMs` at most: one that takes long (a sync started from the options, a network source)
 * does not stop the work it may itself be waiting for.
 */
export interface ReaderFirst {
  /** Marks a reader's request as being answered until `answer` settles; returns it. */
  track<T>(answer: Promise<T>): Promise<T>;
  /** Resolves on a later task, once no request begun less than holdMs ago is unanswered. */
  pause(): Promise<void>;
}

/** Resolves on a later task: the event loop runs in between (a message waiting is handled). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function createReaderFirst(holdMs = 500, now: () => number = Date.now): ReaderFirst {
  /** Requests being answered, by when they stop holding work back. */
  const answering = new Map<object, number>();
  let waiters: (() => void)[] = [];
  const wake = () => {
    const waiting = waiters;
    waiters = [];
    for (const resolve of waiting) resolve();
  };
  return {
    track<T>(answer: Promise<T>): Promise<T> {
      const mark = {};
      answering.set(mark, now() + holdMs);
      return answer.finally(() => {
        answering.delete(mark);
        wake();
      });
    },
    async pause() {
      await nextTask();
      for (;;) {
        const t = now();
        const until = Math.max(0, ...[...answering.values()].filter((end) => end > t));
        if (!until) return;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, until - t);
          function done() {
            clearTimeout(timer);
            resolve();
          }
          waiters.push(done);
        });
      }
    },
  };
}

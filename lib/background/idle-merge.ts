import type { BackstoryDb } from '../db/schema';
import { mergeIndexTail, TAIL_MAX } from '../search/index-articles';

/** How long the worker must have been without indexing work before it merges the tail. */
export const IDLE_MS = 2_000;

const timers = new WeakMap<BackstoryDb, ReturnType<typeof setTimeout>>();

/**
 * Merges the search index's tail once indexing has been quiet for IDLE_MS, so that saving or
 * reading an article never waits for a merge. A worker stopped before the timer fires loses
 * nothing: the tail stays searchable, and indexing merges by itself at TAIL_HARD_MAX.
 */
export function scheduleIdleMerge(db: BackstoryDb, delayMs = IDLE_MS): void {
  clearTimeout(timers.get(db));
  timers.set(
    db,
    setTimeout(() => {
      timers.delete(db);
      mergeIndexTail(db, TAIL_MAX).catch((error: unknown) =>
        console.warn('[Backstory] search index tail not merged', error),
      );
    }, delayMs),
  );
}

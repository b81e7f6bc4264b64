import type { BackstoryDb } from '../db/schema';
import { mergeIndexTail, TAIL_MAX } from '../search/index-articles';
import { fillCopyLinks } from '../db/copy-links';

/**
 * Pages of light rows linked to their near copies per idle slice (fillCopyLinks, 200 rows each),
 * after an upgrade to schema v17: a slice is a few transactions, each short, and the next
 * slice follows while rows are left.
 */
export const IDLE_LINK_PAGES = 5;

/** How long the worker must have been without indexing work before it merges the tail. */
export const IDLE_MS = 2_000;

const timers = new WeakMap<BackstoryDb, ReturnType<typeof setTimeout>>();

/**
 * Merges the search index's tail once indexing has been quiet for IDLE_MS, so that saving or
 * reading an article never waits for a merge; then links a slice of the light rows written
 * before schema v17 to their near copies (fillCopyLinks), again until none is left. A worker
 * stopped before the timer fires loses nothing: the tail stays searchable, indexing merges by
 * itself at TAIL_HARD_MAX, and rows not linked yet are looked up by band.
 */
export function scheduleIdleMerge(db: BackstoryDb, delayMs = IDLE_MS): void {
  clearTimeout(timers.get(db));
  timers.set(
    db,
    setTimeout(() => {
      timers.delete(db);
      mergeIndexTail(db, TAIL_MAX)
        .catch((error: unknown) => console.warn('[Backstory] search index tail not merged', error))
        .then(() => fillCopyLinks(db, IDLE_LINK_PAGES))
        .then(
          (more) => more && !timers.has(db) && scheduleIdleMerge(db, delayMs),
          (error: unknown) => console.warn('[Backstory] copies not linked', error),
        );
    }, delayMs),
  );
}

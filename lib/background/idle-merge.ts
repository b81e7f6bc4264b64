import type { BackstoryDb } from '../db/schema';
import { mergeIndexTail, TAIL_MAX } from '../search/index-articles';
import { fillCopyLinks, LINK_PAGE } from '../db/copy-links';
import { nextTask } from '../timing/reader-first';

/**
 * Pages of light rows linked to their near copies per idle slice (fillCopyLinks, 200 rows each),
 * after an upgrade to schema v17: a slice is a few transactions, each short, and the next
 * slice follows while rows are left.
 */
export const IDLE_LINK_PAGES = 5;

/** How long the worker must have been without indexing work before it merges the tail. */
export const IDLE_MS = 2_000;

/** The idle work of one database: its timer, whether a slice runs, how it lets the reader in. */
interface IdleState {
  timer?: ReturnType<typeof setTimeout>;
  running: boolean;
  /** The timer fired while a slice ran: one more slice after it. */
  again: boolean;
  pause: () => Promise<void>;
  pages: number;
  page: number;
}

const states = new WeakMap<BackstoryDb, IdleState>();

function stateOf(db: BackstoryDb): IdleState {
  let s = states.get(db);
  if (!s) {
    s = { running: false, again: false, pause: nextTask, pages: IDLE_LINK_PAGES, page: LINK_PAGE };
    states.set(db, s);
  }
  return s;
}

/**
 * Merges the search index's tail once indexing has been quiet for IDLE_MS, so that saving or
 * reading an article never waits for a merge; then links a slice of the light rows not linked
 * yet (written before schema v17, or by a large import) to their near copies (fillCopyLinks),
 * again until none is left. A worker stopped before the timer fires loses nothing: the tail
 * stays searchable, indexing merges by itself at TAIL_HARD_MAX, and rows not linked yet are
 * looked up by band. Each call puts the slice off again: indexing is the reader reading.
 */
export function scheduleIdleMerge(db: BackstoryDb, delayMs = IDLE_MS): void {
  const s = stateOf(db);
  clearTimeout(s.timer);
  s.timer = setTimeout(() => {
    s.timer = undefined;
    if (s.running) {
      s.again = true;
      return;
    }
    s.running = true;
    void idleSlice(db, s).then((more) => {
      s.running = false;
      const again = s.again;
      s.again = false;
      if ((more || again) && !s.timer) scheduleIdleMerge(db, delayMs);
    });
  }, delayMs);
}

/**
 * Starts the idle work when the worker starts, with no indexing to wait for: an archive
 * upgraded to v17 gets its rows linked though nothing new is read (one slice of `pages` pages
 * of `page` rows per quiet IDLE_MS, `pause()` before each page, the reader's requests first). A
 * worker stopped mid-slice loses at most the page it was on (fillCopyLinks keeps its progress
 * with each page); the next start goes on from there.
 */
export function startIdleWork(
  db: BackstoryDb,
  options: {
    pause?: () => Promise<void>;
    delayMs?: number;
    pages?: number;
    page?: number;
  } = {},
): void {
  const s = stateOf(db);
  if (options.pause) s.pause = options.pause;
  if (options.pages) s.pages = options.pages;
  if (options.page) s.page = options.page;
  scheduleIdleMerge(db, options.delayMs);
}

/** One idle slice: the tail merged if full, then up to `s.pages` pages linked; whether rows are left. */
async function idleSlice(db: BackstoryDb, s: IdleState): Promise<boolean> {
  if (db.hasBeenClosed()) return false;
  await mergeIndexTail(db, TAIL_MAX).catch((error: unknown) =>
    console.warn('[Backstory] search index tail not merged', error),
  );
  try {
    for (let n = 0; n < s.pages; n++) {
      await s.pause();
      if (!(await fillCopyLinks(db, 1, s.page))) return false;
    }
    return true;
  } catch (error) {
    console.warn('[Backstory] copies not linked', error);
    return false;
  }
}

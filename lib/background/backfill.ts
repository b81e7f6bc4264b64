import type { BackstoryDb, StoredArticle } from '../db/schema';
import { indexArticles } from '../search/index-articles';
import { nextTask } from '../timing/reader-first';

/**
 * The version of what is derived from stored articles (search index entries, stories). Bump it
 * when that changes — new entity ids (schema v6), stories (v7) — and every worker that wakes
 * brings the old articles up to date, in the background.
 */
export const DERIVED_VERSION = 1;

/** How far the backfill got: articles with a primary key ≤ `doneThrough` are up to date. */
export interface BackfillState {
  version: number;
  doneThrough: number;
  complete: boolean;
}

export interface BackfillDeps {
  db: BackstoryDb;
  read(): Promise<BackfillState | null>;
  write(state: BackfillState): Promise<void>;
  /** Derived work per batch besides the search index (stories); must be idempotent. */
  extra?(articles: StoredArticle[]): Promise<void>;
  /** Lets other work (the reader's messages) in between batches. */
  pause?(): Promise<void>;
}

const BATCH = 100;

/** What is derived from articles: their search index entries, then `extra` (stories). */
async function deriveFor(
  db: BackstoryDb,
  articles: StoredArticle[],
  extra: BackfillDeps['extra'],
): Promise<void> {
  await indexArticles(
    db,
    articles.map((article) => ({ article })),
  );
  await extra?.(articles);
}

/**
 * Brings every stored article's derived data up to DERIVED_VERSION, a batch at a time in
 * primary-key order, recording progress after each batch: a worker stopped half-way goes on
 * where it stopped. Idempotent work only (indexing an unchanged article changes nothing).
 * Returns how many articles it went through.
 */
export async function runBackfill(deps: BackfillDeps): Promise<number> {
  const saved = await deps.read();
  let state: BackfillState =
    saved?.version === DERIVED_VERSION
      ? saved
      : { version: DERIVED_VERSION, doneThrough: 0, complete: false };
  if (state.complete) return 0;
  let count = 0;
  for (;;) {
    const batch = await deps.db.articles
      .where(':id')
      .above(state.doneThrough)
      .limit(BATCH)
      .toArray();
    if (!batch.length) break;
    await deriveFor(deps.db, batch, deps.extra);
    count += batch.length;
    state = { ...state, doneThrough: batch.at(-1)!.id! };
    await deps.write(state);
    await (deps.pause?.() ?? nextTask());
  }
  await deps.write({ ...state, complete: true });
  return count;
}

/**
 * One backfill at a time: a call while one runs gets that run. Imports no longer come through
 * here; their derived data is completed from `pendingDerive` (derive-pending.ts).
 */
export function createBackfillRunner(deps: BackfillDeps) {
  let running: Promise<void> | null = null;
  return {
    run: (): Promise<void> =>
      (running ??= runBackfill(deps)
        .then(() => {})
        .finally(() => {
          running = null;
        })),
  };
}

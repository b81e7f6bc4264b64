import type { BackstoryDb, StoredArticle, StoredEntity } from '../db/schema';
import { indexArticles, removeFromIndex } from '../search/index-articles';
import { removeFromStories } from '../stories';
import { nextTask } from '../timing/reader-first';

export interface DeriveDeps {
  db: BackstoryDb;
  /** The entities of an article stored without (an old export file). */
  annotate(article: StoredArticle): StoredEntity[];
  /** Puts articles in their stories; idempotent. */
  extra(articles: StoredArticle[]): Promise<void>;
  /** Lets other work (the reader's messages) in between batches. */
  pause?(): Promise<void>;
}

const BATCH = 50;
/** Articles put in their stories per transaction (lib/background/handlers.ts addAllToStories). */
const STORY_CHUNK = 10;

/**
 * Completes the derived data of the articles pending derivation (lib/db/schema.ts
 * PendingDerive): entities when missing, the search index entry unless already there, the
 * story; then forgets them. Without `all`, only those an import already indexed (the import is
 * doing the others); at start-up, all. Every step is idempotent, so a worker stopped part-way
 * redoes a batch at worst. Returns how many articles it went through.
 */
export async function derivePending(deps: DeriveDeps, all = false): Promise<number> {
  const { db } = deps;
  const pause = () => deps.pause?.() ?? nextTask();
  let count = 0;
  for (;;) {
    const batch = await (all ? db.pendingDerive : db.pendingDerive.where('indexed').equals(1))
      .limit(BATCH)
      .toArray();
    if (!batch.length) return count;
    const keys = batch.map((p) => p.key);
    const indexed = new Set(batch.filter((p) => p.indexed).map((p) => p.key));
    // An article deleted meanwhile has nothing left to derive.
    const rows = await db.articles.where('key').anyOf(keys).toArray();
    const found: StoredArticle[] = [];
    for (const row of rows) {
      if (row.entities) continue;
      row.entities = deps.annotate(row);
      row.entityIds = row.entities.map((e) => e.id);
      found.push(row);
      await pause();
    }
    // Only these two fields, in one transaction: a read of an article meanwhile keeps its count.
    if (found.length) {
      await db.articles.bulkUpdate(
        found.map((row) => ({
          key: row.id!,
          changes: { entities: row.entities, entityIds: row.entityIds },
        })),
      );
    }
    const toIndex = rows.filter((r) => !indexed.has(r.key));
    if (toIndex.length) {
      await indexArticles(
        db,
        toIndex.map((article) => ({ article })),
      );
    }
    for (let i = 0; i < rows.length; i += STORY_CHUNK) {
      await deps.extra(rows.slice(i, i + STORY_CHUNK));
      await pause();
    }
    // Only the rows read: one put again meanwhile (a new import) stays for the next run.
    await db.transaction('rw', db.pendingDerive, async () => {
      const now = await db.pendingDerive.bulkGet(keys);
      const done = batch.filter((p, i) => now[i]?.indexed === p.indexed).map((p) => p.key);
      await db.pendingDerive.bulkDelete(done);
    });
    count += rows.length;
    await pause();
  }
}

/**
 * One run at a time; `run()` during a run makes it go round again (a new import chunk).
 * `run(true)` derives every pending article, not only those an import indexed (sync's).
 */
export function createDeriveRunner(deps: DeriveDeps) {
  let running: Promise<void> | null = null;
  let again = false;
  let all = false;
  const run = (everything = false): Promise<void> => {
    again = true;
    all ||= everything;
    if (running) return running;
    running = (async () => {
      while (again) {
        again = false;
        const e = all;
        all = false;
        await derivePending(deps, e);
      }
    })().finally(() => {
      running = null;
    });
    return running;
  };
  return { run };
}

/**
 * The start-up check that every stored article has its derived data, whatever stopped the
 * worker (an import, a report stored but not yet indexed or grouped): cheap when all is well
 * (counts of articles, index entries and story members agree, nothing pending). When they
 * disagree, the articles missing from the index or the stories are found by key and derived,
 * and index entries and story members left by an article that is gone (a worker stopped while
 * deleting it) are removed: the counts agree afterwards, and the next start is cheap again.
 * Returns how many articles were brought up to date.
 */
export async function catchUpDerived(deps: DeriveDeps): Promise<number> {
  const { db } = deps;
  const [articles, indexed, grouped] = await Promise.all([
    db.articles.count(),
    db.searchDocs.count(),
    db.storyMembers.count(),
  ]);
  if (articles !== indexed || articles !== grouped) {
    // One snapshot: an article is always written before its index entry and story member, so
    // an entry without its article here is one left behind.
    const [keys, inIndex, inStories] = await db.transaction(
      'r',
      [db.articles, db.searchDocs, db.storyMembers],
      () =>
        Promise.all([
          db.articles.orderBy('key').keys() as Promise<string[]>,
          db.searchDocs.toCollection().primaryKeys(),
          db.storyMembers.toCollection().primaryKeys(),
        ]),
    );
    const indexedKeys = new Set(inIndex);
    const groupedKeys = new Set(inStories);
    const missing = keys.filter((k) => !indexedKeys.has(k) || !groupedKeys.has(k));
    const stored = new Set(keys);
    // Unless stored again since (a report at start-up).
    const gone = async (key: string) => !(await db.articles.where('key').equals(key).count());
    for (const key of inIndex.filter((k) => !stored.has(k))) {
      if (!(await gone(key))) continue;
      await removeFromIndex(db, key).catch((error: unknown) =>
        console.warn('[Backstory] orphan index entry not removed', error),
      );
    }
    for (const key of inStories.filter((k) => !stored.has(k))) {
      if (!(await gone(key))) continue;
      await removeFromStories(db, key).catch((error: unknown) =>
        console.warn('[Backstory] orphan story member not removed', error),
      );
    }
    const already = new Set(await db.pendingDerive.toCollection().primaryKeys());
    await db.pendingDerive.bulkPut(
      missing.filter((k) => !already.has(k)).map((key) => ({ key, indexed: 0 as const })),
    );
  }
  return derivePending(deps, true);
}

import type { BackstoryDb } from '../db/schema';

/** What changed on this device since a time: the articles to send and the deletions. */
export interface OutgoingChanges {
  keys: string[];
  /** Deletions, and redirects (`into`) of articles folded into another (merge.ts). */
  deleted: { key: string; at: number; into?: string }[];
}

/**
 * What goes out: every article read, saved or taken out of the archive, decided on ("Not this
 * story", put back) or imported at or after `since` (epoch ms), found by index, and the
 * deletions since then. Reading history last read before `cutoff` (the retention period) stays
 * home, and a deletion undone by a later read is sent as the article. Merged rows keep the
 * times of the device they came from, earlier than this device's last sync, so they do not go
 * back out.
 */
export async function collectChanges(
  db: BackstoryDb,
  since: number,
  cutoff = 0,
): Promise<OutgoingChanges> {
  const idx = ['lastReadAt', 'savedChangedAt', 'importedAt', 'decision.at'];
  const ids = new Set<number>();
  for (const i of idx) {
    for (const id of await db.articles.where(i).aboveOrEqual(since).primaryKeys()) {
      ids.add(id as number);
    }
  }
  const keys: string[] = [];
  const all = [...ids];
  // By primary key, a chunk at a time (anyOf over thousands of keys is far slower).
  for (let i = 0; i < all.length; i += 500) {
    for (const r of await db.articles.bulkGet(all.slice(i, i + 500))) {
      if (!r) continue;
      if (r.savedAt !== undefined || r.lastReadAt >= cutoff || (r.importedAt ?? 0) >= cutoff) {
        keys.push(r.key);
      }
    }
  }
  const tombstones = await db.syncTombstones.where('at').aboveOrEqual(since).toArray();
  // Stored again since (read again): not a deletion to send, whether it goes out or not.
  const present = new Set(
    (await db.articles
      .where('key')
      .anyOf(tombstones.map((t) => t.key))
      .keys()) as string[],
  );
  const deleted = tombstones
    .filter((t) => !present.has(t.key))
    .map(({ key, at, into }) => ({ key, at, ...(into !== undefined ? { into } : {}) }));
  keys.sort();
  return { keys, deleted };
}

/** Forgets tombstones that went out before `before` (epoch ms): the server has them. */
export async function dropSentTombstones(db: BackstoryDb, before: number): Promise<void> {
  await db.syncTombstones.where('at').below(before).delete();
}

import { toExported, type ExportedArticle } from '../archive/export-format';
import { MESSAGE_BUDGET_BYTES, jsonBytes } from '../archive/message-size';
import { canonicalizeStoredEntities } from './canonical-entities';
import { findSameArticle, withAlias } from './same-article';
import type { BackstoryDb, StoredArticle } from './schema';

/**
 * One page of the export, in key order, with saved HTML: the articles after the key `after`
 * (from the start when null), at most `limit` of them and, past the first, at most `budget`
 * bytes of JSON, so that a page always fits in one message. Empty when the export is done.
 */
export async function exportPage(
  db: BackstoryDb,
  after: string | null,
  limit: number,
  budget = MESSAGE_BUDGET_BYTES,
): Promise<{ articles: ExportedArticle[]; total: number }> {
  const range = after === null ? db.articles.orderBy('key') : db.articles.where('key').above(after);
  const [ids, total] = await Promise.all([
    range.limit(limit).primaryKeys() as Promise<number[]>,
    db.articles.count(),
  ]);
  const articles: ExportedArticle[] = [];
  let bytes = 0;
  // Row by row: a page of huge articles is never read whole only to be cut down.
  for (const id of ids) {
    const row = await db.articles.get(id);
    if (!row) continue; // Deleted meanwhile.
    const item = toExported(row, (await db.contents.get(row.key))?.html ?? null);
    bytes += jsonBytes(item);
    if (articles.length && bytes > budget) break;
    articles.push(item);
  }
  return { articles, total };
}

/**
 * Imports articles in one transaction: an article already there is merged (earliest first read,
 * latest last read, the larger read count, the earlier save, the text of the later read), never
 * duplicated; so is an article stored here under another address of its site, which keeps its
 * key and gets the imported one as an alias. Each is marked imported at `now` and pending
 * derivation (lib/db/schema.ts PendingDerive) in the same transaction. Returns how many were
 * added and merged.
 */
export async function importArticles(
  db: BackstoryDb,
  incoming: ExportedArticle[],
  now = Date.now(),
): Promise<{ added: number; merged: number }> {
  return db.transaction('rw', db.articles, db.contents, db.pendingDerive, async () => {
    let added = 0;
    let merged = 0;
    const existing = await db.articles
      .where('key')
      .anyOf(incoming.map((a) => a.key))
      .toArray();
    const byKey = new Map(existing.map((a) => [a.key, a]));
    const keys = new Set(incoming.map((a) => a.key));
    for (const item of incoming) {
      const { html, savedAt, entities, ...rest } = item;
      // Entities come with their index entries; a file without them leaves the old ones.
      const fields = entities ? canonicalFields({ ...rest, entities }) : rest;
      // An article stored here under another address of its site is that row (same-article.ts).
      const same = byKey.has(item.key) ? undefined : await findSameArticle(db, item);
      const old = byKey.get(item.key) ?? same;
      const row: StoredArticle = old
        ? mergeRows(old, fields, savedAt)
        : { ...fields, ...(savedAt !== null ? { savedAt } : {}) };
      if (same) {
        row.key = same.key;
        row.url = same.url;
        row.canonicalUrl = same.canonicalUrl;
        row.aliases = withAlias(same.aliases, item.key);
        keys.delete(item.key);
        keys.add(same.key);
      }
      if (old) merged += 1;
      else added += 1;
      row.importedAt = now;
      await db.articles.put(row);
      byKey.set(row.key, row);
      if (html !== null && row.savedAt !== undefined) await db.contents.put({ key: row.key, html });
    }
    await db.pendingDerive.bulkPut([...keys].map((key) => ({ key, indexed: 0 as const })));
    return { added, merged };
  });
}

/** Entities from a file get today's canonical ids (a file may predate them), and their index. */
function canonicalFields<T extends Omit<ExportedArticle, 'html' | 'savedAt'>>(fields: T) {
  const row = { ...fields } as unknown as StoredArticle;
  canonicalizeStoredEntities(row);
  return { ...fields, entities: row.entities, entityIds: row.entityIds };
}

function mergeRows(
  old: StoredArticle,
  fields: Omit<ExportedArticle, 'html' | 'savedAt'> & Pick<StoredArticle, 'entityIds'>,
  savedAt: number | null,
): StoredArticle {
  const newer = fields.lastReadAt > old.lastReadAt ? fields : {};
  const saves = [old.savedAt, savedAt ?? undefined].filter((s): s is number => s !== undefined);
  const row: StoredArticle = {
    ...old,
    ...newer,
    id: old.id,
    firstReadAt: Math.min(old.firstReadAt, fields.firstReadAt),
    lastReadAt: Math.max(old.lastReadAt, fields.lastReadAt),
    readCount: Math.max(old.readCount, fields.readCount),
  };
  if (saves.length) row.savedAt = Math.min(...saves);
  return row;
}

/**
 * Deletes one article (history and archive), leaving a tombstone for sync to send: one for its
 * key and one for each of its aliases, so that no device's record of it under another address
 * brings it back.
 */
export async function deleteArticle(
  db: BackstoryDb,
  key: string,
  now = Date.now(),
): Promise<number> {
  return db.transaction('rw', db.articles, db.contents, db.syncTombstones, async () => {
    await db.contents.delete(key);
    const rows = await db.articles.where('key').equals(key).toArray();
    await db.articles.bulkDelete(rows.map((r) => r.id!));
    await db.syncTombstones.bulkPut(tombstonesOf(rows, now));
    return rows.length;
  });
}

/** The tombstones of deleted rows: their keys and their aliases. */
function tombstonesOf(rows: StoredArticle[], at: number) {
  return rows.flatMap((r) => [r.key, ...(r.aliases ?? [])]).map((key) => ({ key, at }));
}

/** Deletes every article of a site (the host and its subdomains); returns the rows deleted. */
export async function deleteSite(
  db: BackstoryDb,
  host: string,
  now = Date.now(),
): Promise<StoredArticle[]> {
  const matches = (url: string | null) => {
    if (!url) return false;
    try {
      const h = new URL(url).hostname.replace(/^www\./, '');
      return h === host || h.endsWith(`.${host}`);
    } catch {
      return false;
    }
  };
  return db.transaction('rw', db.articles, db.contents, db.syncTombstones, async () => {
    const ids = (await db.articles
      .filter((a) => matches(a.key) || matches(a.url))
      .primaryKeys()) as number[];
    const rows = (await db.articles.bulkGet(ids)).filter((r): r is StoredArticle => !!r);
    await db.contents.bulkDelete(rows.map((r) => r.key));
    await db.articles.bulkDelete(ids);
    await db.syncTombstones.bulkPut(tombstonesOf(rows, now));
    return rows;
  });
}

/**
 * Deletes everything Backstory stored on this device, sync's keys and tombstones included (the
 * server's archive is not touched: deleting here is not deleting everywhere).
 */
export async function deleteAll(db: BackstoryDb): Promise<void> {
  const tables = [
    db.articles,
    db.contents,
    db.queue,
    db.pendingDerive,
    db.syncTombstones,
    db.syncKeys,
  ];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()));
  });
}

/**
 * Deletes reading history older than the retention period: articles read, never saved, last
 * read before `cutoff` (epoch ms) and not imported since (an import of old history keeps it a
 * full retention period from the import). Saved articles stay until deleted. Returns the rows
 * deleted.
 */
export async function pruneHistory(db: BackstoryDb, cutoff: number): Promise<StoredArticle[]> {
  // Only history: saved articles (the only ones with contents) are filtered out below.
  return db.transaction('rw', db.articles, async () => {
    const old = await db.articles
      .where('lastReadAt')
      .below(cutoff)
      .filter((a) => a.savedAt === undefined && (a.importedAt ?? 0) < cutoff)
      .toArray();
    await db.articles.bulkDelete(old.map((a) => a.id!));
    return old;
  });
}

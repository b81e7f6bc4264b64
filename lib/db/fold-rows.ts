import { withAlias } from './same-article';
import type { BackstoryDb, StoredArticle } from './schema';

/**
 * Two rows of one article (its reads under two addresses of its site, stored before schema
 * v13 found them one: same-article.ts) folded into one. The row kept is the one of the smaller
 * key (keptKey, as sync folds them); what the other had is added to it, nothing of either lost:
 * reads, saves, the saved copy, the reader's decision, the other address as an alias.
 */

/**
 * The key that one article read under two keys keeps once folded into one row: the smaller,
 * whatever the order they were read, synced or folded in, so that every device ends with the
 * same key (and none sends the other back: lib/sync/merge.ts). The other becomes an alias.
 */
export function keptKey(a: string, b: string): string {
  return a < b ? a : b;
}

/** The order in which rows of one article are kept: the smaller key first (keptKey). */
export function keptFirst(a: StoredArticle, b: StoredArticle): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The article's fields a kept row takes from the folded one when it has none. */
const FILLED = [
  'byline',
  'siteName',
  'lang',
  'publishedAt',
  'excerpt',
  'modifiedAt',
  'section',
  'imageUrl',
  'description',
] as const;

/**
 * The row `kept` becomes once `folded`, another row of the same article, is folded into it
 * (pure; the id, key and address stay `kept`'s). Reads add up (in all and per other device:
 * each row counted reads the other did not); the earliest first read and latest last read; saved
 * if either is (the earliest save, the latest save change); the latest decision and import; the
 * folded key and its aliases become aliases. The text, entities and other fields stay `kept`'s,
 * each taken from `folded` where `kept` has none. For folding a synced row into a local one as
 * well as two local rows.
 */
export function foldRows(kept: StoredArticle, folded: StoredArticle): StoredArticle {
  const row: StoredArticle = {
    ...kept,
    firstReadAt: Math.min(kept.firstReadAt, folded.firstReadAt),
    lastReadAt: Math.max(kept.lastReadAt, folded.lastReadAt),
    readCount: kept.readCount + folded.readCount,
  };
  const fill = row as unknown as Record<string, unknown>;
  for (const f of FILLED) if (fill[f] == null || fill[f] === '') fill[f] = folded[f] ?? fill[f];
  if (!row.text && folded.text) {
    row.text = folded.text;
    if (folded.textPrint) row.textPrint = folded.textPrint;
    else delete row.textPrint;
    if (folded.nearPrint) row.nearPrint = folded.nearPrint;
    else delete row.nearPrint;
    if (folded.nearBands) row.nearBands = folded.nearBands;
    else delete row.nearBands;
  }
  if (!row.captions?.length && folded.captions?.length) row.captions = folded.captions;
  if (!row.entities && folded.entities) {
    row.entities = folded.entities;
    row.entityIds = folded.entityIds ?? folded.entities.map((e) => e.id);
  }
  const reads = { ...kept.syncReads };
  for (const [device, n] of Object.entries(folded.syncReads ?? {})) {
    reads[device] = (reads[device] ?? 0) + n;
  }
  if (Object.keys(reads).length) row.syncReads = reads;
  const saves = [kept.savedAt, folded.savedAt].filter((s) => s !== undefined);
  if (saves.length) row.savedAt = Math.min(...saves);
  const latest = (a?: number, b?: number) =>
    a === undefined ? b : b === undefined ? a : Math.max(a, b);
  const savedChangedAt = latest(kept.savedChangedAt, folded.savedChangedAt);
  if (savedChangedAt !== undefined) row.savedChangedAt = savedChangedAt;
  const importedAt = latest(kept.importedAt, folded.importedAt);
  if (importedAt !== undefined) row.importedAt = importedAt;
  if (folded.decision && (!kept.decision || folded.decision.at > kept.decision.at)) {
    row.decision = folded.decision;
  }
  let aliases = kept.aliases;
  for (const key of [...(folded.aliases ?? []), folded.key]) {
    if (key !== kept.key) aliases = withAlias(aliases, key);
  }
  if (aliases?.length) row.aliases = aliases;
  return row;
}

/**
 * Folds `folded`, rows of the same article as `kept` (same-article.ts sameArticleAs), into
 * `kept`, in one transaction (the caller's, when it holds one over these tables): `kept` is
 * written as foldRows makes it (its light row with it), the saved copy moves to its key when
 * it has none, and the folded rows go with their saved copies and pending derivations. Each
 * folded key leaves a redirect for sync (a tombstone `into` the kept key, at `now`): another
 * device folds its row of that key the same way, and a device that never had it does not bring
 * it back as a second article (lib/sync/merge.ts). Their search index entries and story
 * members are the caller's to move (lib/background/fold-duplicates.ts). Returns the row kept,
 * as written.
 */
export async function foldArticleRows(
  db: BackstoryDb,
  kept: StoredArticle,
  folded: readonly StoredArticle[],
  now = Date.now(),
): Promise<StoredArticle> {
  const tables = [db.articles, db.contents, db.pendingDerive, db.syncTombstones];
  return db.transaction('rw', tables, async () => {
    const row = folded.reduce(foldRows, kept);
    const keys = folded.map((f) => f.key);
    const [own, ...others] = await db.contents.bulkGet([kept.key, ...keys]);
    const html = others.find((c) => c !== undefined)?.html;
    if (!own && html !== undefined && row.savedAt !== undefined) {
      await db.contents.put({ key: kept.key, html });
    }
    await db.contents.bulkDelete(keys);
    await db.pendingDerive.bulkDelete(keys);
    await db.articles.bulkDelete(folded.map((f) => f.id!));
    await db.articles.put(row);
    await db.syncTombstones.bulkPut(keys.map((key) => ({ key, at: now, into: kept.key })));
    return row;
  });
}

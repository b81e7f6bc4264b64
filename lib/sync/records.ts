import type { Article } from '../article';
import { articleFields } from '../db/article-fields';
import type { BackstoryDb, StoredArticle } from '../db/schema';

/**
 * An article as it travels (encrypted): what was extracted, the reads counted per device (a
 * grow-only counter: the total is their sum, so syncing twice never counts a read twice), the
 * saved flag and the decision with the time of their latest change. Entities, index entries
 * and stories are not sent: each device derives them (lib/background/derive-pending.ts).
 */
export interface ArticleRecord {
  kind: 'article';
  key: string;
  article: Article;
  firstReadAt: number;
  lastReadAt: number;
  reads: Record<string, number>;
  savedAt: number | null;
  savedChangedAt: number;
  /** The saved copy's HTML, only while saved. */
  html: string | null;
  decision: { apart: boolean; at: number } | null;
}

/** An article deleted at `at` (epoch ms): it goes everywhere unless read or changed after. */
export interface TombstoneRecord {
  kind: 'deleted';
  key: string;
  at: number;
}

/** The reader's settings (excluded sites, retention…) as one value: the latest change wins. */
export interface SettingsRecord {
  kind: 'settings';
  at: number;
  values: Record<string, unknown>;
}

/** Anything that syncs. */
export type SyncRecord = ArticleRecord | TombstoneRecord | SettingsRecord;

/** The reads counted on this device: the row's total less those synced from others. */
export function ownReads(row: StoredArticle): number {
  const others = Object.values(row.syncReads ?? {}).reduce((a, b) => a + b, 0);
  return Math.max(0, row.readCount - others);
}

/** The record of a stored article, as device `deviceId` sends it. */
export function toArticleRecord(
  row: StoredArticle,
  html: string | null,
  deviceId: string,
): ArticleRecord {
  return {
    kind: 'article',
    key: row.key,
    article: articleFields(row),
    firstReadAt: row.firstReadAt,
    lastReadAt: row.lastReadAt,
    reads: { ...row.syncReads, [deviceId]: ownReads(row) },
    savedAt: row.savedAt ?? null,
    savedChangedAt: row.savedChangedAt ?? row.savedAt ?? 0,
    html: row.savedAt !== undefined ? html : null,
    decision: row.decision ?? null,
  };
}

/**
 * What goes out: the records of the articles `keys` as stored now (an article no longer
 * there and not in `deleted` is skipped), and a tombstone for each deletion.
 */
export async function readOutgoing(
  db: BackstoryDb,
  deviceId: string,
  changes: { keys: string[]; deleted?: { key: string; at: number }[] },
): Promise<SyncRecord[]> {
  const rows = await db.articles.where('key').anyOf(changes.keys).toArray();
  const contents = await db.contents.bulkGet(rows.map((r) => r.key));
  const out: SyncRecord[] = rows.map((row, i) =>
    toArticleRecord(row, contents[i]?.html ?? null, deviceId),
  );
  for (const d of changes.deleted ?? []) out.push({ kind: 'deleted', key: d.key, at: d.at });
  return out;
}

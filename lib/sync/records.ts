import type { Article } from '../article';
import { articleFields } from '../db/article-fields';
import { MAX_ALIASES } from '../db/same-article';
import type { BackstoryDb, StoredArticle } from '../db/schema';
import { rowsWhereAnyOf } from '../db/where-any-of';

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
  /**
   * The other keys (addresses of its site) it was read under as the same article
   * (aliasList); absent when none, and in records of clients before them.
   */
  aliases?: string[];
}

/**
 * An article's keys other than `key`, as records carry them: once each, sorted, at most
 * MAX_ALIASES (the same list on every device, whatever the order they were read in).
 */
export function aliasList(keys: Iterable<string>, key: string): string[] {
  return [...new Set(keys)]
    .filter((k) => k !== key)
    .sort()
    .slice(0, MAX_ALIASES);
}

/** An article deleted at `at` (epoch ms): it goes everywhere unless read or changed after. */
export interface TombstoneRecord {
  kind: 'deleted';
  key: string;
  at: number;
  /**
   * A redirect: the article of `key` was folded into the one under `into` (the same article,
   * read under two addresses; lib/sync/merge.ts). Clients before it read a deletion of `key`.
   */
  into?: string;
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

/** Reads per device in device order, as mergeRecords leaves them (compared as JSON). */
export function byDevice(reads: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(reads).sort(([x], [y]) => (x < y ? -1 : 1)));
}

/** The record of a stored article, as device `deviceId` sends it. */
export function toArticleRecord(
  row: StoredArticle,
  html: string | null,
  deviceId: string,
): ArticleRecord {
  const aliases = aliasList(row.aliases ?? [], row.key);
  return {
    kind: 'article',
    key: row.key,
    article: articleFields(row),
    firstReadAt: row.firstReadAt,
    lastReadAt: row.lastReadAt,
    reads: byDevice({ ...row.syncReads, [deviceId]: ownReads(row) }),
    savedAt: row.savedAt ?? null,
    savedChangedAt: row.savedChangedAt ?? row.savedAt ?? 0,
    html: row.savedAt !== undefined ? html : null,
    decision: row.decision ?? null,
    ...(aliases.length ? { aliases } : {}),
  };
}

/**
 * What goes out: the records of the articles `keys` as stored now (an article no longer
 * there and not in `deleted` is skipped), and a tombstone for each deletion.
 */
export async function readOutgoing(
  db: BackstoryDb,
  deviceId: string,
  changes: { keys: string[]; deleted?: { key: string; at: number; into?: string }[] },
): Promise<SyncRecord[]> {
  const rows = await rowsWhereAnyOf(db.articles, 'key', changes.keys);
  const contents = await db.contents.bulkGet(rows.map((r) => r.key));
  const out: SyncRecord[] = rows.map((row, i) =>
    toArticleRecord(row, contents[i]?.html ?? null, deviceId),
  );
  for (const { key, at, into } of changes.deleted ?? []) {
    out.push({ kind: 'deleted', key, at, ...(into !== undefined ? { into } : {}) });
  }
  return out;
}

import type { BackstoryDb, StoredArticle } from '../db/schema';
import { removeFromIndex } from '../search/index-articles';
import { removeFromStories } from '../stories/remove-from-stories';
import { setStoryApart } from '../stories/set-apart';
import {
  toArticleRecord,
  type ArticleRecord,
  type SettingsRecord,
  type SyncRecord,
  type TombstoneRecord,
} from './records';

type KeyRecord = ArticleRecord | TombstoneRecord;

const activity = (r: ArticleRecord) =>
  Math.max(r.lastReadAt, r.savedChangedAt, r.decision?.at ?? 0);
// Ties are broken by content, never by arrival order, so every device ends the same.
const later = <T>(a: T, b: T, at: (x: T) => number): T => {
  const d = at(a) - at(b);
  if (d) return d > 0 ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
};

/**
 * Merges two versions of one article, in any order with the same result: the text of the
 * later read, earliest first read, latest last read, reads per device by the larger count,
 * the saved flag and the decision by their latest change. A deletion wins over what happened
 * before it, and loses to a read, save or decision after it.
 */
export function mergeRecords(a: KeyRecord, b: KeyRecord): KeyRecord {
  if (a.kind === 'deleted' && b.kind === 'deleted') return later(a, b, (r) => r.at);
  if (a.kind === 'deleted' || b.kind === 'deleted') {
    const [t, r] = (a.kind === 'deleted' ? [a, b] : [b, a]) as [TombstoneRecord, ArticleRecord];
    return t.at >= activity(r) ? t : r;
  }
  const text = later(a, b, (r) => r.lastReadAt);
  const reads: Record<string, number> = { ...a.reads };
  for (const [device, n] of Object.entries(b.reads)) {
    reads[device] = Math.max(reads[device] ?? 0, n);
  }
  const saved = later(a, b, (r) => r.savedChangedAt + (r.savedAt !== null ? 0.5 : 0));
  const decisions = [a.decision, b.decision].filter((d) => d !== null);
  const decision = decisions.length
    ? decisions.reduce((x, y) => later(x, y, (d) => d.at + (d.apart ? 0.5 : 0)))
    : null;
  return {
    kind: 'article',
    key: a.key,
    article: text.article,
    firstReadAt: Math.min(a.firstReadAt, b.firstReadAt),
    lastReadAt: Math.max(a.lastReadAt, b.lastReadAt),
    reads: Object.fromEntries(Object.entries(reads).sort(([x], [y]) => (x < y ? -1 : 1))),
    savedAt: saved.savedAt,
    savedChangedAt: saved.savedChangedAt,
    html: saved.savedAt === null ? null : (saved.html ?? (a === saved ? b : a).html),
    decision,
  };
}

/** The settings of latest change (ties by content). */
export function mergeSettings(a: SettingsRecord, b: SettingsRecord): SettingsRecord {
  return later(a, b, (r) => r.at);
}

/** What mergeIncoming did. */
export interface MergeResult {
  /** Each key's merged version (the local row included), to write back over conflicts. */
  merged: Map<string, KeyRecord>;
  added: number;
  updated: number;
  deleted: number;
  /** The incoming settings when newer than `localSettings`, for the caller to apply. */
  settings: SettingsRecord | null;
}

function rowOf(old: StoredArticle | undefined, r: ArticleRecord, deviceId: string): StoredArticle {
  const { [deviceId]: _own, ...others } = r.reads;
  const readCount = Object.values(r.reads).reduce((x, y) => x + y, 0);
  const textChanged = !old || old.text !== r.article.text;
  const base: StoredArticle = old ? { ...old } : ({} as StoredArticle);
  delete base.savedAt;
  delete base.decision;
  // New text: its entities are derived again (marked pending below).
  if (textChanged) {
    delete base.entities;
    delete base.entityIds;
  }
  return {
    ...base,
    ...r.article,
    key: r.key,
    firstReadAt: r.firstReadAt,
    lastReadAt: r.lastReadAt,
    readCount,
    syncReads: others,
    savedChangedAt: r.savedChangedAt,
    ...(r.savedAt !== null ? { savedAt: r.savedAt } : {}),
    ...(r.decision ? { decision: r.decision } : {}),
  };
}

/**
 * What comes in: merges decrypted records into the database, deterministically (mergeRecords)
 * and idempotently (the same records twice change nothing). New or re-written articles are
 * marked pending derivation, for the backfill to give them entities, index entry and story; a
 * deletion also leaves the index and stories; a newer decision is applied to the story.
 */
export async function mergeIncoming(
  db: BackstoryDb,
  records: SyncRecord[],
  deviceId: string,
  localSettings: SettingsRecord | null = null,
): Promise<MergeResult> {
  const byKey = new Map<string, KeyRecord>();
  let settings: SettingsRecord | null = null;
  for (const r of records) {
    if (r.kind === 'settings') settings = settings ? mergeSettings(settings, r) : r;
    else byKey.set(r.key, byKey.has(r.key) ? mergeRecords(byKey.get(r.key)!, r) : r);
  }
  // Local first: the local settings echoed back by the server are not news.
  if (settings && localSettings && mergeSettings(localSettings, settings) === localSettings) {
    settings = null;
  }
  const result: MergeResult = { merged: new Map(), added: 0, updated: 0, deleted: 0, settings };
  const gone: StoredArticle[] = [];
  const decide: { key: string; apart: boolean; at: number }[] = [];
  const keys = [...byKey.keys()];
  // Decided first, then written in bulk (not a round trip per article): the transaction, which
  // list views wait behind (articles and their light rows), stays short whatever the batch.
  await db.transaction('rw', db.articles, db.contents, db.pendingDerive, async () => {
    const olds = await db.articles.where('key').anyOf(keys).toArray();
    const oldByKey = new Map(olds.map((r) => [r.key, r]));
    const contents = await db.contents.bulkGet(olds.map((r) => r.key));
    const htmlByKey = new Map(olds.map((r, i) => [r.key, contents[i]?.html ?? null]));
    const rows: StoredArticle[] = [];
    const deletedIds: number[] = [];
    const html: { key: string; html: string }[] = [];
    const noHtml: string[] = [];
    const pending: string[] = [];
    for (const key of keys) {
      const old = oldByKey.get(key);
      const mine = old ? toArticleRecord(old, htmlByKey.get(key) ?? null, deviceId) : null;
      const merged = mine ? mergeRecords(mine, byKey.get(key)!) : byKey.get(key)!;
      result.merged.set(key, merged);
      if (JSON.stringify(merged) === JSON.stringify(mine)) continue;
      if (merged.kind === 'deleted') {
        if (!old) continue;
        noHtml.push(key);
        deletedIds.push(old.id!);
        gone.push(old);
        result.deleted += 1;
        continue;
      }
      const row = rowOf(old, merged, deviceId);
      rows.push(row);
      if (merged.savedAt !== null && merged.html !== null) html.push({ key, html: merged.html });
      else if (merged.savedAt === null) noHtml.push(key);
      if (!old || old.text !== row.text) pending.push(key);
      if (old) result.updated += 1;
      else result.added += 1;
      const d = merged.decision;
      if (d && (old?.decision?.at !== d.at || old.decision.apart !== d.apart)) {
        decide.push({ key, ...d });
      }
    }
    await Promise.all([
      rows.length ? db.articles.bulkPut(rows) : null,
      deletedIds.length ? db.articles.bulkDelete(deletedIds) : null,
      html.length ? db.contents.bulkPut(html) : null,
      noHtml.length ? db.contents.bulkDelete(noHtml) : null,
      pending.length ? db.pendingDerive.bulkPut(pending.map((key) => ({ key, indexed: 0 }))) : null,
      gone.length ? db.pendingDerive.bulkDelete(gone.map((r) => r.key)) : null,
    ]);
  });
  for (const row of gone) {
    await removeFromIndex(db, row.key);
    await removeFromStories(db, row.key, row);
  }
  // An article not grouped yet keeps the decision on its row; grouping it is the backfill's.
  for (const d of decide) await setStoryApart(db, d.key, d.apart, d.at);
  return result;
}

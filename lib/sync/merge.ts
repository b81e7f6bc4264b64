import type { Article } from '../article';
import { watchArticleWrites } from '../db/article-writes';
import { keptKey } from '../db/fold-rows';
import { dupKeyOf, isSameText, isSameTitle, normalizedWords, notePrint } from '../db/same-article';
import type { BackstoryDb, StoredArticle } from '../db/schema';
import { primaryKeysWhereAnyOf } from '../db/where-any-of';
import { fingerprintWords, type TextPrint } from '../db/text-fingerprint';
import { siteOf } from '../url/article-key';
import { removeFromIndex } from '../search/index-articles';
import { removeFromStories } from '../stories/remove-from-stories';
import { setStoryApart } from '../stories/set-apart';
import {
  aliasList,
  byDevice,
  toArticleRecord,
  type ArticleRecord,
  type SettingsRecord,
  type SyncRecord,
  type TombstoneRecord,
} from './records';

type KeyRecord = ArticleRecord | TombstoneRecord;

const activity = (r: ArticleRecord) =>
  Math.max(r.lastReadAt, r.savedChangedAt, r.decision?.at ?? 0);
/** A value as JSON: JSON.stringify, or a memo of it (jsonOnce). */
type Json = (x: unknown) => string;

/**
 * JSON.stringify, each object once: for the records of one merge (mergeIncoming), which are
 * never changed once made. A record carries its text (and saved copy): a merge of records
 * that tie compares them as JSON in several places.
 */
function jsonOnce(): Json {
  const seen = new WeakMap<object, string>();
  return (x) => {
    if (typeof x !== 'object' || x === null) return JSON.stringify(x);
    let json = seen.get(x);
    if (json === undefined) seen.set(x, (json = JSON.stringify(x)));
    return json;
  };
}

// Ties are broken by content, never by arrival order, so every device ends the same.
const later = <T>(a: T, b: T, at: (x: T) => number, json: Json = JSON.stringify): T => {
  const d = at(a) - at(b);
  if (d) return d > 0 ? a : b;
  return json(a) >= json(b) ? a : b;
};

/**
 * Merges two versions of one article, in any order with the same result: the text of the
 * later read, earliest first read, latest last read, reads per device by the larger count,
 * the saved flag and the decision by their latest change, the aliases of both. A deletion (or
 * a redirect) wins over what happened before it, and loses to a read, save or decision after it.
 */
export function mergeRecords(a: KeyRecord, b: KeyRecord, json?: Json): KeyRecord {
  if (a.kind === 'deleted' && b.kind === 'deleted') return later(a, b, (r) => r.at, json);
  if (a.kind === 'deleted' || b.kind === 'deleted') {
    const [t, r] = (a.kind === 'deleted' ? [a, b] : [b, a]) as [TombstoneRecord, ArticleRecord];
    return t.at >= activity(r) ? t : r;
  }
  const text = later(a, b, (r) => r.lastReadAt, json);
  const reads: Record<string, number> = { ...a.reads };
  for (const [device, n] of Object.entries(b.reads)) {
    reads[device] = Math.max(reads[device] ?? 0, n);
  }
  const saved = later(a, b, (r) => r.savedChangedAt + (r.savedAt !== null ? 0.5 : 0), json);
  const decisions = [a.decision, b.decision].filter((d) => d !== null);
  const decision = decisions.length
    ? decisions.reduce((x, y) => later(x, y, (d) => d.at + (d.apart ? 0.5 : 0)))
    : null;
  const aliases = aliasList([...(a.aliases ?? []), ...(b.aliases ?? [])], a.key);
  return {
    kind: 'article',
    key: a.key,
    article: text.article,
    firstReadAt: Math.min(a.firstReadAt, b.firstReadAt),
    lastReadAt: Math.max(a.lastReadAt, b.lastReadAt),
    reads: byDevice(reads),
    savedAt: saved.savedAt,
    savedChangedAt: saved.savedChangedAt,
    html: saved.savedAt === null ? null : (saved.html ?? (a === saved ? b : a).html),
    decision,
    ...(aliases.length ? { aliases } : {}),
  };
}

/** An article's record under another of its keys, `key`: its own key becomes an alias. */
export function underKey(r: ArticleRecord, key: string, json?: Json): ArticleRecord {
  if (r.key === key) return r;
  const moved = { ...r, key, aliases: [...(r.aliases ?? []), r.key] };
  return mergeRecords(moved, moved, json) as ArticleRecord;
}

/** The settings of latest change (ties by content). */
export function mergeSettings(a: SettingsRecord, b: SettingsRecord): SettingsRecord {
  return later(a, b, (r) => r.at);
}

/** What mergeIncoming did. */
export interface MergeResult {
  /** Each key's merged version (the local row included), to write back over conflicts. */
  merged: Map<string, KeyRecord>;
  /**
   * Records to send because this merge folded one article read under two keys into one row:
   * the merged article under the key kept, and a redirect from the key of each local row that
   * changed key; also the deletions of the other keys of an article deleted. Merged with what
   * the replica holds (mergeRecords) before they are written.
   */
  out: KeyRecord[];
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
  delete base.aliases;
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
    ...(r.aliases ? { aliases: r.aliases } : {}),
  };
}

/**
 * One article as this merge leaves it: under `key`, the local rows it folds (none for an
 * article new here; the first one's id is kept), the keys of records folded into it and its
 * merged version.
 */
interface Entry {
  key: string;
  rows: StoredArticle[];
  folded: string[];
  /** The local version before the merge (one row under `key`), to skip what did not change. */
  mine: KeyRecord | null;
  rec: KeyRecord;
}

/** Where one article may find another under another key: by its aliases, site and title. */
type Near = Map<string, Set<Entry>>;

const titleHint = (a: Pick<StoredArticle, 'url' | 'key' | 'title'>) =>
  `t:${siteOf(a.url ?? a.key)} ${normalizedWords(a.title ?? '')}`;

/** The article of an entry: merged, or as stored when this merge deletes it. */
function articleOf(e: Entry): (Article & { key: string; aliases?: string[] }) | undefined {
  if (e.rec.kind === 'article') return { ...e.rec.article, key: e.key, aliases: e.rec.aliases };
  return e.rows[0] && { ...e.rows[0], key: e.key };
}

/** Notes where an entry may be found (again after it folded another key in). */
function note(near: Near, e: Entry) {
  const a = articleOf(e);
  if (!a) return;
  for (const hint of [titleHint(a), ...(a.aliases ?? []).map((k) => `a:${k}`)]) {
    const set = near.get(hint);
    if (set) set.add(e);
    else near.set(hint, new Set([e]));
  }
}

/**
 * The article among `entries` that the record `r` is under another key: the one that has r's
 * key as an alias (same title), else the same site, title and text (same-article.ts). A local
 * row deleted by this merge counts as it was, so that a record of its other key does not bring
 * it back (mergeRecords decides, as for one key). Candidates come from `near`, not a scan.
 */
function sameArticleIn(
  entries: Map<string, Entry>,
  near: Near,
  r: ArticleRecord,
  prints: ReadonlyMap<string, TextPrint>,
): Entry | undefined {
  const article = { ...r.article, key: r.key };
  const candidates = new Set([
    ...(near.get(`a:${r.key}`) ?? []),
    ...(near.get(titleHint(article)) ?? []),
  ]);
  let print: string | undefined;
  let found: Entry | undefined;
  for (const e of candidates) {
    const it = articleOf(e);
    // An entry folded elsewhere since it was noted is no longer one.
    if (!it || entries.get(e.key) !== e) continue;
    if (it.aliases?.includes(r.key) && isSameTitle(it, article)) return e;
    print ??= (prints.get(r.key) ?? fingerprintWords(r.article.text)).print;
    if (!found && isSameText(it, article, print)) found = e;
  }
  return found;
}

/**
 * Folds the article `r` (with the local rows it had, `rows`) into the entry `into`: both under
 * the key kept (keptKey; a deletion's own), merged (mergeRecords).
 */
function absorb(
  entries: Map<string, Entry>,
  into: Entry,
  r: ArticleRecord,
  rows: StoredArticle[],
  json: Json,
) {
  const key = into.rec.kind === 'article' ? keptKey(into.key, r.key) : into.key;
  const rec = into.rec.kind === 'article' ? underKey(into.rec, key, json) : into.rec;
  into.rec = mergeRecords(rec, underKey(r, key, json), json);
  into.rows.push(...rows);
  into.folded.push(r.key);
  if (into.key !== key) {
    entries.delete(into.key);
    into.key = key;
    entries.set(key, into);
  }
}

/**
 * What comes in: merges decrypted records into the database, deterministically (mergeRecords)
 * and idempotently (the same records twice change nothing). New or re-written articles are
 * marked pending derivation, for the backfill to give them entities, index entry and story; a
 * deletion also leaves the index and stories; a newer decision is applied to the story.
 *
 * One article read under two addresses of its site is one row here too (same-article.ts): a
 * record under a key no row has is folded into the row that has that key as an alias, or has
 * the same site, title and text, or into another record of the batch that is that article.
 * The row keeps the smaller key (keptKey), the other becomes an alias: a local row that changes
 * key takes its saved copy and story membership along, and leaves a redirect (a tombstone
 * with `into`, at `now`) for sync to send (`out`, and the outbox). A redirect that comes in
 * folds the local row of its key into its `into` the same way, unless read after it.
 */
export async function mergeIncoming(
  db: BackstoryDb,
  records: SyncRecord[],
  deviceId: string,
  localSettings: SettingsRecord | null = null,
  now = Date.now(),
): Promise<MergeResult> {
  const json = jsonOnce();
  const byKey = new Map<string, KeyRecord>();
  let settings: SettingsRecord | null = null;
  for (const r of records) {
    if (r.kind === 'settings') settings = settings ? mergeSettings(settings, r) : r;
    else byKey.set(r.key, byKey.has(r.key) ? mergeRecords(byKey.get(r.key)!, r, json) : r);
  }
  // Local first: the local settings echoed back by the server are not news.
  if (settings && localSettings && mergeSettings(localSettings, settings) === localSettings) {
    settings = null;
  }
  const result: MergeResult = {
    merged: new Map(),
    out: [],
    added: 0,
    updated: 0,
    deleted: 0,
    settings,
  };
  const gone: StoredArticle[] = [];
  const unindexed: string[] = [];
  const decide: { key: string; apart: boolean; at: number }[] = [];
  // Sorted: a batch folds the same way whatever order its records came in.
  const keys = [...byKey.keys()].sort();
  // Decided first, then written in bulk (not a round trip per article): the transaction, which
  // list views wait behind (articles and their light rows), stays short whatever the batch.
  // Hashed before the transaction, which list views wait behind: a record's dupKey, should no
  // row have its key.
  // Each record's text is fingerprinted here once: for its dupKey, for the same article among
  // the batch's (sameArticleIn) and, noted on its row (notePrint), for the row's dupKey.
  const dupKeys = new Map<string, string | null>();
  const prints = new Map<string, TextPrint>();
  for (const [k, r] of byKey) {
    if (r.kind !== 'article') continue;
    const print = fingerprintWords(r.article.text);
    prints.set(k, print);
    dupKeys.set(k, dupKeyOf({ ...r.article, key: k }, print));
  }
  // Articles new under their key may be stored under another: looked for by alias and by
  // dupKey (an indexed get a key and a hash, issued together) before the write transaction, which list views wait
  // behind; the rows found are read again in it, by id, and kept only for a record new there.
  // A row put in between (a read stored here meanwhile) is watched for, and looked for again in
  // the write transaction when it has one of the batch's keys as an alias or one of its dupKeys.
  const articleKeys = keys.filter((k) => byKey.get(k)!.kind === 'article');
  const lookUp = (loose: string[]) => {
    const hashes = loose.flatMap((k) => dupKeys.get(k) ?? []);
    return Promise.all([
      primaryKeysWhereAnyOf(db.articles, 'aliases', loose),
      primaryKeysWhereAnyOf(db.articles, 'dupKey', hashes),
    ]).then(([a, b]) => [...a, ...b]);
  };
  const since = watchArticleWrites(db);
  try {
    let maybe = articleKeys.length
      ? await db.transaction('r', db.articles, () => lookUp(articleKeys))
      : [];
    const tables = [db.articles, db.contents, db.pendingDerive, db.storyMembers, db.syncTombstones];
    await db.transaction('rw', tables, async () => {
      const intos = keys.flatMap((k) => {
        const r = byKey.get(k)!;
        return r.kind === 'deleted' && r.into !== undefined ? [r.into] : [];
      });
      // One cursor over the batch's keys (anyOf): the parallel gets of rowsWhereAnyOf made this
      // transaction, which readers wait behind, no shorter (bench:sync: its p95 29-52 ms
      // against 28-30 ms), where the lookups before it gained tenfold.
      const olds = await db.articles
        .where('key')
        .anyOf([...keys, ...intos])
        .toArray();
      const stored = new Set(olds.map((r) => r.key));
      const loose = articleKeys.filter((k) => !stored.has(k));
      const looseKeys = new Set(loose);
      const hashes = new Set(loose.flatMap((k) => dupKeys.get(k) ?? []));
      // This transaction holds the table now: nothing is put between this check and its end.
      since.stop();
      if (
        loose.some((k) => since.aliases.has(k)) ||
        [...hashes].some((h) => since.dupKeys.has(h))
      ) {
        maybe = await lookUp(loose);
      }
      // The rows found, as they are now, that have the key of a record new here as an alias
      // or its dupKey.
      if (loose.length && maybe.length) {
        const found = (await db.articles.bulkGet([...new Set(maybe)])).filter(
          (r): r is StoredArticle =>
            !!r &&
            (r.aliases?.some((a) => looseKeys.has(a)) || (!!r.dupKey && hashes.has(r.dupKey))),
        );
        for (const r of found) {
          if (stored.has(r.key)) continue;
          stored.add(r.key);
          olds.push(r);
        }
      }
      const contents = await db.contents.bulkGet(olds.map((r) => r.key));
      const entries = new Map<string, Entry>();
      const near: Near = new Map();
      const add = (e: Entry) => {
        entries.set(e.key, e);
        note(near, e);
      };
      for (const [i, row] of olds.entries()) {
        const mine = toArticleRecord(row, contents[i]?.html ?? null, deviceId);
        add({ key: row.key, rows: [row], folded: [], mine, rec: mine });
      }
      // Records of stored keys first (deletions and redirects included), then the others.
      const ordered = [
        ...keys.filter((k) => entries.has(k)),
        ...keys.filter((k) => !entries.has(k)),
      ];
      for (const key of ordered) {
        const r = byKey.get(key)!;
        const e = entries.get(key);
        if (e) {
          const merged = mergeRecords(e.rec, r, json);
          result.merged.set(key, merged);
          if (merged.kind === 'deleted' && merged.into !== undefined && e.rec.kind === 'article') {
            // Folded into another key by another device, and not read here since: so here too.
            const into = entries.get(merged.into);
            const article = underKey(e.rec, merged.into, json);
            entries.delete(key);
            if (into) {
              absorb(entries, into, article, e.rows, json);
              note(near, into);
            } else add({ key: merged.into, rows: e.rows, folded: [key], mine: null, rec: article });
          } else e.rec = merged;
          continue;
        }
        result.merged.set(key, r);
        const same = r.kind === 'article' ? sameArticleIn(entries, near, r, prints) : undefined;
        if (same) {
          absorb(entries, same, r as ArticleRecord, [], json);
          note(near, same);
        } else add({ key, rows: [], folded: [], mine: null, rec: r });
      }

      const rows: StoredArticle[] = [];
      const deletedIds: number[] = [];
      const html: { key: string; html: string }[] = [];
      const noHtml: string[] = [];
      const pending: string[] = [];
      const redirects: { key: string; at: number; into: string }[] = [];
      const renames: [from: string, to: string][] = [];
      for (const entry of entries.values()) {
        const { key, rec } = entry;
        const [first, ...others] = entry.rows;
        const moved = entry.rows.some((row) => row.key !== key);
        // Unchanged: nothing to write (an article new here always is).
        if (!moved && entry.mine && json(rec) === json(entry.mine)) continue;
        if (rec.kind === 'deleted') {
          if (!first) continue;
          // Its other keys are deleted with it: no record of one brings it back.
          const other = new Set(entry.folded);
          for (const old of entry.rows) {
            noHtml.push(old.key);
            deletedIds.push(old.id!);
            gone.push(old);
            for (const k of [old.key, ...(old.aliases ?? [])]) other.add(k);
          }
          other.delete(key);
          for (const k of [...other].sort()) {
            result.out.push({ kind: 'deleted', key: k, at: rec.at });
          }
          result.deleted += entry.rows.length;
          continue;
        }
        // The row under the key kept, else the first: its id (and light row) stay.
        const own = entry.rows.find((row) => row.key === key) ?? first;
        const row = rowOf(own, rec, deviceId);
        const incoming = byKey.get(key);
        const print = prints.get(key);
        if (incoming?.kind === 'article' && print) notePrint(row, incoming.article.text, print);
        rows.push(row);
        const out: KeyRecord[] = [];
        for (const old of entry.rows) {
          if (old !== own) {
            deletedIds.push(old.id!);
            gone.push(old);
          }
          if (old.key === key) continue;
          noHtml.push(old.key);
          redirects.push({ key: old.key, at: now, into: key });
          out.push({ kind: 'deleted', key: old.key, at: now, into: key });
          if (old === own) renames.push([old.key, key]);
        }
        // What this device now holds under the key kept goes out when it folded another key in.
        if (out.length || entry.folded.length) result.out.push(rec, ...out);
        if (rec.savedAt !== null && rec.html !== null) html.push({ key, html: rec.html });
        else if (rec.savedAt === null) noHtml.push(key);
        if (!own || own.text !== rec.article.text || own.key !== key) pending.push(key);
        if (own) result.updated += 1 + others.length;
        else result.added += 1;
        const d = rec.decision;
        if (d && (own?.decision?.at !== d.at || own.decision.apart !== d.apart)) {
          decide.push({ key, ...d });
        }
      }
      // A row under a new key keeps its story: its membership moves with it.
      for (const [from, to] of renames) {
        unindexed.push(from);
        const member = await db.storyMembers.get(from);
        if (!member || (await db.storyMembers.get(to))) continue;
        await db.storyMembers.delete(from);
        await db.storyMembers.put({ ...member, key: to });
      }
      const away = [...gone.map((r) => r.key), ...renames.map(([from]) => from)];
      await Promise.all([
        deletedIds.length ? db.articles.bulkDelete(deletedIds) : null,
        noHtml.length ? db.contents.bulkDelete(noHtml) : null,
        away.length ? db.pendingDerive.bulkDelete(away) : null,
      ]);
      await Promise.all([
        rows.length ? db.articles.bulkPut(rows) : null,
        html.length ? db.contents.bulkPut(html) : null,
        pending.length
          ? db.pendingDerive.bulkPut(pending.map((key) => ({ key, indexed: 0 })))
          : null,
        // The outbox sends them too, should this sync stop before `out` is written.
        redirects.length ? db.syncTombstones.bulkPut(redirects) : null,
      ]);
    });
  } finally {
    since.stop();
  }
  // One record a key (an alias of one article may be another's key): merged.
  const outByKey = new Map<string, KeyRecord>();
  for (const r of result.out) {
    const had = outByKey.get(r.key);
    outByKey.set(r.key, had ? mergeRecords(had, r, json) : r);
  }
  result.out = [...outByKey.values()];
  for (const key of unindexed) await removeFromIndex(db, key);
  for (const row of gone) {
    await removeFromIndex(db, row.key);
    await removeFromStories(db, row.key, row);
  }
  // An article not grouped yet keeps the decision on its row; grouping it is the backfill's.
  for (const d of decide) await setStoryApart(db, d.key, d.apart, d.at);
  return result;
}

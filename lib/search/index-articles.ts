import type { BackstoryDb, StoredArticle } from '../db/schema';
import { documentTerms, type IndexedEntity } from './document-terms';
import { hashContent } from './hash-content';
import {
  bucketOf,
  concatBytes,
  emptyColumns,
  emptyStats,
  encodePostings,
  readRow,
  applyTailColumns,
  hasColumns,
  writeRow,
  rowKey,
  splitColumns,
  toColumnDate,
  splitDoc,
  type PostingsRow,
  type SearchMeta,
  type SearchColumns,
  type TailDoc,
  type TermPostings,
  readTailShard,
  tailTermKeys,
  tailBlocks,
  blockDocs,
  isTailBlock,
  unfoldedFrom,
  type DocTerms,
  TAIL_SHARDS,
} from './index-rows';
import { dropQueryCache } from './query-cache';

/** An article to index, with the entities found in it (default: the article's own). */
export interface IndexItem {
  article: StoredArticle;
  entities?: IndexedEntity[];
}

/**
 * Documents waiting in the tail before an idle worker merges them into the postings rows
 * (mergeIndexTail): more makes merges rarer and cold queries slower (every query reads the
 * whole tail).
 */
export const TAIL_MAX = 512;

/**
 * When no idle moment came (a worker stopped before its idle merge, a long import), indexing
 * itself merges once this many tail documents are not folded: a bound on what every query
 * reads.
 */
export const TAIL_HARD_MAX = 1024;

/**
 * ...and once the tail, folded or not, holds this many: an import folds its batches (see
 * indexArticles), so the tail's reads stay small, and merging a segment's worth at once
 * writes each postings row of the segment about once instead of three or four times (the
 * merges were most of the bulk path's cost: ~10,000 rows per segment whatever the count).
 */
export const TAIL_FOLDED_MAX = 4096;

interface Prepared {
  articleId: number;
  key: string;
  hash: string;
  tf: Map<string, number>;
  len: number;
  savedAt: number;
  date: number;
}

/** Indexes one article (idempotent: indexing the same key again replaces what was indexed). */
export function indexArticle(
  db: BackstoryDb,
  article: StoredArticle,
  entities?: IndexedEntity[],
): Promise<void> {
  return indexArticles(db, [{ article, entities }]);
}

/** Indexes many articles in one transaction (an import, a rebuild): far cheaper per article. */
export async function indexArticles(db: BackstoryDb, items: IndexItem[]): Promise<void> {
  const missing = items.filter((i) => i.article.id === undefined).map((i) => i.article.key);
  const ids = new Map<string, number>();
  if (missing.length) {
    for (const a of await db.articles.where('key').anyOf(missing).toArray()) ids.set(a.key, a.id!);
  }
  const byKey = new Map<string, Prepared>();
  for (const item of items) {
    const { article } = item;
    // Without explicit entities, those stored with the article (lib/entities) are indexed.
    const entities = (item.entities ?? article.entities ?? []).map(({ id, type, name }) => ({
      id,
      type,
      name,
    }));
    const articleId = article.id ?? ids.get(article.key);
    if (articleId === undefined) {
      throw new Error(`article ${article.key} is not stored, so not indexed`);
    }
    const published = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
    byKey.set(article.key, {
      articleId,
      key: article.key,
      hash: hashContent([article.lang, article.title, article.text, JSON.stringify(entities)]),
      ...documentTerms(article, entities),
      savedAt: article.savedAt ?? 0,
      date: Number.isFinite(published) ? published : article.firstReadAt,
    });
  }
  const docs = [...byKey.values()];
  await db.transaction('rw', searchTables(db), async () => {
    const [stats, old] = await Promise.all([
      readStats(db),
      db.searchDocs.bulkGet(docs.map((d) => d.key)),
    ]);
    // An article indexed before: its columns are in its tail row, or else in a columns row.
    // A new article (the save path, mostly) reads neither: each read is a round trip.
    const inTailDocs = old.flatMap((o) => (o && o.doc >= stats.tailFrom ? [o.doc] : []));
    const tailRows = inTailDocs.length ? await db.searchTail.bulkGet(inTailDocs) : [];
    const tailByDoc = new Map(inTailDocs.map((doc, i) => [doc, tailRows[i]]));
    const oldTail = old.map((o) => (o ? tailByDoc.get(o.doc) : undefined));
    const chunkIds = old.flatMap((o, i) =>
      o && !hasColumns(oldTail[i]) ? [splitColumns(o.doc)[0]] : [],
    );
    const chunks = chunkIds.length
      ? await loadColumns(db, chunkIds)
      : new Map<number, SearchColumns>();
    const tailPuts: TailDoc[] = [];
    // New documents' rows (tail rows, or folded at once: see below).
    const fresh: TailDoc[] = [];
    const killed: number[] = [];
    const killedTerms: [number, number][] = [];
    docs.forEach((d, i) => {
      const o = old[i];
      const t = oldTail[i];
      const [chunk, local] = o ? splitColumns(o.doc) : [0, 0];
      const inTail = hasColumns(t);
      const live = inTail || (o && chunks.get(chunk)!.len[local]! > 0);
      if (o && live && o.hash === d.hash) {
        // Same content: only what the columns hold may have changed (saved, date).
        if (inTail) tailPuts.push({ ...t, ...columnsOf(d, t.len!) });
        else setColumns(chunks.get(chunk)!, local, d);
        return;
      }
      if (o && inTail) {
        stats.docs--;
        stats.totalLen -= t.len!;
        stats.tailCount--;
        killed.push(o.doc);
        killedTerms.push(...tailTermKeys(o.doc));
      } else if (o) {
        killDoc(chunks, stats, o.doc);
        killed.push(o.doc);
      }
      stats.tailCount++;
      const doc = stats.nextDoc++;
      // Zero words would read as "removed": count an empty document as one.
      const len = Math.max(1, d.len);
      stats.docs++;
      stats.totalLen += len;
      // Its terms and columns in its own row: one row to write on the save path. The idle
      // worker folds such rows, FOLD_DOCS at a time (foldTail).
      fresh.push({
        doc,
        terms: [...d.tf.keys()].join('\n'),
        tfs: Uint16Array.from(d.tf.values(), (tf) => Math.min(tf, 0xffff)),
        ...columnsOf(d, len),
      });
      old[i] = { key: d.key, doc, hash: d.hash };
    });
    const merge =
      stats.nextDoc - unfoldedFrom(stats) >= TAIL_HARD_MAX || stats.tailCount >= TAIL_FOLDED_MAX;
    // A batch (an import, a rebuild) is folded at once: no row per document to write, read
    // and delete again. A save writes its row.
    const fold = !merge && fresh.length >= FOLD_DOCS;
    if (!fold) tailPuts.push(...fresh);
    // Issued together: IndexedDB runs them in order, without a round trip between each.
    await Promise.all([
      killed.length ? db.searchTail.bulkDelete(killed) : undefined,
      killedTerms.length ? db.searchTailTerms.bulkDelete(killedTerms) : undefined,
      tailPuts.length ? db.searchTail.bulkPut(tailPuts) : undefined,
      db.searchDocs.bulkPut(old.filter((o) => !!o)),
      chunks.size ? db.searchColumns.bulkPut([...chunks.values()]) : undefined,
      merge || fold ? undefined : db.searchMeta.put(stats),
    ]);
    if (merge) await mergeTail(db, stats);
    // (The columns rows written above are read again: a batch's chunk may be one of them.)
    if (fold) await foldTail(db, stats, fresh);
    if (merge || fold) await db.searchMeta.put(stats);
  });
  dropQueryCache(db);
}

function columnsOf(
  d: Prepared,
  len: number,
): Pick<TailDoc, 'len' | 'savedAt' | 'date' | 'article'> {
  return { len, savedAt: d.savedAt, date: d.date, article: d.articleId };
}

/** Removes an article from the index by key; nothing happens if it was not indexed. */
export async function removeFromIndex(db: BackstoryDb, key: string): Promise<void> {
  await db.transaction('rw', searchTables(db), async () => {
    const old = await db.searchDocs.get(key);
    if (!old) return;
    const stats = await readStats(db);
    const t = old.doc >= stats.tailFrom ? await db.searchTail.get(old.doc) : undefined;
    let chunks = new Map<number, SearchColumns>();
    if (hasColumns(t)) {
      stats.docs--;
      stats.totalLen -= t.len;
      stats.tailCount--;
    } else {
      chunks = await loadColumns(db, [splitColumns(old.doc)[0]]);
      killDoc(chunks, stats, old.doc);
    }
    await Promise.all([
      db.searchTail.delete(old.doc),
      db.searchTailTerms.bulkDelete(tailTermKeys(old.doc)),
      db.searchDocs.delete(key),
      chunks.size ? db.searchColumns.bulkPut([...chunks.values()]) : undefined,
      db.searchMeta.put(stats),
    ]);
  });
  dropQueryCache(db);
}

/** Empties the whole index (for "delete everything"); articles themselves are not touched. */
export async function clearIndex(db: BackstoryDb): Promise<void> {
  await db.transaction('rw', searchTables(db), () =>
    Promise.all(searchTables(db).map((t) => t.clear())),
  );
  dropQueryCache(db);
}

/**
 * Merges the tail into the postings rows when it holds at least `atLeast` documents (default:
 * any); returns whether it did. Below that, folds the documents saved since the last fold
 * once there are FOLD_DOCS of them (foldTail). The background calls it when idle after
 * indexing, so that saving an article never pays for either; indexing merges by itself only
 * at TAIL_HARD_MAX.
 */
export async function mergeIndexTail(db: BackstoryDb, atLeast = 1): Promise<boolean> {
  let wrote = false;
  const merged = await db.transaction('rw', searchTables(db), async () => {
    const stats = await readStats(db);
    if (stats.tailCount < atLeast) {
      wrote = await foldTail(db, stats);
      if (wrote) await db.searchMeta.put(stats);
      return false;
    }
    await mergeTail(db, stats);
    await db.searchMeta.put(stats);
    return (wrote = true);
  });
  if (wrote) dropQueryCache(db);
  return merged;
}

/** The tables of the search index, as the schema v12 upgrade passes them (its transaction's). */
export type SearchTables = Pick<
  BackstoryDb,
  'searchPostings' | 'searchColumns' | 'searchTail' | 'searchTailTerms' | 'searchMeta'
>;

/**
 * Schema v12: entities' id terms ("per:=per:q7747") out of schema v11's one bucket per entity
 * type ("per:=pe") into buckets by the id's own characters (see bucketOf). Every postings row
 * of the old buckets is split by the new ones; then the tail is merged, since its blocks file
 * terms by the shard of their bucket. Results are the same; a "person:" query reads its few
 * ids' rows instead of every person's.
 */
export async function upgradeIdBuckets(tables: SearchTables): Promise<void> {
  const db = tables as BackstoryDb;
  const oldKeys: string[] = [];
  const rows = new Map<string, { seg: number; terms: Map<string, TermPostings> }>();
  for (const type of ['per', 'loc', 'org', 'misc']) {
    const range = db.searchPostings.where(':id').between(`${type}:=`, `${type}:>`);
    const [keys, values] = await Promise.all([range.primaryKeys(), range.toArray()]);
    keys.forEach((key, i) => {
      oldKeys.push(key);
      const row = values[i]!;
      for (const [term, postings] of readRow(row)) {
        const k = rowKey(bucketOf(term), row.s);
        let r = rows.get(k);
        if (!r) rows.set(k, (r = { seg: row.s, terms: new Map() }));
        r.terms.set(term, postings);
      }
    });
  }
  if (oldKeys.length) await db.searchPostings.bulkDelete(oldKeys);
  if (rows.size) {
    await db.searchPostings.bulkPut(
      [...rows.values()].map((r) => writeRow(r.seg, r.terms)),
      [...rows.keys()],
    );
  }
  const stats = await db.searchMeta.get('stats');
  if (!stats) return;
  await mergeTail(db, stats);
  await db.searchMeta.put(stats);
}

/**
 * Tail documents with a row of their own (saved since the last fold) that the idle worker
 * folds at once: a cold query reads every such row (all its terms), and per shard of its
 * buckets one TailBlock row per fold. At 32, a full tail (TAIL_MAX) is at most 31 rows and
 * 16 blocks a shard, where it was 512 tail rows and 512 TailTerms rows a shard (most of a
 * cold query's time, in per-row costs); each document's terms are written twice.
 */
export const FOLD_DOCS = 32;

/**
 * Folds the tail documents that have a row of their own (numbered from unfoldedFrom on), and
 * `fresh` documents (newer, their rows not written), once there are FOLD_DOCS of them: their
 * columns into the columns rows, their terms into one TailBlock row per shard, their rows
 * deleted; returns whether it wrote anything. The caller stores `stats`. Rows of schema v11's
 * layout (terms already in TailTerms rows) have their columns moved the same way.
 */
async function foldTail(
  db: BackstoryDb,
  stats: SearchMeta,
  fresh: TailDoc[] = [],
): Promise<boolean> {
  const from = unfoldedFrom(stats);
  // Document numbers, not rows: a few may be of documents re-indexed since (no row).
  if (stats.nextDoc - from < FOLD_DOCS) return false;
  const kept = await db.searchTail.where(':id').aboveOrEqual(from).toArray();
  const rows = fresh.length ? [...kept, ...fresh] : kept;
  stats.foldFrom = stats.nextDoc;
  if (!rows.length) return true;
  const withColumns = rows.filter(hasColumns);
  const chunks = withColumns.length
    ? await loadColumns(
        db,
        withColumns.map((d) => splitColumns(d.doc)[0]),
      )
    : new Map<number, SearchColumns>();
  const columns: SearchColumns[] = [];
  for (const c of chunks.values()) columns[c.chunk] = c;
  applyTailColumns(columns, withColumns);
  const blocks = tailBlocks(
    rows.flatMap((r) =>
      r.terms !== undefined && r.tfs
        ? [{ doc: r.doc, terms: r.terms.split('\n'), tfs: r.tfs }]
        : [],
    ),
  );
  await Promise.all([
    blocks.length ? db.searchTailTerms.bulkPut(blocks) : undefined,
    chunks.size ? db.searchColumns.bulkPut([...chunks.values()]) : undefined,
    kept.length ? db.searchTail.bulkDelete(kept.map((r) => r.doc)) : undefined,
  ]);
  return true;
}

/** The tables an index update writes; callers holding a transaction must include them. */
export function searchTables(db: BackstoryDb) {
  return [
    db.searchPostings,
    db.searchColumns,
    db.searchDocs,
    db.searchTail,
    db.searchTailTerms,
    db.searchMeta,
  ];
}

async function readStats(db: BackstoryDb): Promise<SearchMeta> {
  return (await db.searchMeta.get('stats')) ?? emptyStats();
}

async function loadColumns(db: BackstoryDb, chunkIds: number[]) {
  const unique = [...new Set(chunkIds)];
  const rows = await db.searchColumns.bulkGet(unique);
  const out = new Map<number, SearchColumns>();
  unique.forEach((s, i) => out.set(s, rows[i] ?? emptyColumns(s)));
  return out;
}

function setColumns(s: SearchColumns, local: number, d: Prepared): void {
  // Zero words would read as "removed": count an empty document as one.
  s.len[local] = Math.max(1, d.len);
  s.saved[local] = d.savedAt ? 1 : 0;
  s.date[local] = toColumnDate(d.date);
  s.article[local] = d.articleId;
}

/** Marks a document removed: its postings stay in the rows but no query returns it. */
function killDoc(chunks: Map<number, SearchColumns>, stats: SearchMeta, doc: number): void {
  const [chunk, local] = splitColumns(doc);
  const s = chunks.get(chunk)!;
  if (!s.len[local]) return;
  stats.docs--;
  stats.totalLen -= s.len[local]!;
  if (doc >= stats.tailFrom) stats.tailCount--;
  s.len[local] = 0;
  s.saved[local] = 0;
}

/**
 * Appends every tail document to the postings rows and empties the tail, inside the caller's
 * transaction; the caller stores `stats`.
 */
async function mergeTail(db: BackstoryDb, stats: SearchMeta): Promise<void> {
  const from = stats.tailFrom;
  const [tail, shards] = await Promise.all([
    db.searchTail.where(':id').aboveOrEqual(from).toArray(),
    Promise.all(Array.from({ length: TAIL_SHARDS }, (_, s) => readTailShard(db, s, from))),
  ]);
  stats.tailFrom = stats.nextDoc;
  stats.tailCount = 0;
  // Folded documents' columns are in the columns rows already.
  const withColumns = tail.filter(hasColumns);
  if (withColumns.length) {
    const chunks = await loadColumns(
      db,
      withColumns.map((d) => splitColumns(d.doc)[0]),
    );
    const columns: SearchColumns[] = [];
    for (const c of chunks.values()) columns[c.chunk] = c;
    applyTailColumns(columns, withColumns);
    await db.searchColumns.bulkPut([...chunks.values()]);
  }
  // Every document's terms (folded documents' in blocks, v11's in TailTerms rows, the rest in
  // their tail rows), in document order.
  const parts: DocTerms[] = [];
  for (const d of tail) {
    if (d.terms && d.tfs) parts.push({ doc: d.doc, terms: d.terms.split('\n'), tfs: d.tfs });
  }
  for (const shard of shards) {
    for (const r of shard) {
      if (isTailBlock(r)) parts.push(...blockDocs(r));
      else parts.push({ doc: r.doc, terms: r.terms.split('\n'), tfs: r.tfs });
    }
  }
  parts.sort((a, b) => a.doc - b.doc);
  // Row key → term → new postings, local numbers ascending.
  const changes = new Map<string, { seg: number; terms: Map<string, [number[], number[]]> }>();
  // Per segment, each term's new postings: a term seen again costs one lookup.
  const bySeg = new Map<number, Map<string, [number[], number[]]>>();
  for (const d of parts) {
    const [seg, local] = splitDoc(d.doc);
    let seen = bySeg.get(seg);
    if (!seen) bySeg.set(seg, (seen = new Map()));
    const { terms, tfs } = d;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      let t = seen.get(term);
      if (!t) {
        const key = rowKey(bucketOf(term), seg);
        let c = changes.get(key);
        if (!c) changes.set(key, (c = { seg, terms: new Map() }));
        c.terms.set(term, (t = [[], []]));
        seen.set(term, t);
      }
      t[0].push(local);
      t[1].push(tfs[i]!);
    }
  }
  const keys = [...changes.keys()];
  const rows = keys.length ? await db.searchPostings.bulkGet(keys) : [];
  const puts: PostingsRow[] = keys.map((key, i) => {
    const c = changes.get(key)!;
    const row = rows[i];
    const terms: Map<string, TermPostings> = row ? readRow(row) : new Map();
    for (const [term, [ids, tfs]] of c.terms) {
      const cur = terms.get(term);
      // Tail documents are newer than every merged one, so their postings only append.
      const bytes = encodePostings(ids, tfs, cur ? cur.last : -1);
      terms.set(term, {
        bytes: cur ? concatBytes(cur.bytes, bytes) : bytes,
        n: (cur?.n ?? 0) + ids.length,
        last: ids.at(-1)!,
      });
    }
    return writeRow(c.seg, terms);
  });
  if (puts.length) await db.searchPostings.bulkPut(puts, keys);
  await Promise.all([db.searchTail.clear(), db.searchTailTerms.clear()]);
}

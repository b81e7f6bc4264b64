import type { BackstoryDb } from '../db/schema';

/** Index documents per segment: postings and ranking columns are stored per segment. */
export const SEGMENT_SIZE = 4096;

/**
 * The postings of one bucket of terms (terms sharing their first characters, see bucketOf) in
 * one segment, stored under the key rowKey(bucket, seg). A term's postings are varint pairs
 * (gap between local document numbers, term frequency), ascending. Filter terms
 * ("per:putin", "site:lemonde.fr", "lang:fr") are postings too, with frequency 1.
 */
export interface PostingsRow {
  /** The segment. */
  s: number;
  /** The row's terms, separated by "\n". */
  t: string;
  /** Per term: byte offset in p, byte length, document count, last local number. */
  m: Uint32Array;
  p: Uint8Array;
}

/**
 * Documents per row of columns: a cold query reads every row (13 of 53 KB at 50,000 articles,
 * not 50 of 28 KB), and saving writes none (the tail row carries a document's columns).
 */
export const COLUMN_SIZE = 4096;

/** The unit of the date column: a minute (date filters fall on whole days). */
export const DATE_UNIT_MS = 60_000;

/**
 * Columns for 4,096 documents, indexed by document number within the chunk: what ranking,
 * the date and saved filters and the hits need for every candidate, 13 bytes a document.
 */
export interface SearchColumns {
  chunk: number;
  /** Document length in terms; 0 means removed or replaced (its postings are dead). */
  len: Uint32Array;
  /** 1 when saved, 0 for history only. */
  saved: Uint8Array;
  /** publishedAt, else first read, in minutes since the epoch (see columnDate). */
  date: Int32Array;
  /** The article's id in the articles table. */
  article: Uint32Array;
}

/** The date column's value of a date in epoch ms. */
export function toColumnDate(ms: number): number {
  return Math.floor(ms / DATE_UNIT_MS);
}

/** A document's date in epoch ms (to the minute): the date filters and recency use it. */
export function columnDate(c: SearchColumns, local: number): number {
  return c.date[local]! * DATE_UNIT_MS;
}

/** Columns rows as stored before schema v11 (1,024 documents, 28 bytes each). */
export interface LegacyColumns {
  chunk: number;
  len: Uint32Array;
  savedAt: Float64Array;
  date: Float64Array;
  article: Float64Array;
}

/** Columns rows of the format before schema v11 in today's (the v11 upgrade). */
export function columnsFromLegacy(rows: LegacyColumns[]): SearchColumns[] {
  const out: SearchColumns[] = [];
  for (const r of rows) {
    for (let i = 0; i < r.len.length; i++) {
      if (!r.len[i]) continue;
      const [chunk, local] = splitColumns(r.chunk * r.len.length + i);
      const c = (out[chunk] ??= emptyColumns(chunk));
      c.len[local] = r.len[i]!;
      c.saved[local] = r.savedAt[i] ? 1 : 0;
      c.date[local] = toColumnDate(r.date[i]!);
      c.article[local] = r.article[i]!;
    }
  }
  return out.filter((c) => !!c);
}

/** Where an article stands in the index. */
export interface SearchDoc {
  key: string;
  /** Its document number (numbers are never reused: re-indexing changed text takes a new one). */
  doc: number;
  /** Hash of what was indexed, so that indexing the same content only updates the columns. */
  hash: string;
}

/**
 * A document indexed but not yet merged into the postings rows: saving one article writes
 * this row (its terms and columns), and merging the tail in bulk is what keeps the per-article
 * cost low. The idle worker folds such rows (see SearchMeta.foldFrom) before the merge.
 */
export interface TailDoc {
  doc: number;
  /**
   * Terms separated by "\n", and their frequencies in the same order (absent in rows whose
   * terms schema v11's idle worker moved to TailTerms rows).
   */
  terms?: string;
  tfs?: Uint16Array;
  /**
   * Its columns (see SearchColumns), written into the columns rows when the tail is merged:
   * saving then writes no 28 KB columns row. Absent in rows written before (their columns
   * are in the columns rows already).
   */
  len?: number;
  savedAt?: number;
  date?: number;
  article?: number;
}

/**
 * The terms of a tail document whose bucket is in shard `s` (see shardOf), keyed [s, doc]:
 * written by schema v11's idle worker (one row per document and shard), still read and merged.
 * Today's idle worker writes TailBlock rows instead.
 */
export interface TailTerms {
  s: number;
  doc: number;
  /** Terms separated by "\n", and their frequencies in the same order. */
  terms: string;
  tfs: Uint16Array;
}

/**
 * The terms of several tail documents whose bucket is in shard `s`, folded by the idle worker
 * (see FOLD_DOCS): one postings row (see PostingsRow) over global document numbers, so that a
 * cold query reads a few of these per shard instead of a row per document (512 small rows were
 * most of a cold query). Keyed [s, its last document + 0.5]: after every document it holds,
 * and never the key [s, doc] of one document (which removing a document deletes).
 */
export interface TailBlock {
  s: number;
  doc: number;
  /** Terms separated by "\n" (of every bucket of the shard). */
  t: string;
  /** Per term: byte offset in p, byte length, document count, last document number. */
  m: Uint32Array;
  /** Varint pairs (gap between global document numbers, frequency), the first from 0. */
  p: Uint8Array;
}

/** A row of the searchTailTerms table: one document's (v11), or a block of documents. */
export type TailTermsRow = TailTerms | TailBlock;

/** Whether a searchTailTerms row is a block of documents. */
export function isTailBlock(r: TailTermsRow): r is TailBlock {
  return (r as TailBlock).p !== undefined;
}

/** Shards of the tail's terms: a bucket's query reads 1/TAIL_SHARDS of the tail. */
export const TAIL_SHARDS = 16;

/** The shard of a bucket's tail terms (FNV-1a of its name). */
export function shardOf(bucket: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bucket.length; i++) h = Math.imul(h ^ bucket.charCodeAt(i), 0x01000193);
  return (h >>> 0) % TAIL_SHARDS;
}

/**
 * A document's terms and their frequencies split into TailTerms rows (empty shards left out):
 * the layout schema v11 wrote, which tests build to check that it is still read.
 */
export function tailTermRows(doc: number, terms: string[], tfs: ArrayLike<number>): TailTerms[] {
  const parts: { terms: string[]; tfs: number[] }[] = [];
  terms.forEach((term, i) => {
    const p = (parts[shardOf(bucketOf(term))] ??= { terms: [], tfs: [] });
    p.terms.push(term);
    p.tfs.push(tfs[i]!);
  });
  const out: TailTerms[] = [];
  parts.forEach((p, s) => {
    out.push({ s, doc, terms: p.terms.join('\n'), tfs: Uint16Array.from(p.tfs) });
  });
  return out;
}

/** A tail document's terms, as folding and merging read them. */
export interface DocTerms {
  doc: number;
  terms: string[];
  tfs: ArrayLike<number>;
}

/**
 * The TailBlock rows (one per shard that has terms) of documents given in ascending order;
 * `bucket` other than bucketOf only for tests that build an older layout.
 */
export function tailBlocks(docs: DocTerms[], bucket = bucketOf): TailBlock[] {
  const shards: Map<string, [number[], number[]]>[] = [];
  // Each term's postings, so that a term seen again costs one lookup (not its bucket, shard).
  const seen = new Map<string, [number[], number[]]>();
  for (const d of docs) {
    const { terms, tfs } = d;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      let t = seen.get(term);
      if (!t) {
        seen.set(term, (t = [[], []]));
        (shards[shardOf(bucket(term))] ??= new Map()).set(term, t);
      }
      t[0].push(d.doc);
      t[1].push(tfs[i]!);
    }
  }
  const last = docs.at(-1)?.doc ?? 0;
  const out: TailBlock[] = [];
  shards.forEach((terms, s) => {
    const postings = new Map<string, TermPostings>();
    for (const [term, [ids, tfs]] of terms) {
      postings.set(term, { bytes: encodePostings(ids, tfs), n: ids.length, last: ids.at(-1)! });
    }
    const { t, m, p } = writeRow(s, postings);
    out.push({ s, doc: last + 0.5, t, m, p });
  });
  return out;
}

/** Every document's terms a block holds (the merge reads them so). */
export function blockDocs(block: TailBlock): DocTerms[] {
  const byDoc = new Map<number, { doc: number; terms: string[]; tfs: number[] }>();
  block.t.split('\n').forEach((term, i) => {
    const n = block.m[i * 4 + 2]!;
    const ids = new Array<number>(n);
    const tfs = new Array<number>(n);
    decodePostingsInto(block.p, block.m[i * 4]!, n, -1, ids, tfs, 0);
    ids.forEach((doc, k) => {
      let d = byDoc.get(doc);
      if (!d) byDoc.set(doc, (d = { doc, terms: [], tfs: [] }));
      d.terms.push(term);
      d.tfs.push(tfs[k]!);
    });
  });
  return [...byDoc.values()];
}

/** The searchTailTerms rows of shard `s` of the tail (documents numbered from `from` on). */
export function readTailShard(db: BackstoryDb, s: number, from: number): Promise<TailTermsRow[]> {
  // From `from` on: the seek skips what merges deleted and LevelDB has not compacted yet.
  return db.searchTailTerms.where('[s+doc]').between([s, from], [s, Infinity]).toArray();
}

/** Every key a document's TailTerms rows may have. */
export function tailTermKeys(doc: number): [number, number][] {
  return Array.from({ length: TAIL_SHARDS }, (_, s) => [s, doc]);
}

/** The first tail document that has a tail row of its own (see SearchMeta.foldFrom). */
export function unfoldedFrom(stats: SearchMeta): number {
  return Math.max(stats.tailFrom, stats.foldFrom ?? 0);
}

/** Collection statistics for BM25, and the next document number. */
export interface SearchMeta {
  id: 'stats';
  docs: number;
  totalLen: number;
  nextDoc: number;
  /** Documents numbered from tailFrom on are in the tail (merging empties it whole). */
  tailFrom: number;
  tailCount: number;
  /**
   * Tail documents numbered from tailFrom to foldFrom are folded (see FOLD_DOCS): their columns
   * are in the columns rows, their terms in searchTailTerms rows, and they have no tail row.
   * Those from foldFrom on have a tail row each. Absent (indexes written before): none folded.
   */
  foldFrom?: number;
  /** Written by schema v11's idle worker; no longer read. */
  shardFrom?: number;
}

/** The statistics of an empty index. */
export function emptyStats(): SearchMeta {
  return { id: 'stats', docs: 0, totalLen: 0, nextDoc: 1, tailFrom: 1, tailCount: 0 };
}

const BUCKET_CHARS = 3;
const CJK_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The bucket of a term: its first three characters (after a filter prefix such as "per:"),
 * or its first character for CJK bigrams. A word of three characters or more finds every
 * term it is a prefix of in its own bucket. An entity's id ("per:=per:q7747", "per:=per:adams")
 * goes by the id's own first characters after its type ("per:=per:q77"): by "per:=pe" (schema
 * v11), every person's id was in one bucket, 3 MB at 50,000 articles, which each "person:"
 * query read (see schema v12).
 */
export function bucketOf(term: string): string {
  const colon = term.indexOf(':') + 1;
  if (term[colon] === '=') {
    const idColon = term.indexOf(':', colon + 1) + 1;
    const from = idColon > 0 ? idColon : colon + 1;
    return term.slice(0, from) + bucketBody(term.slice(from));
  }
  return term.slice(0, colon) + bucketBody(term.slice(colon));
}

/** A bucket's characters of a term's body: three, or one for CJK. */
function bucketBody(body: string): string {
  return CJK_RE.test(body) ? body.slice(0, 1) : body.slice(0, BUCKET_CHARS);
}

/** Schema v11's bucket of a term (every id of an entity type in one bucket, "per:=pe"). */
export function bucketOfV11(term: string): string {
  const colon = term.indexOf(':') + 1;
  return term.slice(0, colon) + bucketBody(term.slice(colon));
}

/** The storage key of a bucket's row in a segment. */
export function rowKey(bucket: string, seg: number): string {
  return `${bucket}\u0001${seg.toString(36).padStart(3, '0')}`;
}

/** The key range holding every segment's row of a bucket. */
export function bucketRange(bucket: string): [string, string] {
  return [`${bucket}\u0001`, `${bucket}\u0002`];
}

/** The segment a row key names. */
export function segOfKey(key: string): number {
  return parseInt(key.slice(key.lastIndexOf('\u0001') + 1), 36);
}

/** Segment and local number of a document number. */
export function splitDoc(doc: number): [seg: number, local: number] {
  return [Math.floor(doc / SEGMENT_SIZE), doc % SEGMENT_SIZE];
}

/** Chunk of columns and position in it of a document number. */
export function splitColumns(doc: number): [chunk: number, local: number] {
  return [Math.floor(doc / COLUMN_SIZE), doc % COLUMN_SIZE];
}

/** A chunk of columns, all empty. */
export function emptyColumns(chunk: number): SearchColumns {
  return {
    chunk,
    len: new Uint32Array(COLUMN_SIZE),
    saved: new Uint8Array(COLUMN_SIZE),
    date: new Int32Array(COLUMN_SIZE),
    article: new Uint32Array(COLUMN_SIZE),
  };
}

/** One term's postings inside a row, still encoded. */
export interface TermPostings {
  bytes: Uint8Array;
  n: number;
  last: number;
}

/** The terms of a row and their encoded postings. */
export function readRow(row: PostingsRow): Map<string, TermPostings> {
  const out = new Map<string, TermPostings>();
  const terms = row.t.split('\n');
  terms.forEach((term, i) => {
    const off = row.m[i * 4]!;
    out.set(term, {
      bytes: row.p.subarray(off, off + row.m[i * 4 + 1]!),
      n: row.m[i * 4 + 2]!,
      last: row.m[i * 4 + 3]!,
    });
  });
  return out;
}

/** A row holding these terms' postings. */
export function writeRow(seg: number, terms: Map<string, TermPostings>): PostingsRow {
  const m = new Uint32Array(terms.size * 4);
  let size = 0;
  for (const t of terms.values()) size += t.bytes.length;
  const p = new Uint8Array(size);
  let off = 0;
  let i = 0;
  for (const t of terms.values()) {
    p.set(t.bytes, off);
    m.set([off, t.bytes.length, t.n, t.last], i * 4);
    off += t.bytes.length;
    i++;
  }
  return { s: seg, t: [...terms.keys()].join('\n'), m, p };
}

/** Where decoded postings go: plain arrays, or typed arrays for queries. */
interface PostingsOut {
  [k: number]: number;
}

/**
 * Decodes `n` postings (varint pairs: gap, frequency) from `p` at byte `pos`, the first gap
 * counted from `prev`, into `ids` and `tfs` from index `k` on (frequencies capped at 65,535,
 * as stored); returns the index after the last. The one decoder of postings: merging, tests and
 * queries (which pass `prev` as the segment's first global number minus one) all use it.
 */
export function decodePostingsInto(
  p: Uint8Array,
  pos: number,
  n: number,
  prev: number,
  ids: PostingsOut,
  tfs: PostingsOut,
  k: number,
): number {
  for (let j = 0; j < n; j++) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = p[pos++]!;
      gap |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    let tf = 0;
    shift = 0;
    do {
      b = p[pos++]!;
      tf |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    prev += gap;
    ids[k] = prev;
    tfs[k++] = Math.min(tf, 0xffff);
  }
  return k;
}

/** Decodes a term's postings into local numbers and frequencies. */
export function decodePostings(p: Uint8Array, n: number): { ids: number[]; tfs: number[] } {
  const ids = new Array<number>(n);
  const tfs = new Array<number>(n);
  decodePostingsInto(p, 0, n, -1, ids, tfs, 0);
  return { ids, tfs };
}

/** Encodes ascending local numbers (all above `prev`) and their frequencies. */
export function encodePostings(ids: number[], tfs: number[], prev = -1): Uint8Array {
  const out: number[] = [];
  for (let k = 0; k < ids.length; k++) {
    writeVarint(out, ids[k]! - prev);
    writeVarint(out, tfs[k]!);
    prev = ids[k]!;
  }
  return Uint8Array.from(out);
}

function writeVarint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}

/** `a` followed by `b`. */
export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Whether a tail row carries its document's columns (rows written before did not). */
export function hasColumns(t: TailDoc | undefined): t is TailDoc & { len: number } {
  return t?.len !== undefined;
}

/**
 * Copies the columns tail rows carry into the columns rows (merging the tail, and loading the index for queries).
 */
export function applyTailColumns(columns: SearchColumns[], tail: TailDoc[]): void {
  for (const d of tail) {
    if (!hasColumns(d)) continue;
    const [chunk, local] = splitColumns(d.doc);
    const s = (columns[chunk] ??= emptyColumns(chunk));
    s.len[local] = d.len;
    s.saved[local] = d.savedAt ? 1 : 0;
    s.date[local] = toColumnDate(d.date ?? 0);
    s.article[local] = d.article ?? 0;
  }
}

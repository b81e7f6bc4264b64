import type { BackstoryDb } from '../db/schema';
import {
  bucketOf,
  bucketRange,
  decodePostingsInto,
  isTailBlock,
  readTailShard,
  SEGMENT_SIZE,
  shardOf,
  type PostingsRow,
  type SearchMeta,
} from './index-rows';
import type { IndexState, TailShard, TailText } from './query-cache';

/** A term's postings over the whole index (rows, then the tail): global numbers ascending. */
export interface TermPostings {
  ids: Uint32Array;
  tfs: Uint16Array;
}

/** Where one term of a bucket is: its document count, its rows' lines, its tail entries. */
interface TermEntry {
  df: number;
  /** Pairs (index into the bucket's rows, line in that row). */
  lines: number[];
  /** Pairs (index into the tail, offset of the term's line there) from the tail. */
  tail: number[];
  decoded?: TermPostings;
}

/**
 * One bucket of terms (see bucketOf) over every segment and the tail. Rows are searched in
 * place for the terms asked for, which are kept; splitting every row into its terms (thousands
 * per bucket) would cost a cold query more than the search, most of it in garbage collection.
 */
interface Bucket {
  name: string;
  /**
   * The bucket's rows, segments ascending, then from `blocksFrom` on the tail's blocks of its
   * shard (see TailBlock: global numbers, terms of every bucket of the shard).
   */
  rows: PostingsRow[];
  blocksFrom: number;
  /**
   * The tail's entries by term: pairs (index into `tailDocs`, offset of the "\n" opening the
   * term's line). Its frequency is found when the term is decoded: counting the lines before
   * every term of the bucket in every document, most never asked for, cost a cold query more.
   */
  tail: Map<string, number[]>;
  tailDocs: TailText[];
  /** Terms looked up so far (null: not in the index). */
  terms: Map<string, TermEntry | null>;
  /** Prefixes whose every term is in `terms`. */
  expanded: Set<string>;
  bytes: number;
  /** Dropped from the cache (a query still using it goes on). */
  evicted?: boolean;
}

/**
 * What the worker keeps of the buckets queries read, per index state (so a write drops it), the
 * least recently used first; bounded by BUCKET_CACHE_BYTES (rows as stored, postings decoded).
 */
interface BucketCache {
  buckets: Map<string, Bucket>;
  bytes: number;
}

/** What the bucket cache may hold: the worker's heap stays small (20 MB in all, issue 18). */
export const BUCKET_CACHE_BYTES = 6 * 1048576;

const caches = new WeakMap<IndexState, BucketCache>();

/**
 * The terms of the index for one query: reads each bucket's rows at most once (and not at all
 * when the worker kept them), in one range read per bucket; a superseded query reads no more.
 */
export class TermDictionary {
  private cache: BucketCache | undefined;
  private readonly reads = new Map<string, Promise<Bucket>>();
  private readonly shardReads = new Map<number, Promise<TailShard>>();
  private known: IndexState | undefined;
  private readonly stats: SearchMeta | Promise<SearchMeta>;

  /**
   * `state` may still be being read (a cold query): rows, and the tail's shards of their
   * buckets (once `stats` says where the tail starts), are read meanwhile, and parsed with the
   * rest of the state once it is there.
   */
  constructor(
    private readonly db: BackstoryDb,
    private readonly state: IndexState | Promise<IndexState>,
    private readonly signal?: AbortSignal,
    stats?: SearchMeta | Promise<SearchMeta>,
  ) {
    // (Not instanceof Promise: inside a Dexie transaction, promises may be Dexie's own.)
    if (!('then' in state)) {
      this.known = state;
      this.cache = cacheOf(state);
    }
    this.stats = this.known?.stats ?? stats ?? (state as Promise<IndexState>).then((s) => s.stats);
  }

  /** Whether the worker keeps the buckets of all these terms: looking them up reads nothing. */
  holds(terms: string[]): boolean {
    return terms.every((t) => this.cache?.buckets.has(bucketOf(t)));
  }

  /** Postings of each of `terms` found in the index (summed if several). */
  async lookup(terms: string[]): Promise<TermPostings[]> {
    const buckets = await Promise.all(terms.map((t) => this.bucket(bucketOf(t))));
    const out: TermPostings[] = [];
    terms.forEach((t, i) => {
      const b = buckets[i]!;
      let entry = b.terms.get(t);
      if (entry === undefined) {
        entry = null;
        scanBucket(b, t, (term, e) => {
          if (term === t) entry = e;
        });
        b.terms.set(t, entry);
      }
      if (entry) out.push(this.decode(b, entry));
    });
    return out;
  }

  /**
   * The postings of the terms `prefix` begins, other than `except`: the `max` in most documents
   * (ties by term), chosen before any is decoded. `complete` when none was left out.
   */
  async expand(
    prefix: string,
    except: Set<string>,
    max: number,
  ): Promise<{ postings: TermPostings[]; complete: boolean }> {
    const bucket = await this.bucket(bucketOf(prefix));
    let found: [string, TermEntry][] = [];
    const kept = [...bucket.expanded].some((p) => prefix.startsWith(p));
    if (kept) {
      for (const [t, e] of bucket.terms) {
        if (e && t.startsWith(prefix) && !except.has(t)) found.push([t, e]);
      }
    } else {
      scanBucket(bucket, prefix, (t, e) => {
        const known = bucket.terms.get(t);
        if (!known) bucket.terms.set(t, e);
        if (!except.has(t)) found.push([t, known ?? e]);
      });
      bucket.expanded.add(prefix);
      bucket.bytes += found.length * 64;
    }
    const complete = found.length <= max;
    if (!complete) {
      found.sort((a, b) => b[1].df - a[1].df || (a[0] < b[0] ? -1 : 1));
      found = found.slice(0, max);
    }
    return { postings: found.map(([, e]) => this.decode(bucket, e)), complete };
  }

  private bucket(name: string): Promise<Bucket> {
    const kept = this.cache?.buckets.get(name);
    if (kept && this.cache) {
      // Most recently used last.
      this.cache.buckets.delete(name);
      this.cache.buckets.set(name, kept);
      return Promise.resolve(kept);
    }
    let r = this.reads.get(name);
    if (!r) {
      if (this.signal?.aborted) return Promise.reject(this.signal.reason as Error);
      const [lo, hi] = bucketRange(name);
      const rows = this.db.searchPostings.where(':id').between(lo, hi).toArray();
      const shard = this.shard(shardOf(name));
      r = Promise.all([rows, this.state, shard]).then(([list, state, tail]) => {
        this.cache ??= cacheOf(state);
        // Document numbers ascending: v11's rows (older), blocks, then rows not folded yet.
        const texts = state.tail.length ? [...tail.texts, ...state.tail] : tail.texts;
        const b = parseBucket(name, list, tail.blocks, texts);
        this.keep(name, b);
        return b;
      });
      this.reads.set(name, r);
    }
    return r;
  }

  /** The tail's rows of a shard (read once per index state). */
  private shard(s: number): Promise<TailShard> {
    const kept = this.known?.shards[s];
    if (kept) return Promise.resolve(kept);
    let r = this.shardReads.get(s);
    if (!r) {
      const read = (stats: SearchMeta) =>
        readTailShard(this.db, s, stats.tailFrom).then((rows) => {
          const out: TailShard = { texts: [], blocks: [] };
          for (const d of rows) {
            // A block is a postings row of segment 0: its numbers are global.
            if (isTailBlock(d)) out.blocks.push({ s: 0, t: d.t, m: d.m, p: d.p });
            else out.texts.push({ doc: d.doc, terms: `\n${d.terms}\n`, tfs: d.tfs });
          }
          return out;
        });
      // Chained on the stats' own (Dexie) promise: the read stays inside the transaction.
      const stats = this.stats;
      const texts = 'then' in stats ? stats.then(read) : read(stats);
      r = Promise.all([texts, this.state]).then(([t, state]) => {
        state.shards[s] ??= t;
        return t;
      });
      this.shardReads.set(s, r);
    }
    return r;
  }

  private keep(name: string, b: Bucket): void {
    this.cache!.buckets.set(name, b);
    this.cache!.bytes += b.bytes;
    this.evict(b);
  }

  private evict(keep: Bucket): void {
    const cache = this.cache!;
    for (const [name, b] of cache.buckets) {
      if (cache.bytes <= BUCKET_CACHE_BYTES) break;
      if (b === keep) continue;
      cache.buckets.delete(name);
      cache.bytes -= b.bytes;
      b.evicted = true;
    }
  }

  private decode(bucket: Bucket, e: TermEntry): TermPostings {
    if (e.decoded) return e.decoded;
    const n = e.df;
    const ids = new Uint32Array(n);
    const tfs = new Uint16Array(n);
    let k = 0;
    for (let i = 0; i < e.lines.length; i += 2) {
      const row = bucket.rows[e.lines[i]!]!;
      const line = e.lines[i + 1]!;
      k = decodeInto(row, line, ids, tfs, k);
    }
    for (let i = 0; i < e.tail.length; i += 2) {
      const d = bucket.tailDocs[e.tail[i]!]!;
      ids[k] = d.doc;
      tfs[k++] = d.tfs[lineAt(d.terms, e.tail[i + 1]!)]!;
    }
    e.decoded = ascending(ids, tfs);
    if (bucket.evicted || !this.cache) return e.decoded;
    bucket.bytes += n * 6;
    this.cache.bytes += n * 6;
    this.evict(bucket);
    return e.decoded;
  }
}

function cacheOf(state: IndexState): BucketCache {
  let c = caches.get(state);
  if (!c) caches.set(state, (c = { buckets: new Map(), bytes: 0 }));
  return c;
}

/** Appends the postings of line `line` of a row at `k`, as global numbers; returns the new k. */
function decodeInto(
  row: PostingsRow,
  line: number,
  ids: Uint32Array,
  tfs: Uint16Array,
  k: number,
): number {
  const at = row.m[line * 4]!;
  const n = row.m[line * 4 + 2]!;
  return decodePostingsInto(row.p, at, n, row.s * SEGMENT_SIZE - 1, ids, tfs, k);
}

/** A bucket's rows (segments ascending), its shard's blocks, and its tail entries by term. */
function parseBucket(
  name: string,
  segments: PostingsRow[],
  blocks: PostingsRow[],
  tailDocs: TailText[],
): Bucket {
  const rows = blocks.length ? [...segments, ...blocks] : segments;
  let bytes = 0;
  // Blocks are not counted: the index state keeps them (see IndexState.shards), shared by
  // every bucket of their shard (counting them in each pushed the kept buckets out).
  for (const row of segments) bytes += row.p.length + row.m.byteLength + row.t.length * 2;
  const tail = new Map<string, number[]>();
  // The tail: each document's terms as "\nterm\nterm\n", and their frequencies by line.
  const needle = `\n${name}`;
  tailDocs.forEach((d, i) => {
    const s = d.terms;
    for (let at = s.indexOf(needle); at >= 0;) {
      const end = s.indexOf('\n', at + 1);
      const term = s.slice(at + 1, end);
      // Terms of another bucket may begin with this one's name (a CJK character, a filter).
      const same =
        term.length === name.length ||
        (name.length >= 3 && !term.includes(':') && !name.includes(':')) ||
        bucketOf(term) === name;
      if (same) {
        let e = tail.get(term);
        if (!e) tail.set(term, (e = []));
        e.push(i, at);
        bytes += 16;
      }
      at = s.indexOf(needle, end);
    }
  });
  return {
    name,
    rows,
    blocksFrom: segments.length,
    tail,
    tailDocs,
    terms: new Map(),
    expanded: new Set(),
    bytes,
  };
}

/**
 * Postings in ascending order: they are, but for a tail that holds both v11's rows and blocks
 * (for one merge after an upgrade), whose entries are decoded blocks first.
 */
function ascending(ids: Uint32Array, tfs: Uint16Array): TermPostings {
  let sorted = true;
  for (let k = 1; k < ids.length && sorted; k++) sorted = ids[k - 1]! < ids[k]!;
  if (sorted) return { ids, tfs };
  const order = Array.from(ids.keys()).sort((a, b) => ids[a]! - ids[b]!);
  return {
    ids: Uint32Array.from(order, (k) => ids[k]!),
    tfs: Uint16Array.from(order, (k) => tfs[k]!),
  };
}

/** The line (0 for the first term) of the term whose "\n" is at `at` in "\nterm\nterm\n". */
function lineAt(terms: string, at: number): number {
  let line = 0;
  for (let nl = terms.indexOf('\n', 1); nl >= 0 && nl <= at; nl = terms.indexOf('\n', nl + 1)) {
    line++;
  }
  return line;
}

/**
 * Calls `found` with each term of the bucket that begins with `prefix` (rows and tail), and
 * where it is. A row's terms are "\n"-separated: indexOf finds them, and lines are counted
 * only up to the last one found.
 */
function scanBucket(
  bucket: Bucket,
  prefix: string,
  found: (term: string, entry: TermEntry) => void,
): void {
  const entries = new Map<string, TermEntry>();
  const entry = (term: string) => {
    let e = entries.get(term);
    if (!e) entries.set(term, (e = { df: 0, lines: [], tail: [] }));
    return e;
  };
  const needle = `\n${prefix}`;
  bucket.rows.forEach((row, r) => {
    const t = row.t;
    // The start of the next term after `from` that begins with the prefix, or -1.
    const next = (from: number) => {
      const i = t.indexOf(needle, from);
      return i < 0 ? -1 : i + 1;
    };
    let line = 0;
    let pos = 0;
    for (let at = t.startsWith(prefix) ? 0 : next(0); at >= 0;) {
      // `pos` is where line `line` starts: go on to the line starting at `at`.
      for (let nl = t.indexOf('\n', pos); nl >= 0 && nl < at; nl = t.indexOf('\n', pos)) {
        line++;
        pos = nl + 1;
      }
      let end = t.indexOf('\n', at);
      if (end < 0) end = t.length;
      const term = t.slice(at, end);
      // A block holds terms of other buckets of its shard, some beginning with the prefix
      // ("per" begins "per:putin").
      if (r < bucket.blocksFrom || bucketOf(term) === bucket.name) {
        const e = entry(term);
        e.df += row.m[line * 4 + 2]!;
        e.lines.push(r, line);
      }
      at = end === t.length ? -1 : next(end);
    }
  });
  for (const [term, pairs] of bucket.tail) {
    if (!term.startsWith(prefix)) continue;
    const e = entry(term);
    e.df += pairs.length / 2;
    e.tail = pairs;
  }
  for (const [term, e] of entries) found(term, e);
}

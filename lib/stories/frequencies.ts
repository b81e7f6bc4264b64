import Dexie from 'dexie';
import type { BackstoryDb } from '../db/schema';
import type { StoryDfRow } from './rows';

/** The counter of articles in stories, and of stories ever created. */
export const DOCS = '#docs';
export const SEQ = '#seq';

/**
 * The tail of the frequencies: one row holding the counts changed since the counts were last
 * written out to their own rows, and the commonest words kept through that, as two fields (the
 * keys joined by SEP, their counts in an Int32Array) so that reading and writing it is one small
 * copy instead of a row per key. A count is the tail's when the tail has it (0: the row is gone),
 * else its row's. When a merge (RECENT) leaves the tail with more than TAIL_MAX keys, it is
 * trimmed in the same transaction: its TAIL_MAX keys of highest count stay in it, every other
 * count is written to its row. An add then reads and writes one row for the words its
 * predecessors shared, instead of ~95 rows of its own: at 10,000 synthetic articles with texts,
 * fake-indexeddb's get allocates ~3 KB each, the largest part of an add's garbage.
 */
export const TAIL = '#tail';
/**
 * Keys the tail holds at most after a merge. A count is how many articles have the key: the
 * commonest keys are those the next articles are likeliest to have, and a trim that wrote them
 * out had the next adds read them back, one row each. Until cpu42 the tail was folded down to
 * TAIL_KEEP (2,048) keys when it passed TAIL_MAX, some 2,000 rows written by one add in ~80
 * (cpu40: rows read per add 59.5 with a tail of 2,048 emptied by each fold, 27.2 keeping 2,048
 * of 4,096); trimmed to TAIL_MAX at each merge, a merge writes the rows of the keys the tail
 * gained since the last one (see profile-add), and the tail holds 4,096 keys between them.
 */
export const TAIL_MAX = 4096;

/**
 * The tail's recent part: a second row of the same form, holding the counts changed since it was
 * last merged into the tail (TAIL), which a count is read from first. An add writes this row
 * alone, not the tail's thousands of keys (rewritten whole by every add, the tail was the largest
 * copy an add made: its text joined, then cloned by the put, ~160 KB per add at 10,000 articles
 * with texts). It is merged into the tail when it holds more than RECENT_MAX keys (then the tail
 * is trimmed to TAIL_MAX). It carries the stamp (TailRow.g) of the tail it was written beside:
 * an add whose database last read or wrote the tail of that stamp takes the tail from memory
 * (tailCache) instead of reading and copying its row (~85 KB at 10,000 articles). A merge writes
 * it empty, with the new tail's stamp.
 */
export const RECENT = '#recent';
/**
 * Keys the recent part holds before it is merged. A merge rewrites the tail and trims it (~100 to
 * ~500 rows written): the few adds that merge are the slow ones, and at 512 they were one add in
 * seven (profile-add at 10,000 articles: 30 of 200 adds, ~10 ms CPU above the others under
 * load), inside the 95th percentile; at 2,048, 5 of 200, for ~100 KB more copied per add (the
 * larger recent row read and written: 1,951 -> 2,061 KB allocated per add).
 */
export const RECENT_MAX = 2048;
const SEP = '\u0000';

/**
 * The tail row as stored in storyDf (k = TAIL; n = the number of keys, in code-unit order), and
 * its recent part (k = RECENT). g: the tail's stamp, new at each write of the tail (unique: time
 * and a random part), the same on the recent row written beside it; absent on rows written
 * before stamps (then the tail is read).
 */
interface TailRow {
  k: string;
  n: number;
  keys: string;
  counts: Int32Array;
  g?: string;
}

/**
 * The tail as read: its keys' text as stored (in order, joined by SEP) with where each key
 * starts, for a binary search over the text itself, and their counts. Splitting the text made
 * a string per key, 2,048 on every add, for the ~100 keys an add looks up and changes; merging
 * the changed keys in copies the runs of keys between them as slices (tailWithChanges).
 */
interface Tail {
  text: string;
  /** starts[i]: where key i begins in `text`; starts[n] is text.length + 1 (n keys). */
  starts: Int32Array;
  counts: Int32Array;
}

/** Counts read and changed by a transaction (or a batch, inFrequencyBatch), by its root. */
interface Pending {
  /** The counts read (from the tail or rows), and those changed here, by key. */
  counts: Map<string, number>;
  tail: Tail;
  /** The tail's stamp (TailRow.g), or undefined when it has none. */
  stamp: string | undefined;
  /** The tail's recent part (RECENT): its counts override the tail's. */
  recent: Tail;
  /** Keys changed here, to be written. */
  dirty: Set<string>;
  /** True while a batch holds the writes until its end. */
  held: boolean;
}

const pendings = new WeakMap<object, Pending>();
/** The outermost transaction of the current one (a nested transaction is part of it). */
const rootTransaction = () => {
  let t = Dexie.currentTransaction;
  while (t?.parent) t = t.parent;
  return t;
};

const NO_TAIL: Tail = { text: '', starts: new Int32Array(1), counts: new Int32Array(0) };

function decodeTail(row: TailRow | undefined): Tail {
  if (!row?.keys) return NO_TAIL;
  const text = row.keys;
  const n = row.counts.length;
  const starts = new Int32Array(n + 1);
  let at = 0;
  for (let i = 1; i < n; i++) starts[i] = at = text.indexOf(SEP, at) + 1;
  starts[n] = text.length + 1;
  return { text, starts, counts: row.counts };
}

/** The number of keys in the tail. */
const tailSize = (tail: Tail) => tail.counts.length;

/** Key `i` of the tail (a new string: for folding and tools, not for lookups). */
const tailKey = (tail: Tail, i: number) =>
  tail.text.slice(tail.starts[i]!, tail.starts[i + 1]! - 1);

/** Key `i` of the tail compared with `k` in code-unit order (as `<` compares strings): -1, 0, 1. */
function compareKey(tail: Tail, i: number, k: string): number {
  const { text, starts } = tail;
  const start = starts[i]!;
  const len = starts[i + 1]! - 1 - start;
  const common = Math.min(len, k.length);
  for (let j = 0; j < common; j++) {
    const d = text.charCodeAt(start + j) - k.charCodeAt(j);
    if (d) return d < 0 ? -1 : 1;
  }
  return len === k.length ? 0 : len < k.length ? -1 : 1;
}

/** The first index from `lo` on whose key is not below `k` (the tail's size when none). */
function lowerBound(tail: Tail, k: string, lo = 0): number {
  let hi = tailSize(tail);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKey(tail, mid, k) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of `k` in the tail's keys, or -1. */
function tailIndex(tail: Tail, k: string): number {
  const i = lowerBound(tail, k);
  return i < tailSize(tail) && compareKey(tail, i, k) === 0 ? i : -1;
}

/**
 * The tail with the keys `changed` (sorted, distinct) set to their counts in `counts`: the old
 * keys between two changed ones are copied as one slice of the text, their counts as one block.
 */
function tailWithChanges(old: Tail, changed: string[], counts: Map<string, number>): Tail {
  const parts: string[] = [];
  const out = new Int32Array(tailSize(old) + changed.length);
  let n = 0;
  let i = 0;
  const copyUpTo = (j: number) => {
    if (j <= i) return;
    parts.push(old.text.slice(old.starts[i]!, old.starts[j]! - 1));
    out.set(old.counts.subarray(i, j), n);
    n += j - i;
    i = j;
  };
  for (const k of changed) {
    const j = lowerBound(old, k, i);
    copyUpTo(j);
    if (i < tailSize(old) && compareKey(old, i, k) === 0) i++;
    parts.push(k);
    out[n++] = counts.get(k)!;
  }
  copyUpTo(tailSize(old));
  const text = parts.join(SEP);
  return decodeTail({ k: TAIL, n, keys: text, counts: out.slice(0, n) });
}

/** The root of the current transaction; throws outside one. */
function rootOrThrow(): object {
  const root = rootTransaction();
  if (!root) throw new Error('frequencies are read and written inside a transaction over storyDf');
  return root;
}

/**
 * The tail each database last read or wrote, by its stamp: taken instead of the stored row while
 * the recent row carries that stamp. A tail is never changed in place (a write makes a new one).
 * Another context (a popup, the service worker after a restart) that writes the tail gives it a
 * new stamp, so a stale copy is never used; a transaction that failed after writing left the
 * recent row with the old stamp.
 */
const tailCache = new WeakMap<BackstoryDb, { stamp: string; tail: Tail }>();

/** A new tail stamp: the time and a random part. */
const newStamp = () => `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}`;

/**
 * The state of the transaction `root`'s counts, the tail read once per transaction (from memory
 * when the recent row says the tail is the one this database last had: tailCache). Called only
 * when there is none yet: awaiting nothing when there is keeps an add from handing the event
 * loop a turn with no request pending (fake-indexeddb would commit the transaction).
 */
async function loadPending(db: BackstoryDb, root: object): Promise<Pending> {
  const recentRow = (await db.storyDf.get(RECENT)) as TailRow | undefined;
  const cached = tailCache.get(db);
  let tail: Tail;
  let stamp: string | undefined;
  if (cached && recentRow?.g === cached.stamp) {
    ({ tail, stamp } = cached);
  } else {
    const row = (await db.storyDf.get(TAIL)) as TailRow | undefined;
    tail = decodeTail(row);
    stamp = row?.g;
    if (stamp) tailCache.set(db, { stamp, tail });
  }
  const recent = decodeTail(recentRow);
  let p = pendings.get(root);
  if (!p) {
    p = { counts: new Map(), tail, stamp, recent, dirty: new Set(), held: false };
    pendings.set(root, p);
  }
  return p;
}

/**
 * The keys whose counts are not known yet; those the tail holds are taken from it (its recent
 * part first).
 */
function unknownKeys(p: Pending, keys: string[]): string[] {
  const unread: string[] = [];
  for (const k of keys) {
    if (p.counts.has(k)) continue;
    const r = tailIndex(p.recent, k);
    if (r >= 0) {
      p.counts.set(k, p.recent.counts[r]!);
      continue;
    }
    const i = tailIndex(p.tail, k);
    if (i < 0) unread.push(k);
    else p.counts.set(k, p.tail.counts[i]!);
  }
  return unread;
}

/**
 * Writes the counts changed (p.dirty) into the tail's recent part (RECENT), merged into the tail
 * when it holds more than RECENT_MAX keys. When the tail would then hold more than TAIL_MAX keys,
 * it is trimmed: the TAIL_MAX keys of highest count stay in it, every other count goes to its own
 * row (0: deleted); `foldNow` (foldFrequencies) writes them all out and deletes the tail rows. The
 * story counter (SEQ, bumped alone when a story starts) and a key that cannot be joined (holds
 * SEP) go to their rows directly.
 */
async function writePending(db: BackstoryDb, p: Pending, foldNow = false): Promise<void> {
  const direct: string[] = [];
  const changed: string[] = [];
  for (const k of p.dirty) {
    if (k === SEQ || k === TAIL || k === RECENT || k.includes(SEP)) direct.push(k);
    else changed.push(k);
  }
  p.dirty.clear();
  // The new recent part: the old one's keys and the changed ones, merged in order.
  changed.sort();
  let recent = changed.length ? tailWithChanges(p.recent, changed, p.counts) : p.recent;
  let tail = p.tail;
  const merge = foldNow || tailSize(recent) > RECENT_MAX;
  if (merge && tailSize(recent)) {
    const keys: string[] = [];
    const counts = new Map<string, number>();
    for (let i = 0; i < tailSize(recent); i++) {
      const k = tailKey(recent, i);
      keys.push(k);
      counts.set(k, recent.counts[i]!);
    }
    tail = tailWithChanges(tail, keys, counts);
    recent = NO_TAIL;
  }
  const trim = merge && (foldNow || tailSize(tail) > TAIL_MAX);
  const put: StoryDfRow[] = [];
  const gone: string[] = [];
  const toRow = (k: string, n: number) => (n > 0 ? put.push({ k, n }) : gone.push(k));
  for (const k of direct) toRow(k, p.counts.get(k)!);
  if (trim) {
    const kept = keptAtFold(tail, foldNow ? 0 : TAIL_MAX);
    for (let j = 0; j < tailSize(tail); j++) {
      if (!kept[j]) toRow(tailKey(tail, j), tail.counts[j]!);
    }
    tail = keepOnly(tail, kept);
  }
  const writeTail = merge && (tailSize(p.recent) > 0 || changed.length > 0 || trim);
  const hadRecent = tailSize(p.recent) > 0;
  p.recent = recent;
  if (put.length) await db.storyDf.bulkPut(put);
  if (gone.length) await db.storyDf.bulkDelete(gone);
  if (!changed.length && !writeTail) return;
  const rowOf = (k: string, t: Tail, g: string | undefined): TailRow => ({
    k,
    n: tailSize(t),
    keys: t.text,
    counts: t.counts,
    ...(g && { g }),
  });
  if (writeTail) {
    p.tail = tail;
    if (!tailSize(tail)) {
      p.stamp = undefined;
      tailCache.delete(db);
      await db.storyDf.delete(TAIL);
      if (hadRecent) await db.storyDf.delete(RECENT);
      return;
    }
    // A new stamp, on the tail and on the (empty) recent row beside it.
    p.stamp = newStamp();
    tailCache.set(db, { stamp: p.stamp, tail });
    await db.storyDf.bulkPut([
      rowOf(TAIL, tail, p.stamp),
      rowOf(RECENT, NO_TAIL, p.stamp),
    ] as unknown as StoryDfRow[]);
    return;
  }
  await db.storyDf.put(rowOf(RECENT, recent, p.stamp) as unknown as StoryDfRow);
}

/**
 * Which keys of a tail a trim keeps in it (1: kept): the `keep` of highest count (the earlier in
 * key order among equal counts), none counted out to 0.
 */
function keptAtFold(tail: Tail, keep: number): Uint8Array {
  const n = tailSize(tail);
  const kept = new Uint8Array(n);
  if (keep <= 0) return kept;
  // One number per key counted above 0, -count * n + index: ascending, the highest count first,
  // the earlier key among equal counts (a typed array sorts numbers without a comparator).
  const order = new Float64Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const c = tail.counts[i]!;
    if (c > 0) order[m++] = -c * n + i;
  }
  const sorted = order.subarray(0, m).sort();
  for (let j = 0; j < Math.min(keep, m); j++) {
    const v = sorted[j]!;
    kept[((v % n) + n) % n] = 1;
  }
  return kept;
}

/** The tail of the keys `kept` (keptAtFold), in their order: runs of kept keys copied as slices. */
function keepOnly(tail: Tail, kept: Uint8Array): Tail {
  const n = tailSize(tail);
  const parts: string[] = [];
  const counts = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n;) {
    if (!kept[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && kept[j]) j++;
    parts.push(tail.text.slice(tail.starts[i]!, tail.starts[j]! - 1));
    counts.set(tail.counts.subarray(i, j), m);
    m += j - i;
    i = j;
  }
  if (!m) return NO_TAIL;
  return decodeTail({ k: TAIL, n: m, keys: parts.join(SEP), counts: counts.slice(0, m) });
}

/**
 * Runs `work` (articles added one after the other, inside a transaction over storyDf) with the
 * frequencies kept in memory: each is read once and written once at the end, instead of every
 * article reading and writing back the hundreds it bumps (words shared by the batch's articles
 * are most of them). The counts each step sees are the same.
 */
export async function inFrequencyBatch<T>(db: BackstoryDb, work: () => Promise<T>): Promise<T> {
  const root = rootOrThrow();
  const p = pendings.get(root) ?? (await loadPending(db, root));
  p.held = true;
  try {
    const out = await work();
    p.held = false;
    await writePending(db, p);
    return out;
  } finally {
    p.held = false;
  }
}

/**
 * Adds `delta` to the document frequencies under `keys` (never below 0) and returns the new
 * counts. Run inside a transaction over storyDf: the counts are written (to the tail) before it
 * returns, in that transaction.
 */
export async function bumpFrequencies(
  db: BackstoryDb,
  keys: string[],
  delta: number,
): Promise<Map<string, number>> {
  const root = rootOrThrow();
  const p = pendings.get(root) ?? (await loadPending(db, root));
  const unique = [...new Set(keys)];
  const unread = unknownKeys(p, unique);
  if (unread.length) {
    const rows = await db.storyDf.bulkGet(unread);
    unread.forEach((k, i) => p.counts.set(k, rows[i]?.n ?? 0));
  }
  const out = new Map<string, number>();
  for (const k of unique) {
    const n = Math.max(0, p.counts.get(k)! + delta);
    p.counts.set(k, n);
    p.dirty.add(k);
    out.set(k, n);
  }
  if (!p.held && p.dirty.size) await writePending(db, p);
  return out;
}

/** Every count as an add would read it (rows and tail), by key: for tests and tools. */
export async function allFrequencies(db: BackstoryDb): Promise<Map<string, number>> {
  return db.transaction('r', db.storyDf, async () => {
    const out = new Map<string, number>();
    let tail: TailRow | undefined;
    let recent: TailRow | undefined;
    for (const row of await db.storyDf.toArray()) {
      if (row.k === TAIL) tail = row as TailRow;
      else if (row.k === RECENT) recent = row as TailRow;
      else out.set(row.k, row.n);
    }
    // The recent part's counts last: they override the tail's.
    for (const decoded of [decodeTail(tail), decodeTail(recent)]) {
      for (let i = 0; i < tailSize(decoded); i++) {
        const n = decoded.counts[i]!;
        if (n > 0) out.set(tailKey(decoded, i), n);
        else out.delete(tailKey(decoded, i));
      }
    }
    return out;
  });
}

/** The next story id (see storyIdOf). */
export async function nextStoryId(db: BackstoryDb): Promise<string> {
  return storyIdOf((await bumpFrequencies(db, [SEQ], 1)).get(SEQ)!);
}

const LAST_SEQ = 36 ** 8 - 1;

/**
 * The id of the story created `seq`-th: "s" + (36^8 - 1 - seq) in base 36, padded, so that
 * newer stories sort first. Reading an index forward (getAllKeys with a count) then yields the
 * newest stories: the cheapest capped query, and the only one fake-indexeddb keeps fast when
 * thousands of rows share an index key (its reverse cursors rescan them at every step).
 */
export function storyIdOf(seq: number): string {
  return `s${(LAST_SEQ - seq).toString(36).padStart(8, '0')}`;
}

/**
 * Folds the tail into the rows now (each count in its own row, the tail deleted): for tools that
 * write the rows themselves (the synthetic archives of the benches), which a tail would shadow.
 */
export async function foldFrequencies(db: BackstoryDb): Promise<void> {
  await db.transaction('rw', db.storyDf, async () => {
    const root = rootOrThrow();
    const p = pendings.get(root) ?? (await loadPending(db, root));
    if (tailSize(p.tail) || tailSize(p.recent)) await writePending(db, p, true);
  });
}

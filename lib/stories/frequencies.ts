import Dexie from 'dexie';
import type { BackstoryDb } from '../db/schema';

/** The counter of articles in stories, and of stories ever created. */
export const DOCS = '#docs';
export const SEQ = '#seq';

/** Counts read and changed by a batch (inFrequencyBatch), by the transaction they belong to. */
const batches = new WeakMap<object, { counts: Map<string, number>; dirty: Set<string> }>();
/** The outermost transaction of the current one (a nested transaction is part of it). */
const rootTransaction = () => {
  let t = Dexie.currentTransaction;
  while (t?.parent) t = t.parent;
  return t;
};
const batchOf = () => {
  const root = rootTransaction();
  return root ? batches.get(root) : undefined;
};

/**
 * Runs `work` (articles added one after the other, inside a transaction over storyDf) with the
 * frequencies kept in memory: each is read once and written once at the end, instead of every
 * article reading and writing back the hundreds it bumps (words shared by the batch's articles
 * are most of them). The counts each step sees are the same.
 */
export async function inFrequencyBatch<T>(db: BackstoryDb, work: () => Promise<T>): Promise<T> {
  const root = rootTransaction();
  if (!root) throw new Error('inFrequencyBatch runs inside a transaction over storyDf');
  const batch = { counts: new Map<string, number>(), dirty: new Set<string>() };
  batches.set(root, batch);
  try {
    const out = await work();
    const put: { k: string; n: number }[] = [];
    const gone: string[] = [];
    for (const k of batch.dirty) {
      const n = batch.counts.get(k)!;
      if (n > 0) put.push({ k, n });
      else gone.push(k);
    }
    await db.storyDf.bulkPut(put);
    if (gone.length) await db.storyDf.bulkDelete(gone);
    return out;
  } finally {
    batches.delete(root);
  }
}

/**
 * Adds `delta` to the document frequencies under `keys` (one bulk read, one bulk write) and
 * returns the new counts. Run inside a transaction over storyDf.
 */
export async function bumpFrequencies(
  db: BackstoryDb,
  keys: string[],
  delta: number,
): Promise<Map<string, number>> {
  const batch = batchOf();
  if (batch) {
    const unique = [...new Set(keys)];
    const unread = unique.filter((k) => !batch.counts.has(k));
    if (unread.length) {
      const read = await db.storyDf.bulkGet(unread);
      unread.forEach((k, i) => batch.counts.set(k, read[i]?.n ?? 0));
    }
    const out = new Map<string, number>();
    for (const k of unique) {
      const n = Math.max(0, batch.counts.get(k)! + delta);
      batch.counts.set(k, n);
      batch.dirty.add(k);
      out.set(k, n);
    }
    return out;
  }
  const rows = await db.storyDf.bulkGet(keys);
  const out = new Map<string, number>();
  const put: { k: string; n: number }[] = [];
  const gone: string[] = [];
  keys.forEach((k, i) => {
    const n = Math.max(0, (rows[i]?.n ?? 0) + delta);
    out.set(k, n);
    if (n > 0) put.push({ k, n });
    else if (rows[i]) gone.push(k);
  });
  await db.storyDf.bulkPut(put);
  if (gone.length) await db.storyDf.bulkDelete(gone);
  return out;
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

import type { BackstoryDb } from '../db/schema';

/** The counter of articles in stories, and of stories ever created. */
export const DOCS = '#docs';
export const SEQ = '#seq';

/**
 * Adds `delta` to the document frequencies under `keys` (one bulk read, one bulk write) and
 * returns the new counts. Run inside a transaction over storyDf.
 */
export async function bumpFrequencies(
  db: BackstoryDb,
  keys: string[],
  delta: number,
): Promise<Map<string, number>> {
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

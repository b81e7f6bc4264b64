import * as v from 'valibot';
import type { BackstoryDb } from '../db/schema';

/** Time-to-lives of cached answers (ms). */
export const TTL = {
  wikiFound: 7 * 24 * 3600_000,
  wikiNotFound: 24 * 3600_000,
  gdelt: 3600_000,
} as const;

/**
 * The cached value under `key` if it has not expired and still has the expected shape (a row
 * written by an older version reads as a miss). Never throws: a broken cache is a miss.
 */
export async function readCached<S extends v.GenericSchema>(
  db: BackstoryDb,
  key: string,
  schema: S,
  now: number,
): Promise<v.InferOutput<S> | undefined> {
  try {
    const row = await db.onlineCache.get(key);
    if (!row || row.expiresAt <= now) return undefined;
    const parsed = v.safeParse(schema, row.value);
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}

/** Stores an answer for `ttlMs`. A failed write only costs a refetch later. */
export async function writeCached(
  db: BackstoryDb,
  key: string,
  value: unknown,
  now: number,
  ttlMs: number,
): Promise<void> {
  try {
    await db.onlineCache.put({ key, value, fetchedAt: now, expiresAt: now + ttlMs });
  } catch {
    // Quota or a closing database: the answer is still returned to the caller.
  }
}

/** Deletes expired answers; returns how many. */
export function pruneOnlineCache(db: BackstoryDb, now: number): Promise<number> {
  return db.onlineCache.where('expiresAt').belowOrEqual(now).delete();
}

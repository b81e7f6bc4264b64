import type { Table } from 'dexie';

/**
 * Lookups of many values in one index, as requests issued together: one indexed get per value
 * (getAll or getAllKeys over that value), not Dexie's anyOf, which walks a cursor from one value
 * to the next and waits for each step. For a batch of values scattered among many rows (a sync
 * batch's keys and hashes): fake-indexeddb, in Node, takes about as long for each step of the
 * cursor as for a whole get; Chromium answers each step in its own round trip (measured in
 * Chrome: dexie/Dexie.js#985, anyOf slower than as many gets unless the keys are next to each
 * other). lib/sync/outbox.ts reads by primary key for that reason.
 */

/** The primary keys of the rows whose `index` holds one of `values`, each once. */
export async function primaryKeysWhereAnyOf<T, K>(
  table: Table<T, K>,
  index: string,
  values: readonly string[],
): Promise<K[]> {
  const found = await Promise.all(
    [...new Set(values)].map((v) => table.where(index).equals(v).primaryKeys()),
  );
  return [...new Set(found.flat())];
}

/**
 * The rows under `keys` in the unique index `index` (those that exist, each once), in the order
 * of their keys, as Dexie's anyOf gives them.
 */
export async function rowsWhereAnyOf<T, K>(
  table: Table<T, K>,
  index: string,
  keys: readonly string[],
): Promise<T[]> {
  const sorted = [...new Set(keys)].sort();
  const rows: (T | undefined)[] = await Promise.all(
    sorted.map((k) => table.where(index).equals(k).first()),
  );
  return rows.filter((r): r is T => r !== undefined);
}

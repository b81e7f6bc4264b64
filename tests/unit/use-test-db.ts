import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { openDb, type BackstoryDb } from '@/lib/db';

/** A fresh database for each test of the file, deleted after it: call `db()` in a test. */
export function useTestDb(): () => BackstoryDb {
  let db: BackstoryDb | undefined;
  beforeEach(() => {
    db = openDb(`t-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    db!.close();
    await Dexie.delete(db!.name);
  });
  return () => db!;
}

/**
 * For tests that need several databases: `fresh()` opens one more (or the one named, e.g. one an
 * older schema wrote), all deleted after the test.
 */
export function useTestDbs(): (name?: string) => BackstoryDb {
  const dbs: BackstoryDb[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return (name = `t-${crypto.randomUUID()}`) => {
    const db = openDb(name);
    dbs.push(db);
    return db;
  };
}

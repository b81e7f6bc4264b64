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

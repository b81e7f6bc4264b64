import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import { pruneOnlineCache, readCached, writeCached } from '@/lib/online/cache';
import { useTestDb } from '../../use-test-db';

const Schema = v.object({ n: v.number() });
let db: BackstoryDb;
const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

describe('the online cache', () => {
  it('reads a row until it expires', async () => {
    await writeCached(db, 'k', { n: 1 }, 1000, 500);
    expect(await db.onlineCache.get('k')).toEqual({
      key: 'k',
      value: { n: 1 },
      fetchedAt: 1000,
      expiresAt: 1500,
    });
    expect(await readCached(db, 'k', Schema, 1499)).toEqual({ n: 1 });
    expect(await readCached(db, 'k', Schema, 1500)).toBeUndefined();
  });

  it('reads a row of another shape as a miss', async () => {
    await writeCached(db, 'k', { n: 'one' }, 1000, 500);
    expect(await readCached(db, 'k', Schema, 1000)).toBeUndefined();
  });

  it('reads a closed database as a miss, and writes to it without throwing', async () => {
    db.close();
    await expect(writeCached(db, 'k', { n: 1 }, 1000, 500)).resolves.toBeUndefined();
    expect(await readCached(db, 'k', Schema, 1000)).toBeUndefined();
  });

  it('prunes expired rows only', async () => {
    await writeCached(db, 'old', { n: 1 }, 1000, 500);
    await writeCached(db, 'new', { n: 2 }, 1000, 5000);
    expect(await pruneOnlineCache(db, 2000)).toBe(1);
    expect(await db.onlineCache.toCollection().primaryKeys()).toEqual(['new']);
  });
});

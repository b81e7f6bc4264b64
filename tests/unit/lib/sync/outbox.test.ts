import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { textArticle } from '@/lib/article';
import { upsertArticle, type BackstoryDb } from '@/lib/db';
import { removeFromArchive, saveToArchive } from '@/lib/db/archive';
import { deleteArticle, deleteSite, importArticles } from '@/lib/db/transfer';
import { setStoryApart } from '@/lib/stories/set-apart';
import { collectChanges, dropSentTombstones } from '@/lib/sync/outbox';
import { useTestDbs } from '../../use-test-db';

const T = Date.UTC(2026, 0, 5, 9);
const DAY = 86_400_000;
const fresh = useTestDbs();
const keyOf = (n: number) => `https://news.example/story-${n}`;
const read = (db: BackstoryDb, n: number, at: number) =>
  upsertArticle(db, textArticle(`Text ${n}.`, { canonicalUrl: keyOf(n), url: keyOf(n) }), at);

describe('collectChanges (what goes out)', () => {
  it('finds reads, saves, unsaves, decisions, imports and deletions since a time, by index', async () => {
    const db = fresh();
    for (let n = 1; n <= 6; n++) await read(db, n, T + n);
    const since = T + 100;
    expect(await collectChanges(db, since)).toEqual({ keys: [], deleted: [] });
    await read(db, 1, since + 1);
    await saveToArchive(db, keyOf(2), null, since + 2);
    await removeFromArchive(db, keyOf(2), since + 3);
    await saveToArchive(db, keyOf(3), '<p>3</p>', since + 4);
    await setStoryApart(db, keyOf(4), true, since + 5);
    await deleteArticle(db, keyOf(5), since + 6);
    await deleteSite(db, 'other.example', since + 7); // nothing there: no tombstone
    const exported = { ...(await db.articles.where('key').equals(keyOf(6)).first())! };
    delete exported.id;
    await importArticles(db, [{ ...exported, savedAt: null, html: null }], since + 8);
    expect(await collectChanges(db, since)).toEqual({
      keys: [keyOf(1), keyOf(2), keyOf(3), keyOf(4), keyOf(6)],
      deleted: [{ key: keyOf(5), at: since + 6 }],
    });
    await dropSentTombstones(db, since + 7);
    expect((await collectChanges(db, since)).deleted).toEqual([]);
  });

  it('keeps reading history past retention home, and sends a deleted article read again as itself', async () => {
    const db = fresh();
    await read(db, 1, T);
    await read(db, 2, T);
    await saveToArchive(db, keyOf(2), null, T + 1);
    await deleteArticle(db, keyOf(3), T + 2); // never stored: no tombstone
    await read(db, 4, T);
    await deleteArticle(db, keyOf(4), T + 3);
    await read(db, 4, T + 4);
    expect(await collectChanges(db, 0, T + DAY)).toEqual({ keys: [keyOf(2)], deleted: [] });
    expect((await collectChanges(db, 0)).keys).toEqual([keyOf(1), keyOf(2), keyOf(4)]);
  });

  it('works on a database written by schema v8, upgraded with nothing lost', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const v8 = new Dexie(name);
    v8.version(8).stores({
      articles: '++id, &key, lastReadAt, publishedAt, siteName, lang, savedAt, *entityIds',
      pendingDerive: 'key, indexed',
    });
    await v8.table('articles').add({
      key: keyOf(1),
      url: keyOf(1),
      text: 'Old.',
      firstReadAt: T,
      lastReadAt: T,
      readCount: 1,
      savedAt: T,
      savedChangedAt: T + 5,
      decision: { apart: true, at: T + 9 },
    });
    v8.close();
    const db = fresh(name);
    expect(db.verno).toBeGreaterThan(8); // upgraded to the current schema
    expect((await collectChanges(db, T + 9)).keys).toEqual([keyOf(1)]);
    expect((await collectChanges(db, T + 10)).keys).toEqual([]);
    expect(await db.syncKeys.count()).toBe(0);
  });
});

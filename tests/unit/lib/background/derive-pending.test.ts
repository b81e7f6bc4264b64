import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { textArticle } from '@/lib/article';
import { toExported, type ExportedArticle } from '@/lib/archive/export-format';
import { catchUpDerived, derivePending, type DeriveDeps } from '@/lib/background/derive-pending';
import { addAllToStories, annotateForStorage } from '@/lib/background/handlers';
import { openDb, upsertArticle, type BackstoryDb } from '@/lib/db';
import { importArticles } from '@/lib/db/transfer';
import { indexArticles } from '@/lib/search/index-articles';
import { searchArticles } from '@/lib/search/search-articles';

let db: BackstoryDb;
let deps: DeriveDeps;

beforeEach(() => {
  db = openDb(`t-${crypto.randomUUID()}`);
  deps = {
    db,
    annotate: (article) => annotateForStorage(article).entities,
    extra: (articles) => addAllToStories(db, articles),
    pause: async () => {},
  };
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const text = (i: number) => `Vladimir Putin met Kim Jong Un in Pyongyang. Tulip number w${i}.`;

/** An article of an old export file: no entities, so they must be found on import. */
function exported(i: number): ExportedArticle {
  const key = `https://import.example/${i}`;
  const article = textArticle(text(i), { url: key, title: `Imported ${i}`, lang: 'en' });
  const { entities: _none, ...item } = toExported(
    { ...article, key, firstReadAt: i, lastReadAt: i, readCount: 1 },
    null,
  );
  return item;
}

/** What every stored article must have: entities, an index entry, a story. */
async function expectComplete() {
  const rows = await db.articles.toArray();
  expect(rows.filter((r) => !r.entities?.length).map((r) => r.key)).toEqual([]);
  const keys = rows.map((r) => r.key);
  const [docs, members] = await Promise.all([
    db.searchDocs.bulkGet(keys),
    db.storyMembers.bulkGet(keys),
  ]);
  expect(keys.filter((_, i) => !docs[i])).toEqual([]);
  expect(keys.filter((_, i) => !members[i])).toEqual([]);
  expect(await db.pendingDerive.count()).toBe(0);
}

describe('derived data after a stopped worker', () => {
  it('an import chunk stored but never derived gets entities, index and stories at start-up', async () => {
    // The worker stops right after the chunk's transaction: nothing derived yet.
    await importArticles(
      db,
      Array.from({ length: 60 }, (_, i) => exported(i)),
      1_000,
    );
    // Then 55 articles are read and fully derived: the import is not among the latest 50.
    for (let i = 0; i < 55; i++) {
      const stored = await upsertArticle(
        db,
        textArticle(text(1000 + i), { url: `https://read.example/${i}`, lang: 'en' }),
        2_000 + i,
      );
      const [withEntities] = [{ ...stored, entities: annotateForStorage(stored).entities }];
      await db.articles.put(withEntities);
      await indexArticles(db, [{ article: withEntities }]);
      await addAllToStories(db, [withEntities]);
    }
    expect(await catchUpDerived(deps)).toBe(60);
    await expectComplete();
    expect(await searchArticles(db, 'w7', { includeHistory: true, limit: 5, now: 3_000 })).toEqual([
      expect.objectContaining({ key: 'https://import.example/7' }),
    ]);
    expect(
      await searchArticles(db, 'person:Putin', { includeHistory: true, limit: 200, now: 3_000 }),
    ).toHaveLength(115);
    // All is well now: the check is three counts, and changes nothing.
    expect(await catchUpDerived(deps)).toBe(0);
  }, 60_000);

  it('an article stored by a report but not indexed nor grouped is found by count, not by recency', async () => {
    for (let i = 0; i < 80; i++) {
      const stored = await upsertArticle(
        db,
        textArticle(text(i), { url: `https://read.example/${i}`, lang: 'en' }),
        i,
      );
      // The worker stopped between storing articles 10 to 19 and deriving them.
      if (i >= 10 && i < 20) continue;
      await indexArticles(db, [{ article: stored }]);
      await addAllToStories(db, [stored]);
    }
    expect(await catchUpDerived(deps)).toBe(10);
    const keys = (await db.articles.toArray()).map((a) => a.key);
    const docs = await db.searchDocs.bulkGet(keys);
    expect(docs.every(Boolean)).toBe(true);
    expect(await db.storyMembers.count()).toBe(80);
  }, 30_000);

  it('while importing, only articles the import already indexed are left to the background', async () => {
    await importArticles(db, [exported(1), exported(2)], 1_000);
    await db.pendingDerive.put({ key: 'https://import.example/2', indexed: 1 });
    const grouped: string[] = [];
    const only = {
      ...deps,
      extra: async (a: { key: string }[]) => void grouped.push(...a.map((r) => r.key)),
    };
    expect(await derivePending(only)).toBe(1);
    expect(grouped).toEqual(['https://import.example/2']);
    expect(await db.pendingDerive.toCollection().primaryKeys()).toEqual([
      'https://import.example/1',
    ]);
  });
});

describe('the start-up check with entries left by deleted articles', () => {
  it('removes them, so that the next start is three counts again, not a scan of every key', async () => {
    for (let i = 0; i < 6; i++) {
      const stored = await upsertArticle(
        db,
        textArticle(text(i), { url: `https://read.example/${i}`, lang: 'en' }),
        i,
      );
      await indexArticles(db, [{ article: stored }]);
      await addAllToStories(db, [stored]);
    }
    // The worker stopped after deleting two articles, before their index entries and stories.
    await db.articles
      .where('key')
      .anyOf(['https://read.example/1', 'https://read.example/4'])
      .delete();
    const scans = vi.spyOn(db.articles, 'orderBy');
    expect(await catchUpDerived(deps)).toBe(0);
    expect(scans).toHaveBeenCalledTimes(1);
    expect([await db.searchDocs.count(), await db.storyMembers.count()]).toEqual([4, 4]);
    expect(await searchArticles(db, 'w4', { includeHistory: true, limit: 5, now: 3_000 })).toEqual(
      [],
    );
    scans.mockClear();
    expect(await catchUpDerived(deps)).toBe(0);
    expect(scans).not.toHaveBeenCalled();
  });
});

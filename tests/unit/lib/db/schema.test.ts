import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db';
import { SHIPPED_STORES } from '../../shipped-stores';

describe('schema upgrades', () => {
  it('opens a database written by schema v1 with nothing lost', async () => {
    const name = `t-${crypto.randomUUID()}`;
    // Exactly what version 1 shipped.
    const v1 = new Dexie(name);
    v1.version(1).stores({ articles: '++id, &key, lastReadAt, publishedAt, siteName, lang' });
    const row = {
      key: 'https://a.example/1',
      url: 'https://a.example/1',
      canonicalUrl: null,
      title: 'Old article',
      byline: null,
      siteName: 'A',
      lang: 'en',
      publishedAt: null,
      excerpt: null,
      text: 'Text.',
      firstReadAt: 1,
      lastReadAt: 2,
      readCount: 3,
    };
    await v1.table('articles').add(row);
    v1.close();

    const db = openDb(name);
    expect(await db.articles.where('key').equals('https://a.example/1').first()).toEqual({
      ...row,
      id: 1,
      entityIds: [],
      dupKey: expect.any(String),
    });
    expect(await db.queue.count()).toBe(0);
    expect(db.verno).toBe(20);
    expect(await db.pendingDerive.count()).toBe(0);
    db.close();
    await Dexie.delete(name);
  });

  // The versions that upgrade nothing are not declared to Dexie any more (lib/db/schema.ts
  // applySchema): a database left at one of them must still end as a new one.
  const V1 = { articles: '++id, &key, lastReadAt, publishedAt, siteName, lang' };
  const V6 = SHIPPED_STORES[6];
  const { onlineCache: _, ...V5 } = V6;
  const { pendingDerive: __, ...V7 } = SHIPPED_STORES[8];
  it.each([
    [2, { ...V1, queue: '++id, receivedAt' }],
    [5, V5],
    [7, V7],
    [10, SHIPPED_STORES[10]],
  ])('upgrades a database left at v%i to the stores of a new one, rows kept', async (v, stores) => {
    const name = `t-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(v).stores(stores);
    const article = { key: 'https://a.example/1', text: 'T', entities: [], entityIds: [] };
    await old.table('articles').add(article);
    old.close();
    const db = openDb(name);
    expect(await db.articles.where('key').equals(article.key).first()).toEqual({
      ...article,
      id: 1,
    });
    // v9's upgrade gives the rows stored before it their light rows; v14's writes them all
    // again (with their text's fingerprint), a row that lacked one included.
    const light = await db.lightArticles.where('key').equals(article.key).count();
    expect(light).toBe(1);
    const upgraded = storesOf(db.backendDB());
    db.close();
    const fresh = openDb(`t-${crypto.randomUUID()}`);
    await fresh.open();
    expect(upgraded).toEqual(storesOf(fresh.backendDB()));
    fresh.close();
    await Dexie.delete(name);
    await Dexie.delete(fresh.name);
  });
});

/** Each object store of an open database: its key path and indexes (name, key path, flags). */
function storesOf(idb: IDBDatabase): Record<string, unknown> {
  const tx = idb.transaction([...idb.objectStoreNames], 'readonly');
  const out: Record<string, unknown> = {};
  for (const name of idb.objectStoreNames) {
    const store = tx.objectStore(name);
    out[name] = {
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes: [...store.indexNames].map((i) => {
        const idx = store.index(i);
        return [i, idx.keyPath, idx.unique, idx.multiEntry];
      }),
    };
  }
  return out;
}

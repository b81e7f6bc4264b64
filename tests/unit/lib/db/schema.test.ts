import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db';

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
    });
    expect(await db.queue.count()).toBe(0);
    expect(db.verno).toBe(12);
    expect(await db.pendingDerive.count()).toBe(0);
    db.close();
    await Dexie.delete(name);
  });
});

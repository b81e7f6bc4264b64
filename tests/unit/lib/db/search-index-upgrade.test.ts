import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db';
import { indexArticle } from '@/lib/search/index-articles';
import { searchArticles } from '@/lib/search/search-articles';

describe('schema v5 (search index)', () => {
  it.each([3, 4])('opens a database written by schema v%i with nothing lost', async (version) => {
    const name = `t-${crypto.randomUUID()}`;
    // Exactly what versions 1 to 3 (or 4) shipped.
    const v3 = new Dexie(name);
    v3.version(1).stores({ articles: '++id, &key, lastReadAt, publishedAt, siteName, lang' });
    v3.version(2).stores({ queue: '++id, receivedAt' });
    v3.version(3).stores({
      articles: '++id, &key, lastReadAt, publishedAt, siteName, lang, savedAt',
      contents: '&key',
    });
    if (version === 4) {
      v3.version(4).stores({
        articles: '++id, &key, lastReadAt, publishedAt, siteName, lang, savedAt, *entityIds',
      });
    }
    const article = {
      key: 'https://a.example/1',
      url: 'https://a.example/1',
      canonicalUrl: null,
      title: 'Saved article',
      byline: null,
      siteName: 'A',
      lang: 'fr',
      publishedAt: '2024-06-19T06:45:00.000Z',
      excerpt: null,
      text: 'Poutine à Pyongyang.',
      modifiedAt: null,
      section: null,
      imageUrl: null,
      description: null,
      captions: [{ text: 'Photo', credit: 'AFP' }],
      firstReadAt: 1,
      lastReadAt: 2,
      readCount: 3,
      savedAt: 4,
      ...(version === 4 ? { entityIds: ['Q7747'] } : {}),
    };
    const queued = {
      tabId: 7,
      article: { ...article, key: undefined },
      receivedAt: 5,
      attempts: 0,
    };
    await v3.table('articles').add(article);
    await v3.table('queue').add(queued);
    await v3.table('contents').add({ key: article.key, html: '<p>Poutine à Pyongyang.</p>' });
    v3.close();

    const db = openDb(name);
    // Schema v4 (entities) gives rows stored before it their entity ids, v13 their dupKey.
    expect(await db.articles.toArray()).toEqual([
      { entityIds: [], ...article, id: 1, dupKey: expect.any(String) },
    ]);
    expect(await db.queue.toArray()).toEqual([{ ...queued, id: 1 }]);
    expect(await db.contents.toArray()).toEqual([
      { key: article.key, html: '<p>Poutine à Pyongyang.</p>' },
    ]);
    expect(db.verno).toBe(20);
    // The index starts empty, and articles indexed after the upgrade are found.
    expect(await db.searchPostings.count()).toBe(0);
    expect(await searchArticles(db, 'pyongyang')).toEqual([]);
    await indexArticle(db, (await db.articles.get(1))!);
    const hits = await searchArticles(db, 'pyongyang');
    expect(hits.map((h) => h.key)).toEqual([article.key]);
    db.close();
    await Dexie.delete(name);
  });
});

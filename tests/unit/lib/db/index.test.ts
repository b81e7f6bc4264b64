import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import type { Article } from '@/lib/article';
import {
  getArticleByKey,
  listRecentArticles,
  openDb,
  upsertArticle,
  type BackstoryDb,
} from '@/lib/db';

const article = (over: Partial<Article> = {}): Article => ({
  url: 'https://news.example/world/kim-putin?utm_source=x#top',
  canonicalUrl: 'https://news.example/world/kim-putin',
  title: 'Kim pledges support',
  byline: null,
  siteName: 'News',
  lang: 'en',
  publishedAt: '2024-06-19T06:45:00.000Z',
  excerpt: null,
  text: 'Body.',
  modifiedAt: null,
  section: null,
  imageUrl: null,
  description: null,
  captions: [],
  ...over,
});

let db: BackstoryDb;
const fresh = () => (db = openDb(`t-${crypto.randomUUID()}`));
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('articles', () => {
  it('are stored and read back whole', async () => {
    fresh();
    const stored = await upsertArticle(db, article(), 1000);
    const back = await getArticleByKey(db, 'https://news.example/world/kim-putin');
    expect(back).toEqual({
      ...article(),
      id: stored.id,
      key: 'https://news.example/world/kim-putin',
      firstReadAt: 1000,
      lastReadAt: 1000,
      readCount: 1,
      entityIds: [],
      dupKey: expect.any(String),
    });
  });

  it('are updated, never duplicated, when the same URL comes again', async () => {
    fresh();
    await upsertArticle(db, article(), 1000);
    // Same article read again through a tracking link and with a corrected title.
    await upsertArticle(
      db,
      article({
        url: 'https://news.example/world/kim-putin?fbclid=1',
        title: 'Kim pledges full support',
      }),
      2000,
    );
    expect(await db.articles.count()).toBe(1);
    expect(await getArticleByKey(db, 'https://news.example/world/kim-putin')).toMatchObject({
      title: 'Kim pledges full support',
      url: 'https://news.example/world/kim-putin?fbclid=1',
      firstReadAt: 1000,
      lastReadAt: 2000,
      readCount: 2,
    });
  });

  it('without a canonical URL are keyed by the page URL minus fragment and tracking', async () => {
    fresh();
    await upsertArticle(db, article({ canonicalUrl: null }), 1);
    await upsertArticle(
      db,
      article({ canonicalUrl: null, url: 'https://news.example/world/kim-putin' }),
      2,
    );
    expect(await db.articles.count()).toBe(1);
  });

  it('are listed newest read first', async () => {
    fresh();
    await upsertArticle(db, article({ canonicalUrl: 'https://news.example/1', title: 'one' }), 1);
    await upsertArticle(db, article({ canonicalUrl: 'https://news.example/2', title: 'two' }), 3);
    await upsertArticle(db, article({ canonicalUrl: 'https://news.example/3', title: 'three' }), 2);
    expect((await listRecentArticles(db, 2)).map((a) => a.title)).toEqual(['two', 'three']);
  });

  it('without any URL are refused with a clear error', async () => {
    fresh();
    await expect(upsertArticle(db, article({ url: null, canonicalUrl: null }), 1)).rejects.toThrow(
      /needs a URL/,
    );
    expect(await db.articles.count()).toBe(0);
  });

  it('belong to the origin that first stored them: another origin never changes one (#20)', async () => {
    fresh();
    const key = 'https://news.example/world/kim-putin';
    await upsertArticle(db, article({ url: 'https://m.news.example/world/kim-putin' }), 1);
    // Its own site, another origin (here plain http), claims the same canonical URL.
    const other = await upsertArticle(
      db,
      article({ url: 'http://blog.news.example/kim', title: 'Rewritten', text: 'Other.' }),
      2,
    );
    expect(other).toMatchObject({ key: 'http://blog.news.example/kim', canonicalUrl: null });
    expect(await getArticleByKey(db, key)).toMatchObject({
      title: 'Kim pledges support',
      text: 'Body.',
      url: 'https://m.news.example/world/kim-putin',
      readCount: 1,
    });
    // The page at the key's own address may update it, and so may the first origin again.
    await upsertArticle(db, article({ url: key, title: 'Updated' }), 3);
    await upsertArticle(db, article({ url: 'https://m.news.example/world/kim-putin' }), 4);
    expect(await getArticleByKey(db, key)).toMatchObject({ readCount: 3, lastReadAt: 4 });
  });

  it('keep no canonical URL on another site: the page is keyed by its own address (#20)', async () => {
    fresh();
    const stored = await upsertArticle(
      db,
      article({
        url: 'https://evil.example/x',
        canonicalUrl: 'https://news.example/world/kim-putin',
      }),
      1,
    );
    expect(stored).toMatchObject({ key: 'https://evil.example/x', canonicalUrl: null });
  });
});

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '@/lib/article';
import { openDb, upsertArticle, type BackstoryDb } from '@/lib/db';
import { getSavedCopy, removeFromArchive, saveToArchive } from '@/lib/db/archive';

const article: Article = {
  url: 'https://a.example/1',
  canonicalUrl: null,
  title: 'T',
  byline: null,
  siteName: null,
  lang: 'en',
  publishedAt: null,
  excerpt: null,
  text: 'One.\n\nTwo.',
  modifiedAt: null,
  section: null,
  imageUrl: null,
  description: null,
  captions: [],
};
const KEY = 'https://a.example/1';
let db: BackstoryDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('the archive', () => {
  it('saves an article with its HTML, keeps the date of the first save, and unsaves it', async () => {
    db = openDb(`t-${crypto.randomUUID()}`);
    await upsertArticle(db, article, 1);
    expect((await saveToArchive(db, KEY, '<p>One.</p>', 10)).savedAt).toBe(10);
    expect((await saveToArchive(db, KEY, '<p>One!</p>', 20)).savedAt).toBe(10);
    expect(await getSavedCopy(db, KEY)).toMatchObject({
      article: { savedAt: 10 },
      html: '<p>One!</p>',
    });
    // Reading it again later does not unsave it.
    await upsertArticle(db, article, 30);
    expect((await getSavedCopy(db, KEY))?.article.savedAt).toBe(10);
    const unsaved = await removeFromArchive(db, KEY);
    expect(unsaved.savedAt).toBeUndefined();
    expect(await getSavedCopy(db, KEY)).toMatchObject({ html: null, article: { title: 'T' } });
    expect(await db.articles.where('savedAt').above(0).count()).toBe(0);
  });

  it('refuses to save an article it never read, with a clear message', async () => {
    db = openDb(`t-${crypto.randomUUID()}`);
    await expect(saveToArchive(db, KEY, null, 1)).rejects.toThrow(/not in Backstory yet/);
  });

  it('leaves the archive as it was when the HTML cannot be written (storage full)', async () => {
    db = openDb(`t-${crypto.randomUUID()}`);
    await upsertArticle(db, article, 1);
    db.contents.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(saveToArchive(db, KEY, '<p>One.</p>', 10)).rejects.toThrow(/quota/);
    expect((await db.articles.where('key').equals(KEY).first())?.savedAt).toBeUndefined();
    expect(await db.contents.count()).toBe(0);
  });
});

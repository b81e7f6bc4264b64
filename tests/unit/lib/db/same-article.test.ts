import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { textArticle, type Article } from '@/lib/article';
import {
  getArticleByKey,
  openDb,
  resolveArticleKey,
  upsertArticle,
  type StoredArticle,
} from '@/lib/db';
import { saveToArchive } from '@/lib/db/archive';
import { importArticles } from '@/lib/db/transfer';
import { dupKeyOf, MAX_ALIASES, normalizedWords } from '@/lib/db/same-article';
import { textFingerprint } from '@/lib/db/text-fingerprint';
import { leftByRelease } from '../../shipped-stores';
import { useTestDb } from '../../use-test-db';

const TEXT =
  'Le président russe est arrivé à Pyongyang dans la nuit.\n\nKim Jong Un lui a promis son « plein soutien ».';

const article = (url: string, over: Partial<Article> = {}): Article =>
  textArticle(TEXT, {
    url,
    title: 'Kim promet son « plein soutien » à la Russie',
    byline: 'A. Reporter',
    siteName: 'News 24',
    lang: 'fr',
    publishedAt: '2024-06-19T06:45:00.000Z',
    ...over,
  });

const A = 'https://www.news24.example/monde/kim';
const db = useTestDb();

describe('one article under several addresses of its site', () => {
  it('is one row: read count + 1, the newer extraction, the other address as an alias', async () => {
    const first = await upsertArticle(db(), article(A), 1000);
    // The same page under a query string the site adds (no canonical URL to say so), its title
    // spaced and cased otherwise.
    const again = await upsertArticle(
      db(),
      article(`${A}?page=1`, {
        title: 'Kim promet son «plein soutien» à la russie ',
        byline: 'A. Reporter, in Seoul',
      }),
      2000,
    );
    expect(await db().articles.count()).toBe(1);
    expect(again).toMatchObject({
      id: first.id,
      key: A,
      url: A,
      firstReadAt: 1000,
      lastReadAt: 2000,
      readCount: 2,
      byline: 'A. Reporter, in Seoul',
      aliases: [`${A}?page=1`],
    });
    expect(await getArticleByKey(db(), A)).toMatchObject({ readCount: 2 });
    expect(await db().lightArticles.count()).toBe(1);
  });

  it('is found under its alias, which counts as its address from then on', async () => {
    await upsertArticle(db(), article(A), 1000);
    await upsertArticle(db(), article(`${A}?sidebar`), 2000);
    expect(await resolveArticleKey(db(), `${A}?sidebar`)).toBe(A);
    expect(await resolveArticleKey(db(), A)).toBe(A);
    expect(await resolveArticleKey(db(), `${A}?other`)).toBeNull();
    // Read there again after an edit: still the same row (the alias is known), the new text.
    const edited = `${TEXT}\n\nMise à jour : le sommet est terminé.`;
    await upsertArticle(db(), article(`${A}?sidebar`, { text: edited }), 3000);
    expect(await db().articles.count()).toBe(1);
    expect(await getArticleByKey(db(), A)).toMatchObject({ readCount: 3, text: edited });
  });

  it('is not what its alias address shows later under another title: that is a new article', async () => {
    await upsertArticle(db(), article(A), 1000);
    await upsertArticle(db(), article(`${A}?latest`), 2000);
    // The address now shows the site's next article.
    await upsertArticle(
      db(),
      article(`${A}?latest`, { title: 'Un autre article', text: 'Un tout autre texte.' }),
      3000,
    );
    expect(await getArticleByKey(db(), A)).toMatchObject({ text: TEXT, readCount: 2 });
    expect(await getArticleByKey(db(), `${A}?latest`)).toMatchObject({ title: 'Un autre article' });
    expect(await resolveArticleKey(db(), `${A}?latest`)).toBe(`${A}?latest`);
  });

  it('keeps the latest aliases only, each once', async () => {
    await upsertArticle(db(), article(A), 1000);
    for (let i = 0; i < MAX_ALIASES + 5; i++) {
      await upsertArticle(db(), article(`${A}?ts=${i}`), 2000 + i);
    }
    await upsertArticle(db(), article(`${A}?ts=${MAX_ALIASES + 4}`), 9000);
    const row = await getArticleByKey(db(), A);
    expect(row?.readCount).toBe(MAX_ALIASES + 7);
    expect(row?.aliases).toHaveLength(MAX_ALIASES);
    expect(row?.aliases?.[0]).toBe(`${A}?ts=5`);
    expect(row?.aliases?.at(-1)).toBe(`${A}?ts=${MAX_ALIASES + 4}`);
  });

  it('is two articles when the text differs under the same title', async () => {
    await upsertArticle(db(), article(A), 1000);
    await upsertArticle(
      db(),
      article(`${A}?page=2`, { text: 'La deuxième page parle d’autre chose : des sanctions.' }),
      2000,
    );
    expect((await db().articles.toArray()).map((a) => a.key).sort()).toEqual([A, `${A}?page=2`]);
  });

  it('is two articles on two sites (a wire story on both), and under two own canonical URLs', async () => {
    await upsertArticle(db(), article(A), 1000);
    await upsertArticle(db(), article('https://copy.example/monde/kim'), 2000);
    expect(await db().articles.count()).toBe(2);
    // The site says which address is which article: two canonical URLs are two articles.
    const own = (path: string) =>
      article(`https://www.news24.example${path}`, {
        canonicalUrl: `https://www.news24.example${path}`,
        text: 'Un texte republié à deux adresses.',
      });
    await upsertArticle(db(), own('/a/1'), 3000);
    await upsertArticle(db(), own('/b/1'), 4000);
    expect(await db().articles.count()).toBe(4);
  });

  it('read from another origin of its site counts the read and changes nothing else', async () => {
    await upsertArticle(db(), article(A), 1000);
    const m = await upsertArticle(
      db(),
      article('https://m.news24.example/monde/kim', { byline: 'Someone else' }),
      2000,
    );
    expect(await db().articles.count()).toBe(1);
    expect(m).toMatchObject({ key: A, url: A, byline: 'A. Reporter', readCount: 2 });
    expect(m.aliases).toEqual(['https://m.news24.example/monde/kim']);
  });

  it('keeps its saved copy under its key', async () => {
    await upsertArticle(db(), article(A), 1000);
    await saveToArchive(db(), A, '<p>Copie.</p>', 1500);
    await upsertArticle(db(), article(`${A}?highlights`), 2000);
    expect(await db().articles.count()).toBe(1);
    expect(await getArticleByKey(db(), A)).toMatchObject({ savedAt: 1500, readCount: 2 });
    expect(await db().contents.toArray()).toEqual([{ key: A, html: '<p>Copie.</p>' }]);
  });

  it('is found by an indexed query, not by reading every row', async () => {
    await upsertArticle(db(), article(A), 1000);
    const key = dupKeyOf({ url: `${A}?x`, key: `${A}?x`, title: article(A).title, text: TEXT });
    expect(key).not.toBeNull();
    expect(await db().articles.where('dupKey').equals(key!).count()).toBe(1);
    // Untitled pages are never taken for one another.
    expect(dupKeyOf({ url: A, key: A, title: '  ', text: TEXT })).toBeNull();
    expect(normalizedWords(' Kim, promet  son «plein» SOUTIEN! ')).toBe(
      'kim promet son plein soutien',
    );
  });
});

describe('an imported article stored here under another address of its site', () => {
  it('is merged into that row, which keeps its key and gets the address as an alias', async () => {
    await upsertArticle(db(), article(A), 1000);
    const exported = (url: string, readCount: number) => ({
      ...article(url),
      key: url,
      firstReadAt: 500,
      lastReadAt: 3000,
      readCount,
      savedAt: 2500,
      html: '<p>Copie.</p>',
    });
    expect(
      await importArticles(db(), [exported(`${A}?page=1`, 3), exported(`${A}?x=2`, 1)], 4000),
    ).toEqual({ added: 0, merged: 2 });
    expect(await db().articles.count()).toBe(1);
    expect(await getArticleByKey(db(), A)).toMatchObject({
      key: A,
      url: A,
      firstReadAt: 500,
      lastReadAt: 3000,
      readCount: 3,
      savedAt: 2500,
      aliases: [`${A}?page=1`, `${A}?x=2`],
    });
    expect(await db().contents.toArray()).toEqual([{ key: A, html: '<p>Copie.</p>' }]);
    expect((await db().pendingDerive.toArray()).map((p) => p.key)).toEqual([A]);
  });
});

describe('textFingerprint', () => {
  it('sees the same words through spacing, punctuation and ASCII case, and a changed word', () => {
    const one = textFingerprint('Kim Jong Un a promis son « plein soutien ».\n\nLe sommet — bref.');
    expect(
      textFingerprint(' kim jong\u00a0un a PROMIS son "plein soutien"\nLe sommet - bref '),
    ).toBe(one);
    expect(
      textFingerprint('Kim Jong Un a promis son « plein appui ».\n\nLe sommet — bref.'),
    ).not.toBe(one);
    // Words are not run together: a space is not nothing.
    expect(textFingerprint('ab cd')).not.toBe(textFingerprint('abcd'));
    expect(textFingerprint(' « » ')).toBe('');
  });
});

describe('schema v13', () => {
  it('keeps the rows of a v12 database, two addresses of one article included, and gives them their dupKey', async () => {
    const row = (url: string, id: number): StoredArticle => ({
      ...article(url),
      id,
      key: url,
      firstReadAt: id,
      lastReadAt: id,
      readCount: 1,
      entityIds: [],
    });
    const rows = [
      row(A, 1),
      row(`${A}?sidebar`, 2),
      { ...row('https://x.example/', 3), title: null },
    ];
    const name = await leftByRelease(12, rows);
    const upgraded = openDb(name);
    try {
      expect(upgraded.verno).toBe(20);
      const back = await upgraded.articles.orderBy(':id').toArray();
      expect(back.map((r) => r.key)).toEqual([A, `${A}?sidebar`, 'https://x.example/']);
      expect(back[0]!.dupKey).toBeTruthy();
      expect(back[1]!.dupKey).toBe(back[0]!.dupKey);
      expect(back[2]!.dupKey).toBeUndefined();
      expect(back[0]).toEqual({ ...rows[0], dupKey: back[0]!.dupKey });
      // A third address after the upgrade is one of them, not a third row.
      await upsertArticle(upgraded, article(`${A}?page=1`), 10);
      expect(await upgraded.articles.count()).toBe(3);
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});

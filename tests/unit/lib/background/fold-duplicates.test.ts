import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { foldDuplicates, GROUP_MAX, type FoldState } from '@/lib/background/fold-duplicates';
import { openDb, resolveArticleKey, type BackstoryDb, type StoredArticle } from '@/lib/db';
import { MAX_ALIASES } from '@/lib/db/same-article';
import { indexArticles } from '@/lib/search/index-articles';
import { searchArticles } from '@/lib/search/search-articles';
import { addToStories } from '@/lib/stories/add-to-stories';
import { removeFromStories } from '@/lib/stories/remove-from-stories';
import { timelineForArticle } from '@/lib/stories/timeline';
import { storedArticle } from '../../../helpers';
import { leftByRelease } from '../../shipped-stores';
import { ent } from '../stories/helpers';

const TEXT =
  'Le président russe est arrivé à Pyongyang dans la nuit. Kim Jong Un lui a promis son « plein soutien » ' +
  'face aux sanctions occidentales, et les deux dirigeants ont signé un accord de défense mutuelle.';
const A = 'https://www.news24.example/monde/kim';

/** A row of one article as a release before v13 stored it under `key`. */
const row = (id: number, key: string, over: Partial<StoredArticle> = {}): StoredArticle =>
  storedArticle({
    id,
    key,
    url: key,
    title: 'Kim promet son « plein soutien » à la Russie',
    siteName: 'News 24',
    lang: 'fr',
    publishedAt: '2024-06-19T06:45:00.000Z',
    text: TEXT,
    entities: [ent('per:Kim-Jong-Un'), ent('loc:Pyongyang')],
    entityIds: ['per:Kim-Jong-Un', 'loc:Pyongyang'],
    ...over,
  });

const other = (id: number) =>
  row(id, `https://other.example/${id}`, {
    title: `Other ${id}`,
    siteName: 'Other',
    text: `Tulip growers in region w${id} expect a late harvest this spring.`,
    entities: [ent(`org:Growers-${id}`)],
    entityIds: [`org:Growers-${id}`],
  });

/** Opens a database a release before v13 left with `rows`, indexed and in their stories. */
async function oldArchive(rows: StoredArticle[]): Promise<BackstoryDb> {
  const db = openDb(await leftByRelease(12, rows));
  const stored = await db.articles.orderBy(':id').toArray();
  await indexArticles(
    db,
    stored.map((article) => ({ article })),
  );
  for (const r of stored) await addToStories(db, r, { now: 10_000 });
  return db;
}

async function dropped(db: BackstoryDb): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

/** A progress store kept in a variable: what a restarted worker reads again. */
function memory() {
  const m = { state: null as FoldState | null };
  return {
    m,
    read: () => Promise.resolve(m.state),
    write: (s: FoldState) => {
      m.state = s;
      return Promise.resolve();
    },
  };
}

describe('foldDuplicates: one article stored twice before v13', () => {
  it('becomes one row: smaller key kept, reads summed, saved copy, story and search once', async () => {
    const db = await oldArchive([
      // Read first, under its own address; then under another address of its site, saved there.
      row(1, A, {
        firstReadAt: 1000,
        lastReadAt: 1500,
        readCount: 2,
        syncReads: { phone: 1 },
      }),
      other(2),
      row(3, `${A}?sidebar`, {
        firstReadAt: 2000,
        lastReadAt: 3000,
        readCount: 3,
        savedAt: 2500,
        savedChangedAt: 2500,
        syncReads: { phone: 1, tablet: 1 },
      }),
    ]);
    try {
      await db.contents.put({ key: `${A}?sidebar`, html: '<p>saved</p>' });
      const before = await timelineForArticle(db, A, { now: 10_000 });
      expect(before!.story.articleCount).toBe(2);
      expect(before!.entries.map((e) => e.key).sort()).toEqual([A, `${A}?sidebar`]);

      const store = memory();
      expect(await foldDuplicates({ db, ...store })).toBe(1);

      const rows = await db.articles.orderBy(':id').toArray();
      expect(rows.map((r) => r.key)).toEqual([A, 'https://other.example/2']);
      expect(rows[0]).toMatchObject({
        id: 1,
        key: A,
        firstReadAt: 1000,
        lastReadAt: 3000,
        readCount: 5,
        syncReads: { phone: 2, tablet: 1 },
        savedAt: 2500,
        savedChangedAt: 2500,
        aliases: [`${A}?sidebar`],
      });
      expect(await resolveArticleKey(db, `${A}?sidebar`)).toBe(A);
      // Sync is told: the other address is a redirect to the key kept, not a second article.
      expect(await db.syncTombstones.toArray()).toEqual([
        { key: `${A}?sidebar`, at: expect.any(Number), into: A },
      ]);
      // Its light row (lists, the archive) and saved copy under the key kept.
      const light = await db.lightArticles.toArray();
      expect(light.map((l) => [l.key, l.readCount, l.savedAt])).toEqual([
        [A, 5, 2500],
        ['https://other.example/2', 1, undefined],
      ]);
      expect(await db.contents.toArray()).toEqual([{ key: A, html: '<p>saved</p>' }]);
      // Its story counts it once; search finds it once, as saved.
      const after = await timelineForArticle(db, A, { now: 10_000 });
      expect(after!.story.articleCount).toBe(1);
      expect((await db.stories.toArray()).map((s) => s.count)).toEqual([1, 1]);
      expect(after!.entries.map((e) => e.key)).toEqual([A]);
      expect(await db.storyMembers.get(`${A}?sidebar`)).toBeUndefined();
      expect((await db.storyMembers.get(A))?.saved).toBe(true);
      const hits = await searchArticles(db, 'Pyongyang');
      expect(hits.map((h) => [h.key, h.savedAt])).toEqual([[A, 2500]]);
      expect(await searchArticles(db, 'Pyongyang', { includeHistory: true })).toHaveLength(1);
      expect(await db.searchDocs.count()).toBe(2);
      // Once: done, the next worker does nothing.
      expect(store.m.state?.complete).toBe(true);
      expect(await foldDuplicates({ db, ...store })).toBe(0);
    } finally {
      await dropped(db);
    }
  });

  it('moves the story member to the row kept when only the folded one had it', async () => {
    const db = await oldArchive([row(1, A), row(2, `${A}?p=1`, { firstReadAt: 2 })]);
    try {
      // As if the row kept was not grouped yet (its derivation pending).
      await removeFromStories(db, A);
      const [story] = await db.stories.toArray();
      expect(story!.count).toBe(1);
      await foldDuplicates({ db, ...memory() });
      expect(await db.storyMembers.toCollection().primaryKeys()).toEqual([A]);
      expect((await db.storyMembers.get(A))?.storyId).toBe(story!.id);
      expect(await db.stories.toArray()).toEqual([story]);
    } finally {
      await dropped(db);
    }
  });

  it('leaves two rows whose own canonical URLs say they are two articles', async () => {
    const db = await oldArchive([
      row(1, A, { canonicalUrl: A }),
      row(2, `${A}-2`, { url: `${A}-2`, canonicalUrl: `${A}-2`, firstReadAt: 2 }),
    ]);
    try {
      const [a, b] = await db.articles.toArray();
      expect(a!.dupKey).toBe(b!.dupKey);
      expect(await foldDuplicates({ db, ...memory() })).toBe(0);
      expect(await db.articles.count()).toBe(2);
    } finally {
      await dropped(db);
    }
  });

  it('folds more rows of one article than one transaction takes', async () => {
    const n = GROUP_MAX + 5;
    const db = await oldArchive(
      Array.from({ length: n }, (_, i) => row(i + 1, `${A}?t=${i}`, { firstReadAt: 100 + i })),
    );
    try {
      expect(await foldDuplicates({ db, ...memory() })).toBe(n - 1);
      const rows = await db.articles.toArray();
      expect(rows.map((r) => [r.key, r.readCount, r.aliases?.length])).toEqual([
        [`${A}?t=0`, n, MAX_ALIASES],
      ]);
      expect(await db.storyMembers.count()).toBe(1);
      expect((await db.stories.toArray()).map((s) => s.count)).toEqual([1]);
    } finally {
      await dropped(db);
    }
  });

  it('goes on where a stopped worker left it, and loses nothing', async () => {
    // Three articles, each stored twice (read first under their second address), and others.
    const rows: StoredArticle[] = [];
    for (let n = 0; n < 3; n++) {
      const title = `Kim promet son soutien, épisode ${n}`;
      const text = `${TEXT} Épisode ${n}.`;
      rows.push(
        row(rows.length + 1, `${A}/${n}`, { title, text, firstReadAt: 200 + n, readCount: 2 }),
        other(rows.length + 2),
        row(rows.length + 3, `${A}/${n}?amp`, { title, text, firstReadAt: 100 + n, savedAt: 5 }),
      );
    }
    const db = await oldArchive(rows);
    try {
      const store = memory();
      let pages = 0;
      // The worker stops after the first page of dupKeys (two keys: one article).
      const stopped = foldDuplicates(
        {
          db,
          ...store,
          pause: () => (++pages === 1 ? Promise.reject(new Error('stopped')) : Promise.resolve()),
        },
        2,
      );
      await expect(stopped).rejects.toThrow('stopped');
      expect(await db.articles.count()).toBe(8);
      expect(store.m.state).toMatchObject({ complete: false });
      const firstPage = store.m.state!.after;
      // The next worker starts after that page.
      expect(await foldDuplicates({ db, ...store }, 2)).toBe(2);
      expect(store.m.state).toMatchObject({ complete: true });
      expect(firstPage < store.m.state!.after).toBe(true);

      const kept = await db.articles.where('aliases').above('').toArray();
      expect(kept.map((r) => [r.key, r.aliases, r.readCount, r.savedAt]).sort()).toEqual(
        [0, 1, 2].map((n) => [`${A}/${n}`, [`${A}/${n}?amp`], 3, 5]),
      );
      // Nothing orphaned: one light row, index entry and story member per article.
      const count = await db.articles.count();
      expect(count).toBe(6);
      expect(await db.lightArticles.count()).toBe(count);
      expect(await db.searchDocs.count()).toBe(count);
      expect(await db.storyMembers.count()).toBe(count);
      const stories = await db.stories.toArray();
      expect(stories.reduce((n, s) => n + s.count, 0)).toBe(count);
    } finally {
      await dropped(db);
    }
  });
});

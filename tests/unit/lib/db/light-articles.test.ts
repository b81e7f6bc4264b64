import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textArticle } from '@/lib/article';
import { toExported, type ExportedArticle } from '@/lib/archive/export-format';
import { derivePending } from '@/lib/background/derive-pending';
import {
  addAllToStories,
  annotateForStorage,
  createBackgroundQueue,
  createHandlers,
  pruneOldHistory,
  type BackgroundDeps,
} from '@/lib/background/handlers';
import type { TabFacts, TabRecord } from '@/lib/background/tab-view';
import { openDb, type BackstoryDb, type StoredArticle } from '@/lib/db';
import { FILL_PAGE, lightArticle } from '@/lib/db/light-articles';
import { importArticles } from '@/lib/db/transfer';
import type { Sender } from '@/lib/messaging/handle';
import { mergeIncoming } from '@/lib/sync/merge';
import { toArticleRecord } from '@/lib/sync/records';
import { SHIPPED_STORES } from '../../shipped-stores';
import { tableMiddleware } from './table-middleware';

/** Records every read of the `articles` table (the rows with the text) while `on`. */
function articleReadSpy() {
  const spy = { on: false, reads: [] as string[], largest: 0 };
  const middleware = tableMiddleware('articleReadSpy', 'articles', (t) => {
    const note = (op: string, n = 0) => {
      if (spy.on) spy.reads.push(op);
      spy.largest = Math.max(spy.largest, n);
    };
    return {
      ...t,
      get: (req) => (note('get', 1), t.get(req)),
      getMany: (req) => (note('getMany', req.keys.length), t.getMany(req)),
      query: (req) =>
        t.query(req).then((res) => {
          note(`query ${req.query.index.name ?? ':id'}`, req.values ? res.result.length : 0);
          return res;
        }),
      openCursor: (req) => (note(`openCursor ${req.query.index.name ?? ':id'}`), t.openCursor(req)),
    };
  });
  return { spy, middleware };
}

const text = (i: number) => `Vladimir Putin met Kim Jong Un in Pyongyang. Tulip number w${i}.`;
const ui: Sender = { id: 'x', url: 'chrome-extension://x/popup.html' };
const tab = (id: number, url: string): Sender => ({
  id: 'x',
  frameId: 0,
  tab: { id, url, incognito: false },
});

let db: BackstoryDb;
let spy: ReturnType<typeof articleReadSpy>['spy'];
let deps: BackgroundDeps & { records: Map<number, TabRecord>; tabs: Map<number, TabFacts> };
let now = 1_000;

beforeEach(() => {
  db = openDb(`t-${crypto.randomUUID()}`);
  const s = articleReadSpy();
  db.use(s.middleware); // before the database opens: its first query is below.
  spy = s.spy;
  const records = new Map<number, TabRecord>();
  const tabs = new Map<number, TabFacts>();
  now = 1_000;
  deps = {
    db,
    records,
    tabs,
    isRecording: async () => true,
    excludedSites: async () => [],
    historyRetentionDays: async () => 30,
    getTab: async (id) => tabs.get(id),
    readTabRecord: async (id) => records.get(id),
    writeTabRecord: async (id, r) => void records.set(id, r),
    notifyTabChanged: () => {},
    captureArticle: async () => null,
    setBadge: () => {},
    now: () => now,
    outsideEnabled: async () => true,
    fetchOutside: async () => ({ status: 'ok', query: [], articles: [] }),
    wikipediaEnabled: async () => true,
    fetchOnline: async (e) => ({ status: 'ok', qid: e.id }),
  };
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** Every article row has its light row, equal to what lightArticle makes of it, and no other. */
async function expectInStep(count: number) {
  const rows = await db.articles.orderBy(':id').toArray();
  expect(rows).toHaveLength(count);
  const light = await db.lightArticles.orderBy(':id').toArray();
  // Each linked to its near copies when written (copy-links.ts): none here but a list.
  for (const l of light) expect(Array.isArray(l.copyGroups)).toBe(true);
  expect(light.map(({ copyGroups: _, ...l }) => l)).toEqual(rows.map(lightArticle));
}

function exported(i: number): ExportedArticle {
  const key = `https://import.example/${i}`;
  const article = textArticle(text(i), { url: key, title: `Imported ${i}`, lang: 'en' });
  const { entities: _none, ...item } = toExported(
    { ...article, key, firstReadAt: i, lastReadAt: i, readCount: 1 },
    null,
  );
  return item;
}

async function report(h: ReturnType<typeof createHandlers>, tabId: number, url: string, over = {}) {
  deps.tabs.set(tabId, { url, incognito: false });
  const article = textArticle(text(tabId), { url, title: `Read ${tabId}`, lang: 'en', ...over });
  expect(await h.reportPage({ kind: 'article', article }, tab(tabId, url))).toEqual({
    accepted: true,
  });
}

describe('light rows (articles without their text)', () => {
  it('stay in step with the articles on every write path', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    // Store, then update (a new read, a new title).
    await report(h, 1, 'https://a.example/1');
    await expectInStep(1);
    now = 2_000;
    await report(h, 2, 'https://a.example/1', { title: 'Read again' });
    await expectInStep(1);
    expect((await db.lightArticles.toArray())[0]).toMatchObject({
      title: 'Read again',
      readCount: 2,
      lastReadAt: 2_000,
    });
    // Another origin claiming the article's canonical URL is stored under its own URL.
    await report(h, 3, 'https://other.example/x', {
      canonicalUrl: 'https://a.example/1',
      title: 'POISONED',
    });
    await expectInStep(2);
    expect((await db.lightArticles.where('key').equals('https://a.example/1').first())!.title).toBe(
      'Read again',
    );
    // Saved, set apart from its story, unsaved.
    await h.saveArticle({ key: 'https://a.example/1' }, ui);
    await expectInStep(2);
    expect(await db.lightArticles.where('savedAt').above(0).count()).toBe(1);
    await h.setStoryApart({ key: 'https://a.example/1', apart: true }, ui);
    await h.unsaveArticle({ key: 'https://a.example/1' }, ui);
    await expectInStep(2);
    expect(await db.lightArticles.where('savedAt').above(0).count()).toBe(0);
    // Import (entities found afterwards, one update each).
    await h.importArticles({ articles: [exported(1), exported(2)] }, ui);
    await expectInStep(4);
    expect(
      (await db.lightArticles.where('key').equals('https://import.example/1').first())!,
    ).toMatchObject({
      importedAt: 2_000,
      entityIds: expect.arrayContaining(['per:Q7747']),
    });
    // The pendingDerive path: an import whose entities the background finds later.
    await importArticles(db, [exported(3)], 2_500);
    await expectInStep(5);
    expect(
      (await db.lightArticles.where('key').equals('https://import.example/3').first())!.entities,
    ).toEqual([]);
    await derivePending(
      {
        db,
        annotate: (a) => annotateForStorage(a).entities,
        extra: (a) => addAllToStories(db, a),
        pause: async () => {},
      },
      true,
    );
    await expectInStep(5);
    expect(
      (await db.lightArticles.where('key').equals('https://import.example/3').first())!.entityIds,
    ).toContain('per:Q7747');
    // Delete one, a site, then retention.
    await h.deleteArticle({ key: 'https://import.example/1' }, ui);
    await expectInStep(4);
    await h.deleteSite({ site: 'other.example' }, ui);
    await expectInStep(3);
    await h.saveArticle({ key: 'https://a.example/1' }, ui);
    now = 100 * 86_400_000;
    expect(await pruneOldHistory(deps)).toBe(2);
    await expectInStep(1);
    await h.deleteAll({}, ui);
    await expectInStep(0);
  }, 60_000);

  it('stay in step under bulk writes, modify, range deletes, and a rolled-back transaction', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({
      ...textArticle(text(i), { url: `https://b.example/${i}` }),
      key: `https://b.example/${i}`,
      firstReadAt: i,
      lastReadAt: i,
      readCount: 1,
    }));
    await db.articles.bulkAdd(rows);
    await expectInStep(12);
    await db.articles.toCollection().modify((a: StoredArticle) => void (a.title = `T${a.id}`));
    await db.articles.update(3, { readCount: 7 });
    await expectInStep(12);
    await db.articles.where(':id').between(1, 4).delete(); // a key range: deleteRange below
    await db.articles.where('lastReadAt').above(9).delete(); // by index: deletes by key
    await expectInStep(7);
    await expect(
      db.transaction('rw', db.articles, async () => {
        await db.articles.put({ ...rows[0]!, title: 'never' });
        throw new Error('stopped');
      }),
    ).rejects.toThrow('stopped');
    await expectInStep(7);
    await db.articles.clear();
    await expectInStep(0);
  });

  it('stay in step with what sync brings in: a newer copy, a new article, a deletion', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    await report(h, 1, 'https://a.example/1');
    const row = (await db.articles.toArray())[0]!;
    const theirs = toArticleRecord(
      { ...row, title: 'Retitled elsewhere', lastReadAt: 5_000, syncReads: {} },
      null,
      'other-device',
    );
    const fresh = toArticleRecord(
      { ...row, id: undefined, key: 'https://a.example/2', url: 'https://a.example/2' },
      null,
      'other-device',
    );
    await mergeIncoming(db, [theirs, fresh], 'this-device');
    await expectInStep(2);
    expect((await db.lightArticles.get(row.id!))!.title).toBe('Retitled elsewhere');
    await mergeIncoming(db, [{ kind: 'deleted', key: row.key, at: 9_000 }], 'this-device');
    await expectInStep(1);
  });

  it('are what every list view reads: the text table is never read', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    for (let i = 1; i <= 3; i++) {
      now = i * 1_000;
      await report(h, i, `https://a.example/${i}`);
    }
    spy.on = true;
    const recent = await h.listRecentArticles({ limit: 10 }, ui);
    expect(recent.map((a) => a.key)).toEqual([3, 2, 1].map((i) => `https://a.example/${i}`));
    expect(recent[0]!.entities).toContainEqual(
      expect.objectContaining({ id: 'per:Q7747', mentionCount: 1 }),
    );
    const view = await h.getTabView({ tabId: 3 }, ui);
    expect(view).toMatchObject({ kind: 'article', article: { key: 'https://a.example/3' } });
    const timeline = await h.getTimeline({ key: 'https://a.example/3' }, ui);
    expect(timeline?.entries.map((e) => e.title)).toEqual(['Read 3', 'Read 2', 'Read 1']);
    const stories = await h.getEntityStories({ entityId: 'per:Q7747' }, ui);
    expect(stories.stories[0]!.entries).toHaveLength(3);
    const card = await h.getEntityBackground(
      { key: 'https://a.example/3', entityId: 'per:Q7747', lang: 'en' },
      ui,
    );
    expect(card?.archive.count).toBe(2);
    expect(await h.getOutsideCoverage({ key: 'https://a.example/3' }, ui)).toMatchObject({
      status: 'ok',
    });
    expect(
      await h.getEntityOnline(
        { key: 'https://a.example/3', entityId: 'per:Q7747', lang: 'en' },
        ui,
      ),
    ).toEqual({ status: 'ok', qid: 'per:Q7747' });
    expect(spy.reads).toEqual([]);
    // Opening the article is what reads it (the check that the spy sees reads at all).
    await h.getNewInArticle({ key: 'https://a.example/3' }, ui);
    expect(spy.reads.length).toBeGreaterThan(0);
  }, 30_000);
});

describe('schema v9', () => {
  it('fills the light rows of an archive written by v8, a page of articles at a time', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const v8 = new Dexie(name);
    v8.version(8).stores(SHIPPED_STORES[8]);
    const n = FILL_PAGE * 2 + 50;
    const entities = [
      {
        id: 'per:Q7747',
        type: 'PER' as const,
        name: 'Vladimir Putin',
        salience: 1,
        mentions: [{ start: 0, end: 14 }],
      },
    ];
    await v8.table('articles').bulkAdd(
      Array.from({ length: n }, (_, i) => ({
        ...textArticle(text(i), { url: `https://c.example/${i}`, title: `Old ${i}` }),
        key: `https://c.example/${i}`,
        firstReadAt: i,
        lastReadAt: i,
        readCount: 1,
        ...(i % 2 ? { entities, entityIds: ['per:Q7747'], savedAt: i } : {}),
      })),
    );
    v8.close();

    const db9 = openDb(name);
    const s = articleReadSpy();
    db9.use(s.middleware);
    try {
      expect(await db9.lightArticles.count()).toBe(n);
      expect(db9.verno).toBeGreaterThanOrEqual(9);
      expect(s.spy.largest).toBeGreaterThan(0);
      expect(s.spy.largest).toBeLessThanOrEqual(FILL_PAGE);
      const rows = await db9.articles.orderBy(':id').toArray();
      expect(await db9.lightArticles.orderBy(':id').toArray()).toEqual(rows.map(lightArticle));
      expect(await db9.lightArticles.where('entityIds').equals('per:Q7747').count()).toBe(
        Math.floor(n / 2),
      );
      // And from now on they follow the articles.
      await db9.articles.where('key').equals('https://c.example/0').delete();
      expect(await db9.lightArticles.count()).toBe(n - 1);
    } finally {
      db9.close();
      await Dexie.delete(name);
    }
  }, 60_000);
});

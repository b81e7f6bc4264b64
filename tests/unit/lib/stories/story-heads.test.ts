import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import { addToStories, storyTables } from '@/lib/stories/add-to-stories';
import { packRow } from '@/lib/stories/packed-rows';
import { buildStory } from '@/lib/stories/profile';
import { removeFromStories } from '@/lib/stories/remove-from-stories';
import type { StoryMember, Weighted } from '@/lib/stories/rows';
import { headOf, type StoryHead } from '@/lib/stories/story-heads';
import { timelineForArticle } from '@/lib/stories/timeline';
import { DAY, QUAKE_EN, QUAKE_EN_2, T0, key, memberRow, quake, story } from './helpers';
import { SHIPPED_STORES } from '../../shipped-stores';
import { tableMiddleware } from '../db/table-middleware';
import { useTestDb, useTestDbs } from '../../use-test-db';

let db: BackstoryDb;
const testDb = useTestDb();
const moreDbs = useTestDbs();
beforeEach(() => {
  db = testDb();
});

const HOUR = 3_600_000;

/** Article n of story `storyId`, dated and read day n after T0. */
const member = (n: number, storyId: string, entities: Weighted[], terms: Weighted[]) =>
  memberRow(n, storyId, T0 + n * DAY, T0 + n * DAY, entities, terms);

const QUAKE: [Weighted[], Weighted[]] = [
  [['loc:Q17', 1]],
  [
    ['en:quake', 0.8],
    ['en:tsunami', 0.6],
  ],
];
const BUDGET: [Weighted[], Weighted[]] = [
  [['org:Q1', 1]],
  [
    ['en:budget', 0.8],
    ['en:deficit', 0.6],
  ],
];

/** Writes `members` as story `id`, as adding them would. */
async function writeStory(id: string, members: StoryMember[]): Promise<void> {
  await db.transaction('rw', storyTables(db), async () => {
    await db.storyMembers.bulkPut(members);
    await db.stories.put(buildStory(id, members));
  });
}

describe('story heads and views', () => {
  it('keeps a head for every story and none for a story gone, merged or cleared', async () => {
    await writeStory('s1', [member(1, 's1', ...QUAKE)]);
    await writeStory('s2', [member(2, 's2', ...BUDGET)]);
    const stories = await db.stories.toArray();
    expect(await db.storyHeads.toArray()).toEqual(stories.map(headOf));
    expect((await db.storyHeads.get('s1'))?.k).toEqual(['loc:Q17']);
    await db.storyViews.bulkPut([
      { id: 's1', at: 10 },
      { id: 's2', at: 20 },
    ]);
    // A merge (add-to-stories.ts): the absorbing story written again, the merged one deleted.
    await db.transaction('rw', storyTables(db), async () => {
      await db.stories.bulkDelete(['s2']);
      await db.stories.put(
        buildStory('s1', [member(1, 's1', ...QUAKE), member(2, 's1', ...BUDGET)]),
      );
    });
    expect(await db.storyHeads.toCollection().primaryKeys()).toEqual(['s1']);
    expect((await db.storyHeads.get('s1'))?.k.sort()).toEqual(['loc:Q17', 'org:Q1']);
    // The absorbing story keeps its view; the merged one's goes with it.
    expect(await db.storyViews.toArray()).toEqual([{ id: 's1', at: 10 }]);
    // Cleared as "delete everything" clears them (handlers.ts, clearStories): all gone.
    await db.transaction('rw', db.stories, db.storyMembers, db.storyDf, () =>
      Promise.all([db.stories.clear(), db.storyMembers.clear(), db.storyDf.clear()]),
    );
    expect(await db.storyHeads.count()).toBe(0);
    expect(await db.storyViews.count()).toBe(0);
  });

  it('marks nothing new in stories rebuilt after a clear, whose ids are used again', async () => {
    await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }), { now: T0 });
    const first = await timelineForArticle(db, key(1), { now: T0 + 2 * HOUR });
    await db.transaction('rw', db.stories, db.storyMembers, db.storyDf, () =>
      Promise.all([db.stories.clear(), db.storyMembers.clear(), db.storyDf.clear()]),
    );
    // Rebuilt: the same article, and one read after the old view; the same story id again.
    await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }), { now: T0 });
    await addToStories(
      db,
      story(2, { day: 1, text: QUAKE_EN_2, entities: quake, readAt: T0 + DAY }),
      { now: T0 + DAY },
    );
    const again = await timelineForArticle(db, key(1), { now: T0 + 2 * DAY });
    expect(again?.story.id).toBe(first?.story.id);
    // Never shown since the rebuild: nothing to compare with, nothing new.
    expect(again?.entries.map((e) => e.isNew)).toEqual([false, false]);
  });

  it('gives a part split off by a removal the view of the story it was part of', async () => {
    const bridge = member(3, 's1', [...QUAKE[0], ...BUDGET[0]], [...QUAKE[1], ...BUDGET[1]]);
    await writeStory('s1', [member(1, 's1', ...QUAKE), member(2, 's1', ...BUDGET), bridge]);
    await db.storyViews.put({ id: 's1', at: T0 + 5 * DAY });
    await removeFromStories(db, bridge.key);
    const ids = await db.stories.toCollection().primaryKeys();
    expect(ids).toHaveLength(2);
    expect(await db.storyViews.bulkGet(ids)).toEqual(ids.map((id) => ({ id, at: T0 + 5 * DAY })));
  });

  it('writes no story whose head a stopped worker did not write', async () => {
    let stopped = false;
    const killed = moreDbs();
    // Below storySideRowsMiddleware (Dexie's default level, 10), which writes the heads.
    killed.use({
      ...tableMiddleware('kill', 'storyHeads', (table) => ({
        ...table,
        mutate: (req) =>
          stopped && req.type === 'put'
            ? Promise.reject(new Error('worker stopped'))
            : table.mutate(req),
      })),
      level: 5,
    });
    await addToStories(killed, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    const before = await killed.stories.toArray();
    stopped = true;
    await expect(
      addToStories(killed, story(2, { day: 1, text: QUAKE_EN_2, entities: quake })),
    ).rejects.toThrow('worker stopped');
    // The story row, its members and its head as they were: one transaction.
    expect(await killed.stories.toArray()).toEqual(before);
    expect(await killed.storyMembers.count()).toBe(1);
    expect(await killed.storyHeads.toArray()).toEqual(before.map(headOf));
  });

  it('reads whole no candidate its head shows gone quiet, and rules as before on a head without its dates', async () => {
    const spied = moreDbs();
    const read: string[] = [];
    spied.use(
      tableMiddleware('spy', 'stories', (table) => ({
        ...table,
        getMany: (req) => {
          read.push(...(req.keys as string[]));
          return table.getMany(req);
        },
      })),
    );
    const early = await addToStories(spied, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    expect(await spied.storyHeads.get(early.storyId)).toMatchObject({
      datedFrom: T0,
      datedTo: T0,
    });
    // The same topic two months on (past QUIET_DAYS): the early story is found, not read.
    read.length = 0;
    const late = await addToStories(
      spied,
      story(2, { day: 60, text: QUAKE_EN_2, entities: quake }),
    );
    expect(late.outcome).toBe('started');
    expect(read).not.toContain(early.storyId);
    // A head written before heads kept the dated span: the row is read and ruled out by its own.
    const { datedFrom: _f, datedTo: _t, ...old } = (await spied.storyHeads.get(early.storyId))!;
    await spied.storyHeads.put(old);
    read.length = 0;
    const third = await addToStories(spied, story(3, { day: 61, text: QUAKE_EN, entities: quake }));
    expect(read).toContain(early.storyId);
    expect(third.storyId).toBe(late.storyId);
    expect((await spied.stories.get(early.storyId))?.count).toBe(1);
  });

  it('keeps on a head whether the reader set its story apart', async () => {
    await writeStory('s1', [member(1, 's1', ...QUAKE)]);
    expect((await db.storyHeads.get('s1'))?.apart).toBeUndefined();
    await db.transaction('rw', storyTables(db), async () => {
      await db.stories.put({ ...(await db.stories.get('s1'))!, apart: true });
    });
    expect((await db.storyHeads.get('s1'))?.apart).toBe(true);
  });

  it('upgrades v17 stories: heads written, views moved off the rows', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(17).stores(SHIPPED_STORES[17]);
    const members = [member(1, 's1', ...QUAKE), member(2, 's1', ...QUAKE)];
    members[1]!.joinedAt = T0 + 9 * DAY;
    const seen = { ...buildStory('s1', members), lastViewedAt: T0 + 5 * DAY };
    const never = buildStory('s2', [member(3, 's2', ...BUDGET)]);
    await old.table('storyMembers').bulkPut(members.map((m) => packRow('storyMembers', m)));
    await old.table('stories').bulkPut([seen, never].map((s) => packRow('stories', s)));
    old.close();

    const upgraded = moreDbs(name);
    expect(await upgraded.storyViews.toArray()).toEqual([{ id: 's1', at: T0 + 5 * DAY }]);
    const rows = await upgraded.stories.toArray();
    expect(rows.map((r) => 'lastViewedAt' in r)).toEqual([false, false]);
    expect(await upgraded.storyHeads.toArray()).toEqual(rows.map(headOf));
    // The moved view still marks what came after it.
    const t = await timelineForArticle(upgraded, key(1), { now: T0 + 10 * DAY });
    expect(t?.entries.map((e) => [e.key, e.isNew])).toEqual([
      [key(2), true],
      [key(1), false],
    ]);
  });

  it('upgrades v19 heads to carry what a timeline lists: the same timelines as before', async () => {
    // A story of two read 200 days after an earlier one on the same entities (listed as related).
    const fresh = moreDbs();
    await addToStories(fresh, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    await addToStories(fresh, story(2, { day: 200, text: QUAKE_EN_2, entities: quake }));
    await addToStories(fresh, story(3, { day: 201, text: QUAKE_EN, entities: quake }));
    const timelines = (d: BackstoryDb) =>
      Promise.all(
        [1, 2, 3].map((n) =>
          timelineForArticle(d, key(n), { now: T0 + 300 * DAY, markViewed: false }),
        ),
      );
    const expected = await timelines(fresh);
    expect(expected[2]?.relatedStories).toHaveLength(1);
    // The same rows as release 19 stored them: its heads without title, count and key entities.
    const name = `t-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(19).stores(SHIPPED_STORES[19]);
    const stored = new Dexie(fresh.name);
    await stored.open();
    for (const table of ['stories', 'storyMembers', 'storyDf', 'storyViews']) {
      await old.table(table).bulkPut(await stored.table(table).toArray());
    }
    const heads = (await stored.table('storyHeads').toArray()) as StoryHead[];
    await old
      .table('storyHeads')
      .bulkPut(heads.map(({ title: _t, count: _c, keyEntities: _k, ...h }) => h));
    stored.close();
    old.close();

    // A worker stopped while the upgrade wrote heads: nothing of it kept, still release 19's.
    const stopped = moreDbs(name);
    stopped.use({
      ...tableMiddleware('kill', 'storyHeads', (table) => ({
        ...table,
        mutate: (req) =>
          req.type === 'put' ? Promise.reject(new Error('worker stopped')) : table.mutate(req),
      })),
      level: 5,
    });
    await expect(stopped.open()).rejects.toThrow('worker stopped');
    stopped.close();
    const left = new Dexie(name);
    await left.open();
    expect(left.verno).toBe(19);
    expect(((await left.table('storyHeads').toArray()) as StoryHead[])[0]?.count).toBeUndefined();
    left.close();

    // The next start upgrades them all.
    const upgraded = moreDbs(name);
    expect(await upgraded.storyHeads.toArray()).toEqual(
      (await upgraded.stories.toArray()).map(headOf),
    );
    expect(await timelines(upgraded)).toEqual(expected);
  });
});

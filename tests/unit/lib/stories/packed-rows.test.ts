import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import { moveMembers } from '@/lib/stories/add-to-stories';
import type { StoryMember, StoryRow } from '@/lib/stories/rows';
import { useTestDb } from '../../use-test-db';

const testDb = useTestDb();
let raw: Dexie | undefined;
afterEach(() => raw?.close());

/** The same database without our middlewares: rows as stored. */
async function rawRows(db: BackstoryDb, table: string, key: string) {
  raw = new Dexie(db.name);
  await raw.open();
  const row = (await raw.table(table).get(key)) as Record<string, unknown>;
  raw.close();
  return row;
}

const story: StoryRow = {
  id: 's1',
  title: 'Quake',
  titleDate: 5,
  entities: [
    { id: 'loc:valparaiso', name: 'Valparaíso', type: 'LOC', weight: 0.8 },
    { id: 'org:onemi', name: 'ONEMI', type: 'ORG', weight: 0.1 + 0.2 },
  ],
  entityIds: ['loc:valparaiso', 'org:onemi'],
  terms: [
    ['en:quak', 0.7071067811865476],
    ['en:tsunam', -0],
  ],
  termKeys: ['en:quak'],
  langs: ['en'],
  firstDate: 1,
  lastDate: 5,
  datedFrom: 1,
  datedTo: 5,
  count: 2,
};

const member = (key: string, storyId: string, date: number): StoryMember => ({
  key,
  storyId,
  date,
  dated: true,
  firstReadAt: date,
  joinedAt: date,
  lang: 'en',
  title: `Article ${key}`,
  url: null,
  siteName: null,
  saved: false,
  entities: [['loc:valparaiso', 1 / 3]],
  terms: [
    ['en:quak', 0.6],
    ['en:coast', 0.8],
  ],
  names: { 'loc:valparaiso': ['Valparaíso', 'LOC'], '12': ['Twelve', 'MISC'] },
  signature: `sig-${key}`,
});

it('stores story and member vectors packed, and reads back exactly the rows written', async () => {
  const db = testDb();
  const m = member('a', 's1', 1);
  await db.stories.put(story);
  await db.storyMembers.put(m);
  expect(await db.stories.get('s1')).toEqual(story);
  expect(await db.storyMembers.get('a')).toEqual(m);
  expect(await db.stories.bulkGet(['s1', 'none'])).toEqual([story, undefined]);
  // The caller's objects are left as they were.
  expect(Array.isArray(story.terms[0])).toBe(true);

  const stored = await rawRows(db, 'stories', 's1');
  expect(stored.terms).toEqual({ k: ['en:quak', 'en:tsunam'], w: expect.any(Float64Array) });
  expect(stored.entityIds).toEqual(story.entityIds);
  const storedMember = await rawRows(db, 'storyMembers', 'a');
  expect(Array.isArray(storedMember.names)).toBe(true);
});

it('reads rows through indexes and cursors, and a modify() keeps them whole', async () => {
  const db = testDb();
  await db.storyMembers.bulkPut([member('a', 's1', 1), member('b', 's1', 2)]);
  const inStory = () =>
    db.storyMembers
      .where('[storyId+date]')
      .between(['s1', Dexie.minKey], ['s1', Dexie.maxKey])
      .reverse()
      .toArray();
  expect(await inStory()).toEqual([member('b', 's1', 2), member('a', 's1', 1)]);
  await moveMembers(db, 's1', 's2', 9);
  expect(await inStory()).toEqual([]);
  expect(await db.storyMembers.get('b')).toEqual({ ...member('b', 's2', 2), joinedAt: 9 });
  expect(await db.storyMembers.filter((r) => r.terms[1]?.[0] === 'en:coast').count()).toBe(2);
});

it('reads rows stored unpacked (before packing) as they are, and packs them when rewritten', async () => {
  const db = testDb();
  await db.open();
  raw = new Dexie(db.name);
  await raw.open();
  await raw.table('stories').put(story);
  await raw.table('storyMembers').put(member('a', 's1', 1));
  raw.close();
  expect(await db.stories.get('s1')).toEqual(story);
  expect(await db.storyMembers.get('a')).toEqual(member('a', 's1', 1));
  await db.storyMembers.update('a', { saved: true });
  expect(await db.storyMembers.get('a')).toEqual({ ...member('a', 's1', 1), saved: true });
  expect(Array.isArray((await rawRows(db, 'storyMembers', 'a')).terms)).toBe(false);
});

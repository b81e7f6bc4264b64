import { expect, it } from 'vitest';
import { addToStories } from '@/lib/stories/add-to-stories';
import { removeFromStories } from '@/lib/stories/remove-from-stories';
import { setStoryApart } from '@/lib/stories/set-apart';
import { timelineForArticle } from '@/lib/stories/timeline';
import { useTestDb } from '../../use-test-db';
import { QUAKE_EN, QUAKE_EN_2, key, quake, story } from './helpers';

const testDb = useTestDb();
const storyOf = async (n: number) => (await testDb().storyMembers.get(key(n)))!.storyId;

it('takes an article out of its story for good, and puts it back on undo', async () => {
  const db = testDb();
  const first = await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
  await addToStories(db, story(2, { day: 1, text: QUAKE_EN_2, entities: quake }));
  await addToStories(db, story(3, { day: 2, text: QUAKE_EN, entities: quake }));
  expect(await storyOf(2)).toBe(first.storyId);

  const own = await setStoryApart(db, key(2), true);
  expect(own).not.toBe(first.storyId);
  expect(await storyOf(2)).toBe(own);
  expect((await db.stories.get(first.storyId))?.count).toBe(2);
  const t = await timelineForArticle(db, key(3));
  expect(t?.entries.map((e) => e.key)).toEqual([key(3), key(1)]);

  // Nothing joins it, and reading it again (even changed) leaves it alone.
  const like = await addToStories(db, story(4, { day: 2, text: QUAKE_EN_2, entities: quake }));
  expect(like.storyId).toBe(first.storyId);
  const again = await addToStories(
    db,
    story(2, { day: 1, text: `${QUAKE_EN_2} More.`, entities: quake }),
  );
  expect(again).toMatchObject({ outcome: 'started' });
  expect((await db.stories.get(again.storyId))?.count).toBe(1);
  expect(await setStoryApart(db, key(2), true)).toBe(again.storyId);
  // Its own timeline says so, for the reader to put it back from there.
  expect((await timelineForArticle(db, key(2)))?.apart).toBe(true);

  expect(await setStoryApart(db, key(2), false)).toBe(first.storyId);
  expect((await db.stories.get(first.storyId))?.count).toBe(4);
  expect(await db.stories.count()).toBe(1);
  expect((await db.storyMembers.get(key(2)))?.apart).toBeUndefined();
  expect((await timelineForArticle(db, key(2)))?.apart).toBeUndefined();
});

it('answers null for an article in no story, and a set-apart article can still be deleted', async () => {
  const db = testDb();
  expect(await setStoryApart(db, key(9), true)).toBeNull();
  await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
  await setStoryApart(db, key(1), true);
  await removeFromStories(db, key(1));
  expect(await db.stories.count()).toBe(0);
});

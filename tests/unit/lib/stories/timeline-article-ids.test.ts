import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import type { StoredArticle } from '@/lib/db/schema';
import { addToStories } from '@/lib/stories/add-to-stories';
import { timelineForArticle } from '@/lib/stories/timeline';
import { QUAKE_EN, QUAKE_EN_2, ELECTION_EN, ent, key, quake, story } from './helpers';
import { useTestDb } from '../../use-test-db';

let db: BackstoryDb;
const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

/** Stores the article (its row and light row), then puts it in its story. */
async function read(a: StoredArticle): Promise<StoredArticle> {
  const id = await db.articles.add({ ...a });
  const stored = { ...a, id };
  await addToStories(db, stored, { now: a.firstReadAt });
  return stored;
}

describe('members carry their article’s id (StoryMember.articleId)', () => {
  it('a stored article’s member is added with its id, and a member added before gets it when read again', async () => {
    const a = await read(story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    expect((await db.storyMembers.get(key(1)))?.articleId).toBe(a.id);
    // A member written before members carried it.
    const { articleId: _, ...old } = (await db.storyMembers.get(key(1)))!;
    await db.storyMembers.put(old);
    await addToStories(db, a, { now: a.firstReadAt });
    expect((await db.storyMembers.get(key(1)))?.articleId).toBe(a.id);
  });

  it('a timeline reads each entry’s own light row, also when a member’s id leads to another article', async () => {
    await read(story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    await read(story(2, { day: 1, text: QUAKE_EN_2, entities: quake, savedAt: 1 }));
    const other = await read(story(3, { day: 1, text: ELECTION_EN, entities: [ent('loc:oslo')] }));
    // Titles changed since the members were written: the light rows hold the current ones.
    await db.articles.where('key').equals(key(1)).modify({ title: 'Quake: the first report' });
    await db.articles.where('key').equals(key(2)).modify({ title: 'Quake: the toll rises' });
    const before = await timelineForArticle(db, key(2), { markViewed: false });
    expect(before?.entries.map((e) => [e.key, e.title, e.saved])).toEqual([
      [key(2), 'Quake: the toll rises', true],
      [key(1), 'Quake: the first report', false],
    ]);
    // An id that now leads to another article's row (rows rewritten elsewhere): not trusted.
    const m = (await db.storyMembers.get(key(1)))!;
    await db.storyMembers.put({ ...m, articleId: other.id });
    expect(await timelineForArticle(db, key(2), { markViewed: false })).toEqual(before);
  });
});

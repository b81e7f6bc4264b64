import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import { entityStories, timelineForArticle, timelineForEntity } from '@/lib/stories/timeline';
import {
  DAY,
  ELECTION_EN,
  QUAKE_EN,
  QUAKE_EN_2,
  QUAKE_FR,
  T0,
  ent,
  key,
  quake,
  story,
} from './helpers';
import { useTestDb } from '../../use-test-db';

let db: BackstoryDb;
const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

describe('timelineForArticle', () => {
  it('answers, without a date, for an article imported with an impossible one (#20)', async () => {
    // Stored before imports checked dates: no publication date, read "in" year 287,000.
    await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    await addToStories(db, {
      ...story(2, { day: 1, text: QUAKE_EN_2, entities: quake }),
      publishedAt: null,
      firstReadAt: 9e15,
      lastReadAt: 9e15,
    });
    const t = await timelineForArticle(db, key(2));
    expect(t?.story.title).toBe('Article 2');
    expect(t?.story.lastDate).toBe('');
  });

  it('lists the articles of the story, newest first, this one in place, with their fields', async () => {
    await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    await addToStories(
      db,
      story(2, { day: 1, text: QUAKE_FR, entities: quake.slice(0, 2), lang: 'fr', savedAt: T0 }),
    );
    await addToStories(db, story(3, { day: 2, text: QUAKE_EN_2, entities: quake }));
    await addToStories(db, story(4, { day: 1, text: ELECTION_EN, entities: [ent('loc:oslo')] }));

    const t = await timelineForArticle(db, key(3));
    expect(t?.story).toMatchObject({
      articleCount: 3,
      title: 'Article 3',
      firstDate: new Date(T0).toISOString(),
      lastDate: new Date(T0 + 2 * DAY).toISOString(),
    });
    expect(t?.story.keyEntities[0]).toEqual({
      id: 'loc:valparaiso',
      name: 'valparaiso',
      type: 'LOC',
    });
    expect(t?.entries).toEqual([
      expect.objectContaining({ key: key(3), current: true, isNew: false }),
      {
        key: key(2),
        url: key(2),
        date: new Date(T0 + DAY).toISOString(),
        siteName: 'News Example',
        lang: 'fr',
        title: 'Article 2',
        sharedEntityIds: ['loc:valparaiso', 'loc:Q298'],
        saved: true,
        firstReadAt: T0 + DAY + 3_600_000,
        isNew: false,
      },
      expect.objectContaining({ key: key(1), lang: 'en', saved: false, isNew: false }),
    ]);
    expect(t?.entries.filter((e) => e.current)).toHaveLength(1);
    expect(t?.relatedStories).toEqual([]);
    // Named by one of its headlines, in the reader's language when it has an article in it.
    expect(t?.story.name?.lang).toBe('en');
    expect((await timelineForArticle(db, key(3), { lang: 'fr' }))?.story.name).toEqual({
      title: 'Article 2',
      lang: 'fr',
      key: key(2),
    });
  });

  it('shows what came after the article too, and nothing for an unknown key', async () => {
    await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    await addToStories(db, story(2, { day: 1, text: QUAKE_EN_2, entities: quake }));
    const t = await timelineForArticle(db, key(1));
    expect(t?.entries.map((e) => [e.key, e.current ?? false])).toEqual([
      [key(2), false],
      [key(1), true],
    ]);
    expect(await timelineForArticle(db, 'https://news.example/none')).toBeNull();
  });

  it('keeps the article in place when the story is longer than the limit', async () => {
    for (let n = 1; n <= 5; n++) {
      await addToStories(db, story(n, { day: n, text: QUAKE_EN, entities: quake }));
    }
    const t = await timelineForArticle(db, key(1), { limit: 3 });
    expect(t?.story.articleCount).toBe(5);
    expect(t?.entries.map((e) => e.key)).toEqual([key(5), key(4), key(1)]);
    expect(t?.entries[2]?.current).toBe(true);
  });

  it('marks as new what entered the story since its timeline was last shown', async () => {
    const hour = 3_600_000;
    await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    await addToStories(db, story(2, { day: 1, text: QUAKE_EN_2, entities: quake }));
    // First view: nothing to compare with, nothing is new; the view is recorded.
    const first = await timelineForArticle(db, key(2), { now: T0 + DAY + 2 * hour });
    expect(first?.entries.map((e) => e.isNew)).toEqual([false, false]);
    await addToStories(db, story(3, { day: 2, text: QUAKE_EN, entities: quake }));
    await addToStories(db, story(4, { day: 3, text: QUAKE_EN_2, entities: quake }));
    const second = await timelineForArticle(db, key(4), { now: T0 + 3 * DAY + 2 * hour });
    expect(second?.entries.map((e) => [e.key, e.isNew])).toEqual([
      [key(4), false],
      [key(3), true],
      [key(2), false],
      [key(1), false],
    ]);
    // Looking again right away: all seen.
    const third = await timelineForArticle(db, key(4), { now: T0 + 3 * DAY + 3 * hour });
    expect(third?.entries.some((e) => e.isNew)).toBe(false);
    // A view not recorded leaves the marker for the next one.
    await addToStories(db, story(5, { day: 4, text: QUAKE_EN, entities: quake }));
    const peek = await timelineForArticle(db, key(5), {
      now: T0 + 4 * DAY + 2 * hour,
      markViewed: false,
    });
    expect(peek?.entries[1]).toMatchObject({ key: key(4), isNew: false });
    expect((await db.storyViews.toArray())[0]?.at).toBe(T0 + 3 * DAY + 3 * hour);
    // Later coverage is marked new too: back on article 2, article 5 came since.
    const back = await timelineForArticle(db, key(2), { now: T0 + 4 * DAY + 3 * hour });
    expect(back?.entries.filter((e) => e.isNew).map((e) => e.key)).toEqual([key(5)]);
  });

  it('lists an earlier story on the same entities as related', async () => {
    await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    await addToStories(db, story(2, { day: 200, text: QUAKE_EN_2, entities: quake }));
    const t = await timelineForArticle(db, key(2));
    expect(t?.entries.map((e) => e.key)).toEqual([key(2)]);
    expect(t?.relatedStories).toHaveLength(1);
    expect(t?.relatedStories[0]?.entries.map((e) => e.key)).toEqual([key(1)]);
  });
});

describe('timelineForEntity', () => {
  it('lists the stories about an entity, newest first', async () => {
    await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    await addToStories(db, story(2, { day: 300, text: QUAKE_EN_2, entities: quake }));
    await addToStories(db, story(3, { day: 100, text: ELECTION_EN, entities: [ent('loc:oslo')] }));
    const stories = await timelineForEntity(db, 'loc:valparaiso');
    expect(stories.map((s) => s.lastDate)).toEqual([
      new Date(T0 + 300 * DAY).toISOString(),
      new Date(T0).toISOString(),
    ]);
    expect(await timelineForEntity(db, 'loc:nowhere')).toEqual([]);
  });

  it('names each story as its own timeline does, not by its latest headline', async () => {
    await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    await addToStories(db, story(2, { day: 1, text: QUAKE_FR, entities: quake, lang: 'fr' }));
    await addToStories(db, story(3, { day: 2, text: QUAKE_EN_2, entities: quake }));
    const [quakeStory] = await timelineForEntity(db, 'loc:valparaiso', { lang: 'fr' });
    // The row's title is the latest headline (in English); a French reader gets the French one,
    // the name the story's own timeline gives it.
    expect(quakeStory?.title).toBe('Article 3');
    const own = await timelineForArticle(db, key(3), { lang: 'fr', markViewed: false });
    expect(quakeStory?.name).toEqual(own?.story.name);
    expect(quakeStory?.name).toMatchObject({ title: 'Article 2', lang: 'fr' });
  });
});

describe('entityStories', () => {
  it('lists every story about an entity, newest first, each with its latest articles', async () => {
    await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    await addToStories(db, story(2, { day: 1, text: QUAKE_EN_2, entities: quake, savedAt: T0 }));
    await addToStories(db, story(3, { day: 300, text: QUAKE_EN_2, entities: quake }));
    await addToStories(db, story(4, { day: 100, text: ELECTION_EN, entities: [ent('loc:oslo')] }));

    const all = await entityStories(db, 'loc:valparaiso');
    expect(all.total).toBe(2);
    expect(all.stories.map((s) => s.story.articleCount)).toEqual([1, 2]);
    expect(all.stories.map((s) => s.entries.map((e) => e.key))).toEqual([
      [key(3)],
      [key(2), key(1)],
    ]);
    expect(all.stories[1]!.entries[0]).toMatchObject({
      title: 'Article 2',
      saved: true,
      isNew: false,
      sharedEntityIds: ['loc:valparaiso'],
    });

    // Bounded: a few stories, a few articles each; the total still says how many there are.
    const few = await entityStories(db, 'loc:valparaiso', { limit: 1, entries: 1 });
    expect(few.total).toBe(2);
    expect(few.stories).toHaveLength(1);
    expect(few.stories[0]!.entries).toHaveLength(1);
    expect(await entityStories(db, 'loc:nowhere')).toEqual({ total: 0, stories: [] });
  });
});

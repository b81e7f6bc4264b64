import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import { DECISION_MODEL, useDecisionModel } from '@/lib/stories/decision';
import { displayScore, memberAsStory, shownMembers } from '@/lib/stories/display';
import { storySimilarity } from '@/lib/stories/similarity';
import type { StoryMember } from '@/lib/stories/rows';
import { shownStory, timelineForArticle } from '@/lib/stories/timeline';
import { entityBackground } from '@/lib/background/entity-background';
import { newInArticle } from '@/lib/background/new-in-article';
import { DAY, ELECTION_EN, QUAKE_EN, QUAKE_EN_2, T0, ent, key, quake, story } from './helpers';

const HOUR = 3_600_000;
import { useTestDb } from '../../use-test-db';

let db: BackstoryDb;
const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

/**
 * Two earthquake reports grouped as one story, and an election report that grouping put in it
 * too (forced here, as a wrong join would): the story a reader could be shown.
 */
async function storyWithAWrongMember() {
  const first = await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
  await addToStories(db, story(2, { day: 1, text: QUAKE_EN_2, entities: quake }));
  await addToStories(
    db,
    story(3, { day: 1, text: ELECTION_EN, entities: [ent('loc:oslo'), ent('per:jonas-store')] }),
    { teacher: { storyId: first.storyId, observe: () => {} } },
  );
  const members = (await db.storyMembers.bulkGet([key(1), key(2), key(3)])) as StoryMember[];
  const row = (await db.stories.get(first.storyId))!;
  expect(row.count).toBe(3);
  return { members, row };
}

describe('displayScore', () => {
  it('scores a pair on the same event above a pair that only shares a story, either way round', async () => {
    const { members, row } = await storyWithAWrongMember();
    const [a, b, wrong] = members as [StoryMember, StoryMember, StoryMember];
    expect(row.count).toBe(3);
    expect(displayScore(a, b)).toBeCloseTo(displayScore(b, a), 12);
    expect(displayScore(a, wrong)).toBeCloseTo(displayScore(wrong, a), 12);
    expect(displayScore(a, b)).toBeGreaterThanOrEqual(DECISION_MODEL.show);
    expect(displayScore(a, wrong)).toBeLessThan(DECISION_MODEL.show);
  });

  it("is the weaker of the pair's two ways round, and not raised by the story", async () => {
    const { members } = await storyWithAWrongMember();
    const [a, b] = members as [StoryMember, StoryMember];
    const ab = storySimilarity(a, memberAsStory(b));
    const ba = storySimilarity(b, memberAsStory(a));
    expect(Math.abs(ab - ba)).toBeGreaterThan(1e-6);
    expect(displayScore(a, b)).toBe(Math.min(ab, ba));
  });

  it('always keeps the article being read, whatever the threshold', async () => {
    const { members } = await storyWithAWrongMember();
    expect(shownMembers(members[2]!, members, 1.01).map((m) => m.key)).toEqual([key(3)]);
  });
});

describe('timelineForArticle: what is shown as the story', () => {
  it('does not list a member that is not surely about the same story as the article read', async () => {
    await storyWithAWrongMember();
    const t = await timelineForArticle(db, key(1));
    expect(t?.entries.map((e) => e.key)).toEqual([key(2), key(1)]);
    // The header counts what is shown, not the hidden member.
    expect(t?.story.articleCount).toBe(2);
  });

  it('shows a doubtful article alone: nothing else is shown as its story', async () => {
    await storyWithAWrongMember();
    const t = await timelineForArticle(db, key(3));
    expect(t?.entries.map((e) => [e.key, e.current ?? false])).toEqual([[key(3), true]]);
    expect(t?.story.articleCount).toBe(1);
  });

  it('fills the list from beyond its newest `limit` members when a newer one is hidden', async () => {
    await storyWithAWrongMember();
    // Room for two: the newest member (3) is hidden, and the next (2), the same event, takes its
    // place; weighing only the newest two would have listed the article read alone.
    const t = await timelineForArticle(db, key(1), { limit: 2, markViewed: false });
    expect(t?.entries.map((e) => e.key)).toEqual([key(2), key(1)]);
    expect(t?.story.articleCount).toBe(2);
  });

  it('follows the display threshold of the model in use', async () => {
    await storyWithAWrongMember();
    const restore = useDecisionModel({ ...DECISION_MODEL, show: 0 });
    try {
      const t = await timelineForArticle(db, key(1));
      expect(t?.entries).toHaveLength(3);
      expect(t?.story.articleCount).toBe(3);
    } finally {
      restore();
    }
  });
});

describe('other views of the story follow what is shown', () => {
  /**
   * The story of storyWithAWrongMember with the articles stored too, the election report (3)
   * read before the second earthquake report (2), and naming ONEMI in passing.
   */
  async function storedStoryWithAWrongMember() {
    const onemi = ent('org:onemi', 0.1);
    const wrong = [ent('loc:oslo'), ent('per:jonas-store'), onemi];
    const articles = [
      story(1, { day: 0, text: QUAKE_EN, entities: quake }),
      story(2, { day: 1, text: QUAKE_EN_2, entities: quake, readAt: T0 + DAY + 2 * HOUR }),
      story(3, { day: 1, text: ELECTION_EN, entities: wrong, readAt: T0 + DAY + HOUR }),
    ];
    for (const a of articles) await db.articles.add(a);
    const first = await addToStories(db, articles[0]!);
    await addToStories(db, articles[1]!);
    await addToStories(db, articles[2]!, {
      teacher: { storyId: first.storyId, observe: () => {} },
    });
    for (const n of [2, 3]) {
      expect((await db.storyMembers.get(key(n)))?.storyId).toBe(first.storyId);
    }
    expect((await shownStory(db, key(2)))?.keys.has(key(3))).toBe(false);
  }

  it('leaves out the articles the timeline lists, in a story longer than the timeline too', async () => {
    await storyWithAWrongMember();
    // Room for two: the newest (hidden) and the article read in place of the second newest.
    for (const limit of [2, 30]) {
      const t = await timelineForArticle(db, key(1), { limit, markViewed: false });
      const listed = new Set(t?.entries.map((e) => e.key));
      expect((await shownStory(db, key(1), limit))?.keys).toEqual(listed);
    }
  });

  it('"New in this article" compares with the articles shown, not one grouped by mistake', async () => {
    await storedStoryWithAWrongMember();
    expect((await newInArticle(db, key(2))).readBefore).toBe(1);
  });

  it('an entity card counts a member that is not shown as outside the story, and cites it', async () => {
    await storedStoryWithAWrongMember();
    const reading = (await db.lightArticles.get({ key: key(2) }))!;
    const bg = await entityBackground(db, reading, 'org:onemi', 'en', false);
    expect(bg?.archive).toMatchObject({ count: 2, inStory: 1 });
    expect(bg?.archive.first?.key).toBe(key(3));
  });
});

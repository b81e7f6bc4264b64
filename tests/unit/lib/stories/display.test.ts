import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import { DECISION_MODEL, useDecisionModel } from '@/lib/stories/decision';
import { displayScore, shownMembers } from '@/lib/stories/display';
import type { StoryMember } from '@/lib/stories/rows';
import { timelineForArticle } from '@/lib/stories/timeline';
import { ELECTION_EN, QUAKE_EN, QUAKE_EN_2, ent, key, quake, story } from './helpers';
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
    expect(displayScore(a, b, row)).toBeCloseTo(displayScore(b, a, row), 12);
    expect(displayScore(a, wrong, row)).toBeCloseTo(displayScore(wrong, a, row), 12);
    expect(displayScore(a, b, row)).toBeGreaterThanOrEqual(DECISION_MODEL.show);
    expect(displayScore(a, wrong, row)).toBeLessThan(DECISION_MODEL.show);
  });

  it('always keeps the article being read, whatever the threshold', async () => {
    const { members, row } = await storyWithAWrongMember();
    expect(shownMembers(members[2]!, members, row, 1.01).map((m) => m.key)).toEqual([key(3)]);
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

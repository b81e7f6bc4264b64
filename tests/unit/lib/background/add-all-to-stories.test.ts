import { afterEach, describe, expect, it, vi } from 'vitest';
import { addAllToStories } from '@/lib/background/handlers';
import { type BackstoryDb } from '@/lib/db';
import { addToStories } from '@/lib/stories';
import { allFrequencies } from '@/lib/stories/frequencies';
import { useTestDbs } from '../../use-test-db';
import { ent, story } from '../stories/helpers';

const fresh = useTestDbs();
afterEach(() => {
  vi.restoreAllMocks();
});

/** Three threads of news, interleaved, with words and people in common. */
const articles = Array.from({ length: 24 }, (_, n) => {
  const thread = n % 3;
  const [who, where, what] = (
    [
      ['per:vladimir-putin', 'loc:pyongyang', 'summit talks treaty visit'],
      ['per:emmanuel-macron', 'loc:paris', 'pension reform strike unions'],
      ['per:olaf-scholz', 'loc:berlin', 'budget court ruling deficit'],
    ] as const
  )[thread]!;
  return story(n, {
    day: Math.floor(n / 3),
    text: `${what} ${what.split(' ').reverse().join(' ')} ${n % 2 ? 'talks' : 'strike'} ${what}.`,
    entities: [ent(who, 1), ent(where, 0.6), ...(n % 4 ? [] : [ent('org:united-nations', 0.3)])],
  });
});

/** What grouping left: each article's story and vectors, and the word frequencies. */
async function grouping(db: BackstoryDb) {
  const members = await db.storyMembers.toArray();
  return {
    members: members.map((m) => [m.key, m.storyId, m.entities, m.terms]),
    df: [...(await allFrequencies(db))].sort(),
    stories: (await db.stories.toArray()).map((s) => [s.id, s.entityIds, s.termKeys]),
  };
}

describe('addAllToStories', () => {
  it('groups a batch in one transaction exactly as one article at a time would', async () => {
    const one = fresh();
    await one.articles.bulkAdd(structuredClone(articles));
    for (const a of await one.articles.toArray()) await addToStories(one, a);
    const batched = fresh();
    await batched.articles.bulkAdd(structuredClone(articles));
    const rows = await batched.articles.toArray();
    const warn = vi.spyOn(console, 'warn');
    await addAllToStories(batched, rows.slice(0, 10));
    await addAllToStories(batched, rows.slice(10));
    expect(warn).not.toHaveBeenCalled(); // together, not one at a time after a failure
    const expected = await grouping(one);
    expect(expected.stories.length).toBeGreaterThan(1);
    expect(await grouping(batched)).toEqual(expected);
  });
});

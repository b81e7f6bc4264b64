import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import { addToStories, topCandidates } from '@/lib/stories/add-to-stories';
import { removeFromStories } from '@/lib/stories/remove-from-stories';
import {
  FEATURE_NAMES,
  DECISION_MODEL,
  MERGE_FEATURE_NAMES,
  useDecisionModel,
} from '@/lib/stories/decision';
import { allFrequencies, DOCS, SEQ } from '@/lib/stories/frequencies';
import { FRAGMENT_HOME_MIN, MAX_CANDIDATES } from '@/lib/stories/params';
import {
  BUDGET_EN,
  ELECTION_EN,
  QUAKE_EN,
  QUAKE_EN_2,
  QUAKE_FR,
  ent,
  quake,
  story,
} from './helpers';
import { useTestDb } from '../../use-test-db';
import { useTermsOnlyDecision } from './terms-only-decision';

let db: BackstoryDb;
const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

const election = [ent('loc:oslo'), ent('per:jonas-gahr-store', 0.8), ent('org:storting', 0.5)];
const budget = [ent('loc:ottawa'), ent('per:chrystia-freeland', 0.9)];

describe('addToStories', () => {
  it('starts a story, then joins it with a like article, and starts another for a new topic', async () => {
    const a = await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    const b = await addToStories(db, story(2, { day: 1, text: QUAKE_EN_2, entities: quake }));
    const c = await addToStories(db, story(3, { day: 1, text: ELECTION_EN, entities: election }));
    expect(a.outcome).toBe('started');
    expect(b).toMatchObject({ outcome: 'joined', storyId: a.storyId });
    expect(b.score).toBeGreaterThan(0.25);
    expect(c.outcome).toBe('started');
    expect(c.storyId).not.toBe(a.storyId);
    const s = await db.stories.get(a.storyId);
    expect(s).toMatchObject({ count: 2, title: 'Article 2', langs: ['en'] });
    expect(s?.entityIds).toContain('loc:valparaiso');
    expect(await db.stories.count()).toBe(2);
  });

  it('joins across languages through shared entity ids', async () => {
    const a = await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    const fr = await addToStories(
      db,
      story(2, { day: 3, text: QUAKE_FR, entities: quake.slice(0, 2), lang: 'fr' }),
    );
    expect(fr).toMatchObject({ outcome: 'joined', storyId: a.storyId });
    expect((await db.stories.get(a.storyId))?.langs).toEqual(['en', 'fr']);
  });

  it('does not join the same people and words a year later', async () => {
    const a = await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    const b = await addToStories(db, story(2, { day: 400, text: QUAKE_EN_2, entities: quake }));
    expect(b.outcome).toBe('started');
    expect(b.storyId).not.toBe(a.storyId);
  });

  it('reads at most MAX_CANDIDATES stories, those most of its features found first', async () => {
    const names = ['per:alpha', 'per:bravo', 'per:charlie', 'org:delta', 'loc:echo', 'loc:foxtrot'];
    const target = await addToStories(
      db,
      story(1, { day: 0, text: QUAKE_EN, entities: names.map((n) => ent(n)) }),
    );
    // Newer stories, each sharing one entity: 30 with the target more than the cap; each
    // entity's query still finds the target among its newest six.
    let n = 2;
    for (const name of names) {
      for (let i = 0; i < 5; i++) {
        await addToStories(db, story(n++, { day: 1, text: BUDGET_EN, entities: [ent(name)] }), {
          teacher: { storyId: null, observe: () => {} },
        });
      }
    }
    let seen: string[] = [];
    await addToStories(
      db,
      story(n, { day: 1, text: QUAKE_EN_2, entities: names.map((e) => ent(e)) }),
      {
        teacher: {
          storyId: null,
          observe: (_m, candidates) => (seen = candidates.map((c) => c.id)),
        },
      },
    );
    expect(seen).toHaveLength(MAX_CANDIDATES);
    expect(seen).toContain(target.storyId);
  });

  it('is idempotent: the same article again changes nothing', async () => {
    const article = story(1, { day: 0, text: QUAKE_EN, entities: quake });
    const first = await addToStories(db, article);
    const df = await db.storyDf.toArray();
    const again = await addToStories(db, { ...article, readCount: 2 });
    expect(again).toMatchObject({ outcome: 'unchanged', storyId: first.storyId });
    expect(await db.storyDf.toArray()).toEqual(df);
    expect(await db.storyMembers.count()).toBe(1);
    expect((await db.stories.get(first.storyId))?.count).toBe(1);
  });

  it('moves an article whose content changed, as if removed and added', async () => {
    await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    const e = await addToStories(db, story(2, { day: 0, text: ELECTION_EN, entities: election }));
    const changed = await addToStories(
      db,
      story(1, { day: 0, text: ELECTION_EN, entities: election }),
    );
    expect(changed.storyId).toBe(e.storyId);
    expect(await db.stories.count()).toBe(1);
    expect((await allFrequencies(db)).get(DOCS)).toBe(2);
  });
});

describe('topCandidates', () => {
  it('keeps the stories found by the most queries, then those found first', () => {
    const found = [
      ['s1', 's2', 's3'],
      ['s4', 's3'],
      ['s5', 's3', 's4'],
    ];
    expect(topCandidates(found, 3)).toEqual(['s3', 's4', 's1']);
    expect(topCandidates(found, 10)).toEqual(['s3', 's4', 's1', 's2', 's5']);
  });
});

describe('removeFromStories', () => {
  it('takes an article out of its story and deletes a story left empty', async () => {
    const a = await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    await addToStories(db, story(2, { day: 2, text: QUAKE_EN_2, entities: quake, title: 'Later' }));
    expect(await removeFromStories(db, 'https://news.example/2')).toBe(a.storyId);
    const s = await db.stories.get(a.storyId);
    expect(s).toMatchObject({ count: 1, title: 'Article 1' });
    expect(s?.lastDate).toBe(s?.firstDate);
    expect((await allFrequencies(db)).get(DOCS)).toBe(1);
    expect(await removeFromStories(db, 'https://news.example/1')).toBe(a.storyId);
    expect(await db.stories.count()).toBe(0);
    expect((await allFrequencies(db)).has('e:loc:valparaiso')).toBe(false);
    expect(await removeFromStories(db, 'https://news.example/1')).toBeNull();
  });

  it('counts a deleted article’s words out of the rarities when given the article', async () => {
    const one = story(1, { day: 0, text: QUAKE_EN, entities: quake });
    const two = story(2, { day: 1, text: QUAKE_EN_2, entities: quake });
    await addToStories(db, one);
    await addToStories(db, two);
    const words = async () =>
      [...(await allFrequencies(db))].filter(([k]) => k.startsWith('t:')).sort();
    const before = await words();
    await removeFromStories(db, two.key, two);
    await addToStories(db, two);
    // Out and in again: every count is back where it was, none drifted up.
    expect(await words()).toEqual(before);
    await removeFromStories(db, one.key, one);
    await removeFromStories(db, two.key, two);
    expect([...(await allFrequencies(db)).keys()]).toEqual([SEQ]); // only the story counter
  });

  it('never merges two unrelated stories through one article that fits both', async () => {
    const quakeStory = await addToStories(
      db,
      story(1, { day: 0, text: QUAKE_EN, entities: quake }),
    );
    const budgetStory = await addToStories(
      db,
      story(2, { day: 0, text: BUDGET_EN, entities: budget }),
    );
    const bridge = await addToStories(
      db,
      story(3, { day: 1, text: `${QUAKE_EN} ${BUDGET_EN}`, entities: [...quake, ...budget] }),
    );
    // One ambiguous article does not chain a quake and a budget into one story.
    expect(bridge.outcome).not.toBe('merged');
    expect(await db.stories.count()).toBeGreaterThanOrEqual(2);
    const members = await db.storyMembers.toArray();
    const storyOf = (n: number) => members.find((m) => m.key === `https://news.example/${n}`)!;
    expect(storyOf(1).storyId).toBe(quakeStory.storyId);
    expect(storyOf(2).storyId).toBe(budgetStory.storyId);
    expect(storyOf(1).storyId).not.toBe(storyOf(2).storyId);
  });

  it('keeps a story whole when an article that bridged nothing goes', async () => {
    const a = await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
    await addToStories(db, story(2, { day: 1, text: QUAKE_EN_2, entities: quake }));
    await addToStories(db, story(3, { day: 2, text: QUAKE_EN, entities: quake }));
    await removeFromStories(db, 'https://news.example/2');
    expect(await db.stories.count()).toBe(1);
    expect((await db.stories.get(a.storyId))?.count).toBe(2);
    expect(new Set((await db.storyMembers.toArray()).map((m) => m.storyId))).toEqual(
      new Set([a.storyId]),
    );
  });

  it('merges two stories that fit each other once an article finds both', async () => {
    const restore = useTermsOnlyDecision();
    try {
      const words = (n: number, text: string) =>
        story(n, { day: 0, text, title: text, entities: [] });
      await addToStories(db, words(1, 'alpha beta'));
      // Half its words shared (cosine 0.5): a story of its own.
      expect((await addToStories(db, words(2, 'alpha gamma'))).outcome).toBe('started');
      // Fits both, but the two stories do not fit each other: it joins one of them, which
      // now holds the other's words.
      expect((await addToStories(db, words(3, 'alpha beta gamma'))).outcome).toBe('joined');
      expect(await db.stories.count()).toBe(2);
      // This one fits only one of them well; it finds both, and the two now fit each other.
      const d = await addToStories(db, words(4, 'alpha gamma'));
      expect(d.outcome).toBe('merged');
      expect(await db.stories.count()).toBe(1);
      const members = await db.storyMembers.toArray();
      expect(members.map((m) => m.storyId)).toEqual(members.map(() => d.storyId));
    } finally {
      restore();
    }
  });

  it('asks a learned merge decision, never below the join floor (stories that do not fit each other)', async () => {
    const words = (n: number, text: string) =>
      story(n, { day: 0, text, title: text, entities: [] });
    // A toy merge model: merge when the article fits the weaker of the two stories at 0.9.
    const low = MERGE_FEATURE_NAMES.indexOf('articleFitLow');
    // The join decision of useTermsOnlyDecision.
    const restore = useDecisionModel({
      ...DECISION_MODEL,
      weights: FEATURE_NAMES.map((n) => (n === 'terms' ? 20 : 0)),
      bias: -12,
      join: 0.5,
      merge: 0.75,
      mergeModel: {
        weights: MERGE_FEATURE_NAMES.map((_, i) => (i === low ? 100 : 0)),
        bias: -90,
        at: 0.5,
      },
      // The merge decision alone (the shipped story-pair pass was fitted over another join).
      pass: undefined,
    });
    try {
      await addToStories(db, words(1, 'alpha beta'));
      expect((await addToStories(db, words(2, 'alpha gamma'))).outcome).toBe('started');
      // Fits both well, and the toy model would merge them; but the two stories do not fit each
      // other at the join probability (the second started apart from the first): no merge.
      const c = await addToStories(db, words(3, 'alpha beta gamma'));
      expect(c.outcome).toBe('joined');
      expect(await db.stories.count()).toBe(2);
    } finally {
      restore();
    }
  });

  /**
   * A story of FRAGMENT_HOME_MIN headlines, a headline that shares one word with it (a story of
   * its own), then one more headline of the large story: its outcome, with `fragment` in a toy
   * model whose learned merge agrees to everything (the floors decide).
   */
  const growWithFragment = async (fragment: { floor: number } | undefined) => {
    const words = (n: number, text: string) =>
      story(n, { day: 0, text, title: text, entities: [] });
    const restore = useDecisionModel({
      ...DECISION_MODEL,
      weights: FEATURE_NAMES.map((n) => (n === 'terms' ? 20 : 0)),
      bias: -12,
      join: 0.5,
      merge: 1.01,
      mergeModel: { weights: MERGE_FEATURE_NAMES.map(() => 0), bias: 10, at: 0.5 },
      split: undefined,
      fragment,
    });
    try {
      for (let i = 0; i < FRAGMENT_HOME_MIN; i++) {
        await addToStories(db, words(i, 'titanfall xbox launch respawn server'));
      }
      const f = await addToStories(db, words(100, 'titanfall livestream tonight catch here'));
      expect(f.outcome).toBe('started');
      return await addToStories(db, words(101, 'titanfall xbox launch respawn server'));
    } finally {
      restore();
    }
  };

  it('takes a small story into a large one an article joins when it fits it as a whole (fragment sweep)', async () => {
    expect((await growWithFragment({ floor: 1e-6 })).outcome).toBe('merged');
    expect(await db.stories.count()).toBe(1);
  });

  it('sweeps no fragment without a fragment point in the model', async () => {
    expect((await growWithFragment(undefined)).outcome).toBe('joined');
    expect(await db.stories.count()).toBe(2);
  });
});

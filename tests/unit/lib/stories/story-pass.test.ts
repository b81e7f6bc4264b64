import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import {
  DECISION_MODEL,
  MERGE_FEATURE_NAMES,
  useDecisionModel,
  type DecisionModel,
} from '@/lib/stories/decision';
import { setStoryApart } from '@/lib/stories/set-apart';
import { PASS_FEATURE_NAMES, storyPairFeatures } from '@/lib/stories/story-pass';
import { storyAsMember, storySimilarity } from '@/lib/stories/similarity';
import { QUAKE_EN, QUAKE_EN_2, key, quake, story } from './helpers';
import { tableMiddleware } from '../db/table-middleware';
import { useTestDb, useTestDbs } from '../../use-test-db';

let db: BackstoryDb;
const testDb = useTestDb();
const moreDbs = useTestDbs();
beforeEach(() => {
  db = testDb();
});

// No learned merge between an article's candidates and no sweep: only the pass can merge.
const noMerge = { weights: MERGE_FEATURE_NAMES.map(() => 0), bias: -20, at: 0.5 };
const base: DecisionModel = { ...DECISION_MODEL, mergeModel: noMerge };
delete base.fragment;
delete base.split;
delete base.pass;
// A pass that agrees to every pair its floor and candidates let through.
const always = { weights: PASS_FEATURE_NAMES.map(() => 0), bias: 20, at: 0.5 };

async function withModel<T>(model: DecisionModel, run: () => Promise<T>): Promise<T> {
  const restore = useDecisionModel(model);
  try {
    return await run();
  } finally {
    restore();
  }
}

/** Two stories of one quake, the second started apart by the teacher (a story split early). */
async function twoParts(): Promise<[string, string]> {
  const a = await addToStories(db, story(1, { day: 0, text: QUAKE_EN, entities: quake }));
  const apart = { storyId: null, observe: () => {} };
  const b = await addToStories(db, story(2, { day: 0, text: QUAKE_EN_2, entities: quake }), {
    teacher: apart,
  });
  expect(b.storyId).not.toBe(a.storyId);
  return [a.storyId, b.storyId];
}

const third60 = () => story(3, { day: 61, text: `${QUAKE_EN} ${QUAKE_EN_2}`, entities: quake });
const third = () => story(3, { day: 1, text: `${QUAKE_EN} ${QUAKE_EN_2}`, entities: quake });

describe('the story-pair pass', () => {
  it('merges the story an article joins with another it fits as a whole', async () => {
    await withModel({ ...base, pass: always }, async () => {
      const [s1, s2] = await twoParts();
      const r = await addToStories(db, third());
      expect(r.outcome).toBe('merged');
      expect([s1, s2]).toContain(r.storyId);
      expect(r.mergedIds).toEqual([s1, s2].filter((s) => s !== r.storyId));
      expect(await db.stories.count()).toBe(1);
      expect((await db.stories.get(r.storyId))?.count).toBe(3);
      const members = await db.storyMembers.toArray();
      expect(members.map((m) => m.storyId)).toEqual([r.storyId, r.storyId, r.storyId]);
    });
  });

  it('reads whole no story its head shows gone quiet for the story joined', async () => {
    const spied = moreDbs();
    const read: string[] = [];
    spied.use(
      tableMiddleware('spy', 'stories', (table) => ({
        ...table,
        getMany: (req) => (read.push(...(req.keys as string[])), table.getMany(req)),
      })),
    );
    await withModel({ ...base, pass: always }, async () => {
      const early = await addToStories(
        spied,
        story(1, { day: 0, text: QUAKE_EN, entities: quake }),
      );
      const late = await addToStories(
        spied,
        story(2, { day: 60, text: QUAKE_EN_2, entities: quake }),
      );
      read.length = 0;
      const r = await addToStories(spied, third60());
      expect(r).toMatchObject({ outcome: 'joined', storyId: late.storyId });
      expect(read).not.toContain(early.storyId);
    });
  });

  it('merges nothing without a pass in the model', async () => {
    await withModel(base, async () => {
      await twoParts();
      const r = await addToStories(db, third());
      expect(r.outcome).toBe('joined');
      expect(await db.stories.count()).toBe(2);
    });
  });

  it('merges nothing when the pass model says no', async () => {
    await withModel({ ...base, pass: { ...always, bias: -20 } }, async () => {
      await twoParts();
      expect((await addToStories(db, third())).outcome).toBe('joined');
      expect(await db.stories.count()).toBe(2);
    });
  });

  it('never merges a story the reader set apart', async () => {
    await withModel({ ...base, pass: always }, async () => {
      await twoParts();
      await setStoryApart(db, key(2), true);
      expect((await addToStories(db, third())).outcome).toBe('joined');
      expect(await db.stories.count()).toBe(2);
    });
  });

  it('never merges stories split from each other', async () => {
    await withModel({ ...base, pass: always }, async () => {
      const [s1, s2] = await twoParts();
      await db.stories.update(s2, { splitFrom: [s1] });
      expect((await addToStories(db, third())).outcome).toBe('joined');
      expect(await db.stories.count()).toBe(2);
    });
  });
});

describe('storyPairFeatures', () => {
  it('gives the best and mean fit of the smaller story’s members to the larger', async () => {
    await withModel(base, async () => {
      const [s1, s2] = await twoParts();
      const a = (await db.stories.get(s1))!;
      const b = (await db.stories.get(s2))!;
      const members = await db.storyMembers.toArray();
      const fits = members.map((m) => storySimilarity(m, b));
      const x = storyPairFeatures(a, b, members, 0.5);
      const at = (n: (typeof PASS_FEATURE_NAMES)[number]) => x[PASS_FEATURE_NAMES.indexOf(n)];
      expect(at('memberMax')).toBeCloseTo(Math.max(...fits));
      expect(at('memberMean')).toBeCloseTo((fits[0]! + fits[1]!) / 2);
      expect(at('keysShared')).toBe(0.5);
      expect(at('smallInLarge')).toBeCloseTo(storySimilarity(storyAsMember(a), b));
    });
  });
});

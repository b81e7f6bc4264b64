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
import {
  observePass,
  PASS_FEATURE_NAMES,
  storyPairFeatures,
  storyToMerge,
} from '@/lib/stories/story-pass';
import { StoryReads } from '@/lib/stories/story-heads';
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

describe('the pass within an add', () => {
  it('weighs the pairs it would weigh on fresh reads, reading no story or head twice', async () => {
    const spied = moreDbs();
    // Story rows and heads read, and the order of feature queries (q) and head reads (h).
    const got = { stories: [] as string[], storyHeads: [] as string[], order: '' };
    for (const name of ['stories', 'storyHeads'] as const) {
      spied.use(
        tableMiddleware(`spy-${name}`, name, (table) => ({
          ...table,
          getMany: (req) => {
            got[name].push(...(req.keys as string[]));
            if (name === 'storyHeads') got.order += 'h';
            return table.getMany(req);
          },
          query: (req) => {
            if (name === 'stories') got.order += 'q';
            return table.query(req);
          },
        })),
      );
    }
    const pairs: number[][] = [];
    const stop = observePass((_a, _b, x) => pairs.push(x));
    try {
      await withModel({ ...base, pass: { ...always, bias: -20 } }, async () => {
        db = spied;
        await twoParts();
        got.stories.length = got.storyHeads.length = 0;
        got.order = '';
        const r = await addToStories(spied, third());
        expect(r.outcome).toBe('joined');
        // Each story and head read once in the add.
        expect(new Set(got.stories).size).toBe(got.stories.length);
        expect(new Set(got.storyHeads).size).toBe(got.storyHeads.length);
        expect(pairs.length).toBeGreaterThan(0);
        // The same pairs and features as the pass run afresh on the story joined.
        const inAdd = pairs.splice(0);
        // The pass's queries (after the candidates' heads are read), fewer than run afresh:
        // those the candidates' queries found whole are answered from them.
        const passQueries = got.order.slice(got.order.indexOf('h')).split('q').length - 1;
        got.order = '';
        await spied.transaction('rw', spied.tables, async () =>
          storyToMerge(spied, (await spied.stories.get(r.storyId))!),
        );
        expect(inAdd).toEqual(pairs);
        expect(passQueries).toBeLessThan(got.order.split('q').length - 1);
      });
    } finally {
      stop();
    }
  });
});

describe('StoryReads', () => {
  it('answers a feature query only from a whole list, without the stories gone since', () => {
    const reads = new StoryReads();
    reads.noteFound('entityIds', 'loc:Q1', 6, ['s2', 's5']);
    reads.noteFound('entityIds', 'loc:Q2', 6, ['s1', 's2', 's3', 's4', 's5', 's6']);
    reads.forget(['s2']);
    // The story written since (with the key) in id order; a capped list is no answer.
    expect(reads.foundNow('entityIds', 'loc:Q1', 's3')).toEqual(['s3', 's5']);
    expect(reads.foundNow('termKeys', 'loc:Q1', 's3')).toBeUndefined();
    expect(reads.foundNow('entityIds', 'loc:Q2', 's3')).toBeUndefined();
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

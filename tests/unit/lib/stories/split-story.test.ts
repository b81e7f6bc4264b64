import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import type { StoryMember, Weighted } from '@/lib/stories/rows';
import { buildStory } from '@/lib/stories/profile';
import { cleanSplit, leadShare, SPLIT_START, twoGroups } from '@/lib/stories/split-story';
import type { StorySet } from '@/lib/stories/train/story-sets';
import { mergeSamples } from '@/lib/stories/train/train-decision';
import { decisionModel } from '@/lib/stories/decision';
import { ent, key, story } from './helpers';
import { useTestDb } from '../../use-test-db';
import { useTermsOnlyDecision } from './terms-only-decision';

function member(n: number, entities: Weighted[], terms: string[]): StoryMember {
  const w = 1 / Math.sqrt(terms.length);
  return {
    key: `m${n}`,
    storyId: 's1',
    date: 0,
    dated: false,
    firstReadAt: n,
    joinedAt: n,
    lang: 'en',
    title: null,
    url: null,
    siteName: null,
    saved: false,
    entities,
    terms: terms.map((t): Weighted => [`en:${t}`, w]),
    names: {},
    signature: String(n),
  };
}

const shared = ['boxer', 'title', 'heavyweight', 'fight', 'round', 'champion'];
/** A boxer's title fight: his name, and words of his own besides the shared ones. */
const fight = (n: number, name: string, words: string[]) =>
  member(
    n,
    [
      [`per:${name}`, 0.9],
      [`~${name}`, 0.9],
    ],
    [...shared, ...words, `own${n}`],
  );
const rahman = [1, 2, 3].map((n) => fight(n, 'rahman', ['mannheim', 'belt']));
const thompson = [4, 5, 6].map((n) => fight(n, 'thompson', ['bern', 'rematch']));

describe('cleanSplit', () => {
  it('splits a story of two like events, each led by a name the other lacks', () => {
    const parts = cleanSplit([...rahman, ...thompson]);
    expect(parts?.map((p) => p.map((m) => m.key).sort())).toEqual([
      ['m1', 'm2', 'm3'],
      ['m4', 'm5', 'm6'],
    ]);
  });

  it('keeps one event whose articles stress different sides under the same name', () => {
    // Same lead name on both sides, different secondary names and words: apart by the cosines,
    // but one story.
    const side = (n: number, other: string, words: string[]) =>
      member(
        n,
        [
          ['per:rahman', 0.9],
          ['~rahman', 0.9],
          [`per:${other}`, 0.4],
        ],
        [...words, `own${n}`],
      );
    const members = [
      ...[1, 2, 3].map((n) => side(n, 'promoter', ['contract', 'purse', 'deal', 'money'])),
      ...[4, 5, 6].map((n) => side(n, 'referee', ['knockout', 'punch', 'canvas', 'count'])),
    ];
    expect(twoGroups(members)!.between).toBeLessThan(0.7 * twoGroups(members)!.within);
    expect(cleanSplit(members)).toBeNull();
  });

  it("takes the model's lead share: a name the other half carries often enough holds it together", () => {
    // Thompson's articles name Rahman at a third of his weight in his own: below 0.35, not 0.25.
    const named = [4, 5, 6].map((n) =>
      member(
        n,
        [
          ['per:thompson', 0.9],
          ['~thompson', 0.9],
          ['~rahman', 0.3],
        ],
        [...shared, 'bern', 'rematch', `own${n}`],
      ),
    );
    expect(cleanSplit([...rahman, ...named], { ...SPLIT_START, lead: 0.25 })).toBeNull();
    expect(cleanSplit([...rahman, ...named], { ...SPLIT_START, lead: 0.35 })).not.toBeNull();
  });

  it('does not split off fewer than SPLIT_MIN_PART members', () => {
    expect(cleanSplit([...rahman, ...thompson.slice(0, 2)])).toBeNull();
  });

  it('does not split members that are all alike', () => {
    const more = [7, 8, 9].map((n) => fight(n, 'rahman', ['mannheim', 'belt']));
    expect(cleanSplit([...rahman, ...more])).toBeNull();
  });
});

describe('twoGroups', () => {
  it('puts an outlier with the core it is nearer to', () => {
    // Less like either core than the cores are like each other: still alone when they meet.
    const outlier = member(7, [], ['mannheim', 'weather', 'traffic', 'tickets', 'parking', 'tram']);
    const split = twoGroups([...rahman, ...thompson, outlier])!;
    expect(split.parts[0].map((m) => m.key).sort()).toEqual(['m1', 'm2', 'm3', 'm7']);
    expect(split.cores[0].map((m) => m.key).sort()).toEqual(['m1', 'm2', 'm3']);
  });
});

describe('leadShare', () => {
  it('is the other group’s weight of the group’s heaviest name word, as a share', () => {
    expect(leadShare(rahman, thompson)).toBe(0);
    expect(leadShare(rahman, rahman)).toBe(1);
    expect(leadShare([member(1, [], ['a'])], rahman)).toBe(1);
  });
});

describe('a story of full texts that joined two events', () => {
  let db: BackstoryDb;
  const testDb = useTestDb();
  beforeEach(() => {
    db = testDb();
  });

  // 24 words every article has, 4 of its event's, 2 of its own: full texts, and on words alone
  // each article fits the other event's story too (the terms-only decision joins them).
  const common =
    'boxer title heavyweight fight round champion crowd arena promoter trainer corner punch ' +
    'jab hook referee judge scorecard decision canvas glove ring bell weigh purse';
  const text = (event: string, n: number) =>
    `${common} ${event} ${['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'][n]}word ${['india', 'juliet', 'kilo', 'lima', 'mike', 'november', 'oscar', 'papa'][n]}word`;
  const rahmanWords = 'mannheim stadium belt defence';
  const thompsonWords = 'bern challenger rematch zurich';
  const article = (n: number, who: 'rahman' | 'thompson') =>
    story(n, {
      day: 0,
      text: text(who === 'rahman' ? rahmanWords : thompsonWords, n),
      entities: [ent(who === 'rahman' ? 'per:hasim-rahman' : 'per:tony-thompson')],
    });

  it('splits it in two once each event has enough members, and never merges them again', async () => {
    const restore = useTermsOnlyDecision(SPLIT_START);
    try {
      const order = ['rahman', 'thompson', 'rahman', 'thompson', 'rahman'] as const;
      const results = [];
      for (const [i, who] of order.entries()) results.push(await addToStories(db, article(i, who)));
      // One story of five: the first Thompson article joined Rahman's.
      expect(new Set(results.map((r) => r.storyId)).size).toBe(1);
      const sixth = await addToStories(db, article(5, 'thompson'));
      expect(sixth.splitOff).toBeDefined();
      const storyOf = async (n: number) => (await db.storyMembers.get(key(n)))!.storyId;
      const rahmanStory = await storyOf(0);
      const thompsonStory = await storyOf(1);
      expect(rahmanStory).not.toBe(thompsonStory);
      expect([await storyOf(2), await storyOf(4)]).toEqual([rahmanStory, rahmanStory]);
      expect([await storyOf(3), await storyOf(5)]).toEqual([thompsonStory, thompsonStory]);
      // A later article fits both on words: it joins one, and the two stay apart.
      const seventh = await addToStories(db, article(6, 'rahman'));
      expect(seventh.outcome).toBe('joined');
      expect(await db.stories.count()).toBe(2);
      expect((await db.stories.get(thompsonStory))!.count).toBe(3);
    } finally {
      restore();
    }
  });

  const order = [
    'rahman',
    'thompson',
    'rahman',
    'thompson',
    'rahman',
    'thompson',
    'rahman',
  ] as const;

  it("never splits under a model without a split, nor from fewer members than the model's minCount", async () => {
    for (const split of [undefined, { ...SPLIT_START, minCount: 7 }]) {
      await db.delete();
      await db.open();
      const restore = useTermsOnlyDecision(split);
      try {
        const results = [];
        for (const [i, who] of order.slice(0, 6).entries()) {
          results.push(await addToStories(db, article(i, who)));
        }
        expect(results.some((r) => r.splitOff)).toBe(false);
        expect(await db.stories.count()).toBe(1);
      } finally {
        restore();
      }
    }
  });

  it('gives the trainer the same merge samples with the split as without', async () => {
    // After the split (sixth article), an article of a third event starts a story of its own;
    // the Thompson article after it weighs that story for a merge with its own: with the split,
    // Thompson's three, without it the story of six.
    const other = story(6, {
      day: 0,
      text: 'boxer title heavyweight fight round champion crowd arena lewis vegas casino ticket sales broadcast pay view record',
      entities: [ent('per:lennox-lewis')],
    });
    const articles = [
      ...order.slice(0, 6).map((who, i) => article(i, who)),
      other,
      // Thompson's, and of Lewis's words: the Lewis story is a candidate.
      story(7, {
        day: 0,
        text: `${text(thompsonWords, 7)} lewis vegas casino ticket`,
        entities: [ent('per:tony-thompson')],
      }),
    ];
    const gold = [...order.slice(0, 6), 'lewis', 'thompson'];
    const set: StorySet = { name: 'boxers', docs: [], articles, gold, fold: gold.map(() => 0) };
    const model = (split?: typeof SPLIT_START) => {
      const restore = useTermsOnlyDecision(split);
      const m = decisionModel();
      restore();
      return m;
    };
    // With the split drawn in, the pair weighed would be (Thompson's three, Lewis's one); the
    // samples are drawn without it: (the story of six, Lewis's one).
    const withSplit = await mergeSamples(set, model(SPLIT_START));
    expect(withSplit).toEqual(await mergeSamples(set, model()));
  });

  it('leaves stories of headlines alone (few words: a split story there is one told briefly)', async () => {
    const restore = useTermsOnlyDecision(SPLIT_START);
    try {
      const headline = (n: number, who: 'rahman' | 'thompson') =>
        story(n, {
          day: 0,
          text: `boxer title heavyweight fight round champion arena ${who === 'rahman' ? 'mannheim belt' : 'bern rematch'} ${['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'][n]}word`,
          entities: [ent(who === 'rahman' ? 'per:hasim-rahman' : 'per:tony-thompson')],
        });
      const order = ['rahman', 'thompson', 'rahman', 'thompson', 'rahman', 'thompson'] as const;
      const results = [];
      for (const [i, who] of order.entries()) {
        results.push(await addToStories(db, headline(i, who)));
      }
      expect(results.some((r) => r.splitOff)).toBe(false);
      expect(new Set(results.map((r) => r.storyId)).size).toBe(1);
    } finally {
      restore();
    }
  });
});

describe('StoryRow.splitFrom', () => {
  it('is kept through merges: a story merged from parts stays apart from what any was split from', () => {
    const a = { ...buildStory('sa', rahman), splitFrom: ['sx'] };
    const b = { ...buildStory('sb', thompson), splitFrom: ['sa', 'sy'] };
    expect(buildStory('sa', [a, b]).splitFrom).toEqual(['sx', 'sy']);
    expect(buildStory('sa', rahman).splitFrom).toBeUndefined();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import type { StoryMember, Weighted } from '@/lib/stories/rows';
import { buildStory } from '@/lib/stories/profile';
import { cleanSplit, leadShare, twoGroups } from '@/lib/stories/split-story';
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
    const restore = useTermsOnlyDecision();
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

  it('leaves stories of headlines alone (few words: a split story there is one told briefly)', async () => {
    const restore = useTermsOnlyDecision();
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

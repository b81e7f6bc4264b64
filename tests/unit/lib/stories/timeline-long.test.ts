import Dexie from 'dexie';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import type { StoredArticle } from '@/lib/db/schema';
import { readFeatures, weighFeatures } from '@/lib/stories/article-features';
import { DOCS, SEQ, storyIdOf } from '@/lib/stories/frequencies';
import { buildStory } from '@/lib/stories/profile';
import { shownMembers } from '@/lib/stories/display';
import type { StoryMember } from '@/lib/stories/rows';
import { entityStories, shownStory, timelineForArticle, WINDOW_READ } from '@/lib/stories/timeline';
import { seededRandom } from '../../../../lib/seeded-random';
import { BUDGET_EN, DAY, ELECTION_EN, QUAKE_EN, QUAKE_EN_2, QUAKE_FR, ent, story } from './helpers';
import { useTestDb } from '../../use-test-db';

/**
 * What the timeline of a long story shows, pinned: a story of 45 articles (more than the
 * window of 30 weighed), of which some are only loosely about it (hidden by the display
 * threshold), beside earlier stories on the same entities (related). Any change to how a
 * timeline reads its rows must leave this output as it is. To re-pin after a deliberate change
 * of what is shown: PIN_TIMELINE=1 npx vitest run tests/unit/lib/stories/timeline-long.test.ts
 */
const PINNED = fileURLToPath(
  new URL('../../../fixtures/stories-pinned/long-story-timeline.json', import.meta.url),
);

let db: BackstoryDb;
const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

const SENTENCES = [QUAKE_EN, QUAKE_EN_2, QUAKE_FR, ELECTION_EN, BUDGET_EN]
  .join(' ')
  .split(/(?<=\.)\s+/);

/** Articles written in bulk into stories as addToStories would (as the cost bench does). */
async function store(groups: { seq: number; articles: StoredArticle[] }[]): Promise<void> {
  const df = new Map<string, number>();
  const bump = (k: string) => df.set(k, (df.get(k) ?? 0) + 1);
  const members: StoryMember[] = [];
  const stories = [];
  for (const { seq, articles } of groups) {
    const mine: StoryMember[] = [];
    for (const a of articles) {
      const raw = readFeatures(a);
      bump(DOCS);
      for (const e of raw.entities.keys()) bump(`e:${e}`);
      for (const t of raw.tf.keys()) bump(`t:${t}`);
      const v = weighFeatures(raw, (k) => df.get(k) ?? 1, df.get(DOCS)!);
      mine.push({
        key: a.key,
        storyId: storyIdOf(seq),
        date: raw.date,
        dated: true,
        firstReadAt: a.firstReadAt,
        joinedAt: a.firstReadAt,
        lang: raw.lang,
        title: a.title,
        url: a.url,
        siteName: a.siteName,
        saved: a.savedAt !== undefined,
        entities: v.entities,
        terms: v.terms,
        names: raw.names,
        signature: raw.signature,
      });
    }
    members.push(...mine);
    stories.push(buildStory(storyIdOf(seq), mine));
  }
  df.set(SEQ, Math.max(...groups.map((g) => g.seq)));
  await db.articles.bulkAdd(groups.flatMap((g) => g.articles));
  await db.storyMembers.bulkPut(members);
  await db.stories.bulkPut(stories);
  await db.storyDf.bulkPut([...df].map(([k, n]) => ({ k, n })));
}

function archive() {
  const rnd = seededRandom(16);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const people = ['per:ana-rios', 'per:li-wei', 'per:omar-haddad', 'org:red-cross', 'loc:chile'];
  let n = 0;
  const article = (day: number, topic: number, entities: string[], lang = 'en') => {
    n++;
    // Mostly the story's own sentences; some articles mostly about something else.
    const own = SENTENCES.slice(topic * 3, topic * 3 + 6);
    const text = Array.from({ length: 6 }, (_, i) =>
      i < 4 ? pick(own.length ? own : SENTENCES) : pick(SENTENCES),
    ).join(' ');
    return story(n, {
      day,
      text,
      lang,
      entities: entities.map((id, i) => ent(id, 1 - i * 0.15)),
      title: n % 7 === 0 ? undefined : `${lang === 'fr' ? 'Séisme' : 'Quake'} ${n}: ${own[0]}`,
      savedAt: n % 5 === 0 ? day * DAY : undefined,
    });
  };
  const related1 = Array.from({ length: 4 }, (_, i) =>
    article(i, 0, ['loc:valparaiso', 'per:ana-rios']),
  );
  const related2 = Array.from({ length: 3 }, (_, i) =>
    article(2 + i, 3, ['loc:valparaiso', 'org:onemi', 'per:li-wei']),
  );
  const long = Array.from({ length: 45 }, (_, i) =>
    i % 6 === 5
      ? article(10 + (i % 20), 3 + (i % 2), [pick(people), 'org:onemi'])
      : article(
          10 + ((i * 7) % 25),
          0,
          ['loc:valparaiso', 'org:onemi', pick(people), pick(people)],
          i % 4 === 3 ? 'fr' : 'en',
        ),
  );
  const late = {
    ...article(34, 0, ['loc:valparaiso', 'org:onemi', 'per:ana-rios']),
    firstReadAt: Date.UTC(2025, 6, 1),
  };
  return {
    late,
    groups: [
      { seq: 1, articles: related1 },
      { seq: 2, articles: related2 },
      { seq: 3, articles: long },
    ],
    long,
  };
}

describe('timelineForArticle on a long story', () => {
  it('shows what it showed before (pinned output)', async () => {
    const { groups, long, late } = archive();
    await store(groups);
    const out: unknown[] = [];
    let now = Date.UTC(2025, 5, 1);
    // Newest, oldest, in the middle, hidden ones; twice the same (new since last viewed).
    for (const i of [0, 44, 20, 5, 11, 33, 20, 40]) {
      now += DAY;
      const k = long[i]!.key;
      out.push({
        i,
        timeline: await timelineForArticle(db, k, { now, lang: i % 2 ? 'fr' : 'en' }),
      });
      out.push({ i, shown: [...((await shownStory(db, k))?.keys ?? [])] });
    }
    out.push(await timelineForArticle(db, long[3]!.key, { limit: 10, relatedEntries: 2, now }));
    // An article read after the last view: new in the story's timeline.
    out.push(await addToStories(db, late, { now: now + 1 }));
    out.push(await timelineForArticle(db, long[20]!.key, { now: now + DAY }));
    out.push(await entityStories(db, 'loc:valparaiso', { lang: 'fr' }));
    const json = `${JSON.stringify(out, null, 1)}\n`;
    if (process.env.PIN_TIMELINE) writeFileSync(PINNED, json);
    expect(json).toBe(readFileSync(PINNED, 'utf8'));
  });
});

/**
 * What a timeline lists of a story, as it was worked out before its wider window was read in two
 * pages: the newest `limit` members (the one being read in place of the last when older), and
 * when fewer than `limit` of those pass the display threshold, the newest `limit × WINDOW_READ`
 * read at once, every one of them weighed.
 */
async function shownAtOnce(
  key: string,
  limit: number,
): Promise<{ keys: string[]; widened: boolean }> {
  const current = (await db.storyMembers.get(key))!;
  const count = (await db.stories.get(current.storyId))!.count;
  const all = await db.storyMembers
    .where('[storyId+date]')
    .between([current.storyId, Dexie.minKey], [current.storyId, Dexie.maxKey])
    .reverse()
    .toArray();
  const window = (n: number) => {
    const members = all.slice(0, n);
    if (members.some((m) => m.key === key)) return members;
    members.splice(Math.max(0, n - 1), Infinity, current);
    return members.sort((a, b) => b.date - a.date);
  };
  let passed = shownMembers(current, window(limit));
  const widened = passed.length < limit && count > limit;
  if (widened) passed = shownMembers(current, window(limit * WINDOW_READ));
  let others = 0;
  const keys = passed.filter((m) => m.key === key || others++ < limit - 1).map((m) => m.key);
  return { keys, widened };
}

describe('the window of a story longer than twice the entries listed', () => {
  it('lists what reading the whole window at once lists, members of one day across the pages', async () => {
    const rnd = seededRandom(28);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const people = ['per:ana-rios', 'per:li-wei', 'per:omar-haddad'];
    const others = ['per:jo-park', 'org:unicef', 'loc:lima', 'per:sam-okoro'];
    // 80 articles on 12 days (several a day: pages end within a day), a third mostly about
    // something else (hidden), so that the newest 30 leave room and the window widens.
    const articles = Array.from({ length: 80 }, (_, i) => {
      const off = i % 3 !== 0;
      const own = off ? SENTENCES.slice(9, 15) : SENTENCES.slice(0, 6);
      const text = Array.from({ length: 6 }, (_, j) => pick(j < 4 ? own : SENTENCES)).join(' ');
      const ids = off
        ? [pick(others), 'org:onemi']
        : ['loc:valparaiso', 'org:onemi', pick(people), pick(people)];
      return story(100 + i, {
        day: 10 + (i % 12),
        text,
        entities: ids.map((id, j) => ent(id, 1 - j * 0.15)),
      });
    });
    await store([{ seq: 1, articles }]);
    let widened = 0;
    for (const limit of [30, 10, 7]) {
      for (const i of [0, 1, 5, 13, 40, 62, 79]) {
        const key = articles[i]!.key;
        const want = await shownAtOnce(key, limit);
        const got = [...(await shownStory(db, key, limit))!.keys];
        expect(got).toEqual(want.keys);
        if (want.widened && want.keys.length > 1) widened++;
      }
    }
    // The case is met: windows widened and still short of the limit.
    expect(widened).toBeGreaterThan(0);
  });
});

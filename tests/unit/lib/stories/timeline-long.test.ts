import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import type { StoredArticle } from '@/lib/db/schema';
import { readFeatures, weighFeatures } from '@/lib/stories/article-features';
import { DOCS, SEQ, storyIdOf } from '@/lib/stories/frequencies';
import { buildStory } from '@/lib/stories/profile';
import type { StoryMember } from '@/lib/stories/rows';
import { entityStories, shownStory, timelineForArticle } from '@/lib/stories/timeline';
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

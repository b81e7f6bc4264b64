import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import { removeFromStories } from '@/lib/stories/remove-from-stories';
import { timelineForArticle } from '@/lib/stories/timeline';
import { seededRandom } from '@/lib/seeded-random';
import { DAY, T0, ent, key, story } from './helpers';
import { useTestDb } from '../../use-test-db';

let db: BackstoryDb;
const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

/**
 * A seeded archive of topics that share people and places, read over weeks, with timelines shown
 * (marking their stories viewed), articles taken out and added again between them: every
 * timeline's entries, related stories, "new" marks and counts, as one digest. The digest pinned
 * here is main's (9d943c9) before story heads and views had tables of their own: the same
 * timelines, to the last field.
 */
async function seededTimelines(): Promise<{ digest: string; views: unknown[] }> {
  const rnd = seededRandom(29);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const shared = ['per:ana-ruiz', 'loc:lisbon', 'org:un', 'per:tom-berg'];
  const topics = Array.from({ length: 6 }, (_, t) => ({
    // Topics two by two on the same person: stories related by their entities.
    entities: [`loc:city-${t}`, `org:group-${t}`, `per:person-${t >> 1}`, shared[t % 4]!],
    words: Array.from({ length: 14 }, (_, i) => `topic${t}word${i}`),
    day: t * 5,
  }));
  const common = ['report', 'said', 'officials', 'statement', 'week', 'plan', 'talks', 'vote'];
  const views: unknown[] = [];
  let n = 0;
  let now = T0;
  for (let round = 0; round < 6; round++) {
    for (let i = 0; i < 14; i++) {
      n++;
      const topic = pick(topics);
      const words = Array.from({ length: 40 }, () =>
        rnd() < 0.9 ? pick(topic.words) : pick(common),
      );
      const entities = topic.entities
        .filter((_, j) => j < 3 || rnd() < 0.3)
        .map((id) => ent(id, 0.3 + rnd()));
      const day = topic.day + round * 3 + Math.floor(rnd() * 3);
      now += 3_600_000;
      const a = story(n, {
        day,
        text: `${words.join(' ')}.`,
        entities: entities.length ? entities : [ent(topic.entities[0]!)],
        title: `Headline ${n} ${pick(topic.words)}`,
      });
      await addToStories(db, { ...a, siteName: `Site ${n % 5}` }, { now });
    }
    // Timelines shown: their stories are marked viewed now.
    for (let v = 0; v < 5; v++) {
      now += 60_000;
      views.push(await timelineForArticle(db, key(1 + Math.floor(rnd() * n)), { now }));
    }
    // An article taken out (its story rebuilt, maybe split), then read again later.
    if (round % 2 === 1) {
      const k = key(1 + Math.floor(rnd() * n));
      await removeFromStories(db, k);
      views.push(await timelineForArticle(db, k, { now, markViewed: false }));
    }
  }
  const all: unknown[] = [];
  for (let i = 1; i <= n; i++) {
    all.push(await timelineForArticle(db, key(i), { now: now + DAY, markViewed: false }));
  }
  const digest = createHash('sha1')
    .update(JSON.stringify([views, all]))
    .digest('hex');
  return { digest, views: [...views, ...all] };
}

describe('timelineForArticle on a seeded archive', () => {
  it('gives the same timelines as before story heads and views', async () => {
    const { digest, views } = await seededTimelines();
    const shown = views.filter((v) => v !== null) as Awaited<
      ReturnType<typeof timelineForArticle>
    >[];
    // What the digest covers: related stories, new marks and merged stories are all there.
    expect(shown.some((t) => t!.relatedStories.length > 0)).toBe(true);
    expect(shown.some((t) => t!.entries.some((e) => e.isNew))).toBe(true);
    expect(shown.some((t) => t!.relatedStories.some((r) => r.entries.some((e) => e.isNew)))).toBe(
      true,
    );
    expect(digest).toBe('cc61706126fea1215454141f4167c3e3456eb639');
  }, 60_000);
});

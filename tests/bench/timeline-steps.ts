/**
 * The steps of timelineForArticle timed apart, each in a transaction of its own, on the timelines
 * of the same random articles of bench:stories' synthetic archive (stories-synthetic.ts):
 * `STORIES_BENCH_TEXT=1 PROFILE_SIZE=10000 npx tsx tests/bench/timeline-steps.ts CORPUS`.
 * CPU ms per timeline (mean, p95) of: the whole timeline; the related stories weighed from their
 * heads (story-heads.ts) and, as before v18, from their whole rows; the entries' light rows one
 * get per key, by one anyOf, and by one bulkGet of their ids (which members do not hold); their copies (copiesOfEach); the view written to storyViews and,
 * as before, with the whole story row.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { QUERY_ENTITIES, STORIES_PER_FEATURE } from '@/lib/stories/params';
import { cosine, cosinePacked, entityVector } from '@/lib/stories/similarity';
import { timelineForArticle } from '@/lib/stories/timeline';
import { copiesOfEach, LOOKUP_REACH } from '@/lib/stories/timeline-copies';
import { seededRandom } from '../../lib/seeded-random';
import { cpuMs, grownArchive } from './stories-synthetic';

const [corpus = '../shared/corpus'] = process.argv.slice(2);
const size = Number(process.env.PROFILE_SIZE ?? 50_000);
const { db, keys } = await grownArchive('timeline-steps', corpus, size);

const rnd = seededRandom(7);
const sample = Array.from({ length: 200 }, () => keys[Math.floor(rnd() * keys.length)]!);
const steps = new Map<string, number[]>();
async function time(name: string, f: () => Promise<unknown>): Promise<void> {
  const t = cpuMs();
  await f();
  const list = steps.get(name) ?? [];
  list.push(cpuMs() - t);
  steps.set(name, list);
}
const tables = [db.stories, db.storyMembers, db.lightArticles, db.storyHeads, db.storyViews];

for (const key of sample) {
  let shownKeys: string[] = [];
  await time('whole timeline', async () => {
    const t = await timelineForArticle(db, key, { now: Date.now() });
    shownKeys = [...(t?.entries ?? []), ...(t?.relatedStories.flatMap((r) => r.entries) ?? [])].map(
      (e) => e.key,
    );
  });
  const current = await db.storyMembers.get(key);
  if (!current) continue;
  const ids = async () => {
    const found = await Promise.all(
      current.entities
        .slice(0, QUERY_ENTITIES)
        .map(([id]) =>
          db.stories.where('entityIds').equals(id).limit(STORIES_PER_FEATURE).primaryKeys(),
        ),
    );
    const set = new Set(found.flat());
    set.delete(current.storyId);
    return [...set];
  };
  await time('related from heads', () =>
    db.transaction('r', tables, async () => {
      for (const h of await db.storyHeads.bulkGet(await ids())) {
        if (h && h.firstDate <= current.date) cosinePacked(current.entities, h);
      }
    }),
  );
  await time('related from whole rows (before)', () =>
    db.transaction('r', tables, async () => {
      for (const s of await db.stories.bulkGet(await ids())) {
        if (s && s.firstDate <= current.date) cosine(current.entities, entityVector(s.entities));
      }
    }),
  );
  await time('light rows, a get per key', () =>
    db.transaction('r', tables, () =>
      Promise.all(shownKeys.map((k) => db.lightArticles.where('key').equals(k).toArray())),
    ),
  );
  const lightIds = (
    await Promise.all(shownKeys.map((k) => db.lightArticles.where('key').equals(k).primaryKeys()))
  ).flat();
  await time('light rows, one bulkGet by id', () =>
    db.transaction('r', tables, () => db.lightArticles.bulkGet(lightIds)),
  );
  await time('light rows, one anyOf', () =>
    db.transaction('r', tables, () => db.lightArticles.where('key').anyOf(shownKeys).toArray()),
  );
  const at = Math.max(0, shownKeys.indexOf(key));
  const heads = shownKeys.filter((_, i) => Math.abs(i - at) <= LOOKUP_REACH);
  const rows = (await db.lightArticles.where('key').anyOf(heads).toArray()) ?? [];
  await time('copiesOfEach', () => db.transaction('r', tables, () => copiesOfEach(db, rows, key)));
  await time('view put (storyViews)', () =>
    db.transaction('rw', tables, () => db.storyViews.put({ id: current.storyId, at: Date.now() })),
  );
  await time('story row put (before)', () =>
    db.transaction('rw', tables, async () => {
      const story = await db.stories.get(current.storyId);
      await db.stories.put({ ...story!, lastViewedAt: Date.now() } as typeof story & object);
    }),
  );
}

for (const [name, ms] of steps) {
  ms.sort((a, b) => a - b);
  const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
  const p95 = ms[Math.floor(0.95 * (ms.length - 1))]!;
  console.log(`${name.padEnd(36)} CPU mean ${mean.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`);
}
db.close();
await Dexie.delete(db.name);

/**
 * The cost part of `npm run bench:stories`: an archive of synthetic articles grown to each
 * size, then the time to add one article (addToStories) and to build one timeline
 * (timelineForArticle) at that size.
 *
 * Articles are made from the corpus: each synthetic story takes a corpus document as its base;
 * its articles mix sentences of the base with sentences of other documents (real words, real
 * word frequencies), carry the base's entities (found by our recogniser) plus story entities
 * drawn from 40,000 synthetic ones with Zipf popularity (a few in thousands of articles, most
 * in a handful), and are dated within three weeks of the story's start over three years.
 * Story sizes are geometric (mean about 5).
 *
 * To grow the archive in seconds, rows are written in bulk exactly as addToStories writes them
 * (same feature and profile code, frequencies counted in order), each article in the story it
 * was generated for. Only the measured articles go through addToStories.
 */
import { writeFileSync } from 'node:fs';
import type { Session } from 'node:inspector/promises';
import Dexie from 'dexie';
import { fillCopyLinks } from '../../lib/db/copy-links';
import { textArticle } from '@/lib/article';
import { openDb } from '@/lib/db';
import type { BackstoryDb, StoredArticle, StoredEntity } from '@/lib/db/schema';
import { addToStories } from '@/lib/stories/add-to-stories';
import { readFeatures, weighFeatures } from '@/lib/stories/article-features';
import { DOCS, foldFrequencies, SEQ, storyIdOf } from '@/lib/stories/frequencies';
import { buildStory } from '@/lib/stories/profile';
import type { StoryMember } from '@/lib/stories/rows';
import { timelineForArticle } from '@/lib/stories/timeline';
import { loadStorySet, type StorySet } from '@/lib/stories/train/story-sets';
import { seededRandom } from '../../lib/seeded-random';

const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
const SYNTHETIC_ENTITIES = 40_000;
const SAMPLES = 40;
const KEEP_TEXT = process.env.STORIES_BENCH_TEXT === '1';

export interface ScalePoint {
  size: number;
  addMs: number;
  addP95Ms: number;
  timelineMs: number;
  timelineP95Ms: number;
  /** The same in this process's CPU time (all its threads): less swayed by a loaded host. */
  addCpuMs: number;
  addCpuP95Ms: number;
  timelineCpuMs: number;
  timelineCpuP95Ms: number;
  /**
   * At the largest size only: timelines of articles of one story of LONG_STORY articles added
   * after the other measures (a timeline weighs up to WEIGHED_MEMBERS of its story's members).
   */
  longTimelineMs?: number;
  longTimelineP95Ms?: number;
  longTimelineCpuMs?: number;
  longTimelineCpuP95Ms?: number;
}

/** Articles in the one long story timed at the largest size. */
const LONG_STORY = 150;

interface StoryRecipe {
  seq: number;
  base: StoredArticle;
  entities: StoredEntity[];
  start: number;
  size: number;
}

export class Generator {
  private rnd = seededRandom(42);
  private sentences: string[][];
  private zipfCdf: Float64Array;
  private made = 0;
  seq = 0;

  constructor(private corpus: StoredArticle[]) {
    this.sentences = corpus.map((a) =>
      a.text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.length > 20),
    );
    this.zipfCdf = new Float64Array(SYNTHETIC_ENTITIES);
    let sum = 0;
    for (let r = 0; r < SYNTHETIC_ENTITIES; r++) this.zipfCdf[r] = sum += 1 / (r + 1) ** 1.1;
    for (let r = 0; r < SYNTHETIC_ENTITIES; r++) this.zipfCdf[r]! /= sum;
  }

  private pick<T>(xs: T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)]!;
  }

  private zipf(): number {
    const u = this.rnd();
    let lo = 0;
    let hi = SYNTHETIC_ENTITIES - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.zipfCdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  story(): StoryRecipe {
    const entities: StoredEntity[] = [];
    const n = 2 + Math.floor(this.rnd() * 3);
    for (let i = 0; i < n; i++) {
      const r = this.zipf();
      const type = (['PER', 'LOC', 'ORG'] as const)[r % 3]!;
      entities.push({
        id: `${type.toLowerCase()}:syn-${r}`,
        type,
        name: `Syn ${r}`,
        salience: 1 - i * 0.2,
        mentions: [],
      });
    }
    return {
      seq: ++this.seq,
      base: this.pick(this.corpus),
      entities,
      start: START + Math.floor(this.rnd() * 3 * 365) * DAY,
      size: 1 + Math.floor(-Math.log(1 - this.rnd()) * 4),
    };
  }

  article(s: StoryRecipe): StoredArticle {
    const i = ++this.made;
    const own = this.sentences[this.corpus.indexOf(s.base)] ?? [];
    const other = this.pick(this.sentences);
    const text = [
      ...Array.from({ length: 5 }, () => this.pick(own.length ? own : other)),
      ...Array.from({ length: 4 }, () => this.pick(other.length ? other : own)),
    ].join(' ');
    const date = s.start + Math.floor(this.rnd() * 21) * DAY;
    const entities = [...s.entities, ...(s.base.entities ?? []).slice(0, 8)];
    return {
      key: `https://news.example/${i}`,
      ...textArticle(text, {
        url: `https://news.example/${i}`,
        title: own[0] ?? null,
        siteName: `site${i % 50}.example`,
        lang: 'en',
        publishedAt: new Date(date).toISOString(),
      }),
      firstReadAt: date + 3_600_000,
      lastReadAt: date + 3_600_000,
      readCount: 1,
      savedAt: i % 10 === 0 ? date + 7_200_000 : undefined,
      entities,
      entityIds: entities.map((e) => e.id),
    };
  }
}

/** Writes `count` more synthetic articles in stories, in bulk (see the file comment). */
export async function grow(
  db: BackstoryDb,
  gen: Generator,
  df: Map<string, number>,
  count: number,
  keys: string[],
  recipeOf = () => gen.story(),
): Promise<void> {
  const members: StoryMember[] = [];
  const articles: StoredArticle[] = [];
  const stories = [];
  while (articles.length < count) {
    const recipe = recipeOf();
    const mine: StoryMember[] = [];
    for (let i = 0; i < recipe.size && articles.length < count; i++) {
      const a = gen.article(recipe);
      const raw = readFeatures(a);
      const bump = (k: string) => df.set(k, (df.get(k) ?? 0) + 1);
      bump(DOCS);
      for (const e of raw.entities.keys()) bump(`e:${e}`);
      for (const t of raw.tf.keys()) bump(`t:${t}`);
      const v = weighFeatures(raw, (k) => df.get(k) ?? 1, df.get(DOCS)!);
      const m: StoryMember = {
        key: a.key,
        storyId: storyIdOf(recipe.seq),
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
      };
      mine.push(m);
      // Without their text (fast to grow), unless STORIES_BENCH_TEXT=1: then each carries its
      // text's fingerprint and near-copy signature as a real archive's do, and a timeline looks
      // up its entries' copies (timeline-copies.ts) against 50,000 signed rows.
      articles.push(KEEP_TEXT ? a : { ...a, text: '' });
      keys.push(a.key);
    }
    members.push(...mine);
    stories.push(buildStory(storyIdOf(recipe.seq), mine));
  }
  df.set(SEQ, gen.seq);
  for (let i = 0; i < articles.length; i += 5000) {
    // Each member carries its article's id, as addToStories gives it a stored article's.
    const ids = await db.articles.bulkAdd(articles.slice(i, i + 5000), { allKeys: true });
    await db.storyMembers.bulkPut(
      members.slice(i, i + 5000).map((m, j) => ({ ...m, articleId: ids[j] })),
    );
  }
  await db.stories.bulkPut(stories);
  // The counts are written as rows: the tail of the adds timed before is folded first, as if
  // each count had its own row (frequencies.ts), so that these rows are not shadowed by it.
  await foldFrequencies(db);
  await db.storyDf.bulkPut([...df].map(([k, n]) => ({ k, n })));
}

/** This process's CPU time so far (user and system, all threads), in ms. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The mean and the 95th percentile of `ms`. */
export function stats(ms: number[]): [mean: number, p95: number] {
  const sorted = [...ms].sort((a, b) => a - b);
  return [
    ms.reduce((a, b) => a + b, 0) / ms.length,
    sorted[Math.floor(0.95 * (sorted.length - 1))]!,
  ];
}

/** "NAME: CPU mean … ms, p95 … ms (N)": the profiling tools' line for a run of CPU times. */
export function cpuLine(name: string, ms: number[]): string {
  const [mean, p95] = stats(ms);
  return `${name}: CPU mean ${mean.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (${ms.length})`;
}

/**
 * Starts V8's sampling CPU profiler on `session` when `out` is given, and returns what stops it
 * and writes the profile (a .cpuprofile, for Chrome's DevTools or speedscope) to `out`.
 */
export async function startCpuProfile(
  session: Session,
  out: string | undefined,
): Promise<() => Promise<void>> {
  if (!out) return async () => {};
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(out, JSON.stringify(profile));
  };
}

/** Wall and CPU ms of SAMPLES timelines of articles drawn from `keys`. */
async function timeTimelines(
  db: BackstoryDb,
  keys: readonly string[],
  rnd: () => number,
): Promise<[wall: number[], cpu: number[]]> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const key = keys[Math.floor(rnd() * keys.length)]!;
    const [t, c] = [performance.now(), cpuMs()];
    await timelineForArticle(db, key, { now: Date.now() });
    wall.push(performance.now() - t);
    cpu.push(cpuMs() - c);
  }
  return [wall, cpu];
}

/** Grows an archive through `sizes` and times adding and timelines at each. */
export async function measureScale(
  corpus: StoredArticle[],
  sizes: number[],
  log: (line: string) => void,
): Promise<ScalePoint[]> {
  const db = openDb(`bench-stories-scale-${Date.now()}`);
  const gen = new Generator(corpus);
  const df = new Map<string, number>();
  const keys: string[] = [];
  const out: ScalePoint[] = [];
  const rnd = seededRandom(7);
  log(
    '  articles   stories   add mean / p95 (ms)   timeline mean / p95 (ms)   grow (s)   CPU: add / timeline mean, p95 (ms)',
  );
  try {
    for (const size of sizes) {
      const t0 = performance.now();
      await grow(db, gen, df, size - keys.length, keys);
      const growS = (performance.now() - t0) / 1000;
      // The rows of large writes are linked to their near copies by the idle worker after
      // (lib/db/copy-links.ts fillCopyLinks): done here before anything is timed.
      const t1 = performance.now();
      await fillCopyLinks(db);
      log(
        `  (${size}: near copies linked by the idle fill in ${((performance.now() - t1) / 1000).toFixed(1)} s)`,
      );
      const adds: number[] = [];
      const addsCpu: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        // Half continue a story already stored, half start a fresh one.
        const recipe = gen.story();
        const a = gen.article(recipe);
        const [t, c] = [performance.now(), cpuMs()];
        await addToStories(db, a, { now: a.firstReadAt });
        adds.push(performance.now() - t);
        addsCpu.push(cpuMs() - c);
      }
      const [timelines, timelinesCpu] = await timeTimelines(db, keys, rnd);
      const [addMs, addP95Ms] = stats(adds);
      const [timelineMs, timelineP95Ms] = stats(timelines);
      const [addCpuMs, addCpuP95Ms] = stats(addsCpu);
      const [timelineCpuMs, timelineCpuP95Ms] = stats(timelinesCpu);
      const cpu = [addCpuMs, addCpuP95Ms, timelineCpuMs, timelineCpuP95Ms].map((x) => x.toFixed(1));
      let long:
        | Required<
            Pick<
              ScalePoint,
              'longTimelineMs' | 'longTimelineP95Ms' | 'longTimelineCpuMs' | 'longTimelineCpuP95Ms'
            >
          >
        | undefined;
      if (size === sizes.at(-1)) {
        const longKeys: string[] = [];
        await grow(db, gen, df, LONG_STORY, longKeys, () => ({ ...gen.story(), size: LONG_STORY }));
        await fillCopyLinks(db);
        const [times, cpu] = await timeTimelines(db, longKeys, rnd);
        const [longTimelineMs, longTimelineP95Ms] = stats(times);
        const [longTimelineCpuMs, longTimelineCpuP95Ms] = stats(cpu);
        long = { longTimelineMs, longTimelineP95Ms, longTimelineCpuMs, longTimelineCpuP95Ms };
      }
      const storyCount = await db.stories.count();
      log(
        `  ${String(size).padStart(8)}  ${String(storyCount).padStart(8)}   ${addMs.toFixed(2).padStart(8)} / ${addP95Ms.toFixed(2).padEnd(8)}  ${timelineMs.toFixed(2).padStart(12)} / ${timelineP95Ms.toFixed(2).padEnd(10)}  ${growS.toFixed(1).padStart(6)}      ${cpu[0]}, ${cpu[1]} / ${cpu[2]}, ${cpu[3]}`,
      );
      if (long) {
        log(
          `  ${String(size).padStart(8)}  a story of ${LONG_STORY}: timeline mean / p95 ${long.longTimelineMs.toFixed(2)} / ${long.longTimelineP95Ms.toFixed(2)} ms, CPU ${long.longTimelineCpuMs.toFixed(1)}, ${long.longTimelineCpuP95Ms.toFixed(1)} ms`,
        );
      }
      out.push({
        ...long,
        size,
        addMs,
        addP95Ms,
        timelineMs,
        timelineP95Ms,
        addCpuMs,
        addCpuP95Ms,
        timelineCpuMs,
        timelineCpuP95Ms,
      });
    }
  } finally {
    db.close();
    await Dexie.delete(db.name);
  }
  return out;
}

/** The dev set `name` under `corpus`; when it is missing, says so under the tool's name and exits 2. */
export function storySetOrExit(
  tool: string,
  corpus: string,
  name: Parameters<typeof loadStorySet>[1],
): StorySet {
  const set = loadStorySet(corpus, name);
  if (!set) {
    console.error(`${tool}: no ${name} dev set under ${corpus}`);
    process.exit(2);
  }
  return set;
}

/**
 * For the timeline profiling tools (profile-timeline.ts, timeline-steps.ts): a new database
 * `tool`-<time> grown to `size` synthetic articles from the ECB+ dev set under `corpus`, its
 * copies linked, with the generator, frequencies and keys it grew with. Says so under the tool's
 * name and exits 2 when the dev set is missing.
 */
export async function grownArchive(tool: string, corpus: string, size: number) {
  const set = storySetOrExit(tool, corpus, 'ecbplus');
  const db = openDb(`${tool}-${Date.now()}`);
  const gen = new Generator(set.articles);
  const df = new Map<string, number>();
  const keys: string[] = [];
  await grow(db, gen, df, size, keys);
  await fillCopyLinks(db);
  return { db, gen, df, keys };
}

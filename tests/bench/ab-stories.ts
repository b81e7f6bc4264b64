/**
 * Paired cost of two checkouts of the extension in one process, for a loaded host:
 * `STORIES_BENCH_TEXT=1 AB_SIZE=10000 npx tsx tests/bench/ab-stories.ts CORPUS BASE_DIR BRANCH_DIR`
 * grows the same synthetic archive (stories-synthetic.ts) in a database opened by each checkout's
 * lib/db, then alternates (which goes first alternating too) the same adds and the same timelines
 * on both, in this process's CPU time: both see the same load at the same moments.
 */
import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import { seededRandom } from '../../lib/seeded-random';
import type { BackstoryDb } from '@/lib/db/schema';
import type { addToStories } from '@/lib/stories/add-to-stories';
import type { timelineForArticle } from '@/lib/stories/timeline';
import { cpuMs, Generator, grow, stats, storySetOrExit } from './stories-synthetic';

const [corpus = '../shared/corpus', baseDir, branchDir] = process.argv.slice(2);
const size = Number(process.env.AB_SIZE ?? 10_000);
const samples = Number(process.env.AB_SAMPLES ?? 200);
const set = storySetOrExit('ab-stories', corpus, 'ecbplus');

interface Side {
  name: string;
  db: BackstoryDb;
  add: typeof addToStories;
  timeline: typeof timelineForArticle;
  adds: number[];
  timelines: number[];
  long: number[];
}
/** The synthetic archive's keys and generator (the same seed on both sides: the last grown). */
const grown: { keys: string[]; longKeys: string[]; gen?: Generator } = { keys: [], longKeys: [] };
async function side(name: string, dir: string): Promise<Side> {
  const { openDb } = await import(resolve(dir, 'lib/db/index.ts'));
  const { fillCopyLinks } = await import(resolve(dir, 'lib/db/copy-links.ts'));
  const { addToStories } = await import(resolve(dir, 'lib/stories/add-to-stories.ts'));
  const { timelineForArticle } = await import(resolve(dir, 'lib/stories/timeline.ts'));
  const db = openDb(`ab-${name}-${Date.now()}`);
  const gen = new Generator(set.articles);
  const keys: string[] = [];
  const df = new Map<string, number>();
  await grow(db, gen, df, size, keys);
  const longKeys: string[] = [];
  await grow(db, gen, df, 150, longKeys, () => ({ ...gen.story(), size: 150 }));
  await fillCopyLinks(db);
  Object.assign(grown, { keys, longKeys, gen });
  return {
    name,
    db,
    add: addToStories,
    timeline: timelineForArticle,
    adds: [],
    timelines: [],
    long: [],
  };
}
const base = await side('base', baseDir!);
const branch = await side('branch', branchDir!);
const { keys, longKeys } = grown;
const gen = grown.gen!;

async function cpu(f: () => Promise<unknown>): Promise<number> {
  const t = cpuMs();
  await f();
  return cpuMs() - t;
}
const rnd = seededRandom(7);
for (let i = 0; i < samples; i++) {
  const pair = i % 2 ? [branch, base] : [base, branch];
  const a = gen.article(gen.story());
  const k = keys[Math.floor(rnd() * keys.length)]!;
  const lk = longKeys[Math.floor(rnd() * longKeys.length)]!;
  for (const s of pair) {
    s.adds.push(await cpu(() => s.add(s.db, structuredClone(a), { now: a.firstReadAt })));
  }
  for (const s of pair) s.timelines.push(await cpu(() => s.timeline(s.db, k, { now: Date.now() })));
  for (const s of pair) s.long.push(await cpu(() => s.timeline(s.db, lk, { now: Date.now() })));
}
const stat = (ms: number[]) => {
  const [mean, p95] = stats(ms);
  const p50 = [...ms].sort((a, b) => a - b)[Math.floor(0.5 * (ms.length - 1))]!;
  return `mean ${mean.toFixed(2)}, p50 ${p50.toFixed(2)}, p95 ${p95.toFixed(2)}`;
};
console.log(`paired CPU ms at ${size} articles, ${samples} each, alternated:`);
for (const what of ['adds', 'timelines', 'long'] as const) {
  for (const s of [base, branch]) {
    console.log(`  ${what.padEnd(10)} ${s.name.padEnd(7)} ${stat(s[what])}`);
  }
}
const j: Record<string, number> = {};
for (const what of ['adds', 'timelines', 'long'] as const) {
  for (const s of [base, branch]) {
    const [mean, p95] = stats(s[what]);
    j[`${s.name}_${what}_mean`] = +mean.toFixed(2);
    j[`${s.name}_${what}_p95`] = +p95.toFixed(2);
  }
}
console.log(JSON.stringify({ bench: 'ab-stories', size, samples, ...j }));

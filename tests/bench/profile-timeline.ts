/**
 * Profiles timelineForArticle on bench:stories' synthetic archive (stories-synthetic.ts):
 * `[COUNT_ROWS=1] STORIES_BENCH_TEXT=1 PROFILE_SIZE=10000 npx tsx tests/bench/profile-timeline.ts CORPUS [OUT]`
 * grows PROFILE_SIZE articles (default 50,000) and a story of 150, then times timelines of
 * random articles and of the long story in this process's CPU time, under the V8 sampling
 * profiler when OUT is given (a .cpuprofile, for Chrome's DevTools or speedscope). Only the
 * timelines are profiled, not the growing. For each run, the garbage collections during it
 * (count and pause per kind, per timeline: what sets the bench's p95 of 40) and, with
 * COUNT_ROWS=1, the rows and JSON bytes read and written per timeline (count-rows.ts).
 */
import 'fake-indexeddb/auto';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import Dexie from 'dexie';
import { fillCopyLinks } from '../../lib/db/copy-links';
import { timelineForArticle } from '@/lib/stories/timeline';
import { seededRandom } from '../../lib/seeded-random';
import { RowCounter } from './count-rows';
import { startHeapSampling } from './heap-sampling';
import { cpuLine, cpuMs, grow, grownArchive, startCpuProfile } from './stories-synthetic';

const [corpus = '../shared/corpus', out] = process.argv.slice(2);
const size = Number(process.env.PROFILE_SIZE ?? 50_000);
const { db, gen, df, keys } = await grownArchive('profile-timeline', corpus, size);
const counter = new RowCounter();
db.use(counter.middleware);
db.close();
await db.open();
const longKeys: string[] = [];
await grow(db, gen, df, 150, longKeys, () => ({ ...gen.story(), size: 150 }));
await fillCopyLinks(db);

const GC_KINDS: Record<number, string> = {
  1: 'scavenge',
  2: 'mark-compact',
  4: 'incremental',
  8: 'weak-cb',
};
let gcs: PerformanceEntry[] = [];
new PerformanceObserver((list) => gcs.push(...list.getEntries())).observe({ entryTypes: ['gc'] });
const flushGc = () => new Promise((resolve) => setTimeout(resolve, 0));

const rnd = seededRandom(7);
async function run(name: string, from: string[], n: number): Promise<void> {
  const ms: number[] = [];
  await flushGc();
  gcs = [];
  counter.counts.clear();
  counter.on = !!process.env.COUNT_ROWS;
  const spans: { from: number; to: number; entries: number }[] = [];
  for (let i = 0; i < n; i++) {
    const [t, w] = [cpuMs(), performance.now()];
    const timeline = await timelineForArticle(db, from[Math.floor(rnd() * from.length)]!, {
      now: Date.now(),
    });
    ms.push(cpuMs() - t);
    const entries = timeline?.story.articleCount ?? 0;
    spans.push({ from: w, to: performance.now(), entries });
  }
  counter.on = false;
  await flushGc();
  // The slowest tenth: how many met a collection, and their stories' sizes.
  const slow = ms
    .map((c, i) => ({ c, ...spans[i]! }))
    .sort((a, b) => b.c - a.c)
    .slice(0, Math.ceil(n / 10));
  const metGc = (s: { from: number; to: number }) =>
    gcs.some((e) => e.startTime < s.to && e.startTime + e.duration > s.from);
  console.log(
    `  slowest ${slow.length}: ${slow.filter(metGc).length} met a collection; CPU ms (story's articles, gc): ${slow.map((s) => `${s.c.toFixed(1)} (${s.entries}${metGc(s) ? ' gc' : ''})`).join(', ')}`,
  );
  const sorted = [...ms].sort((a, b) => a - b);
  console.log(
    `${cpuLine(name, ms)}, p99 ${sorted[Math.floor(0.99 * (sorted.length - 1))]!.toFixed(2)}, max ${sorted.at(-1)!.toFixed(2)}`,
  );
  const byKind = new Map<string, { n: number; ms: number; max: number }>();
  for (const e of gcs) {
    const kind =
      GC_KINDS[(e as PerformanceEntry & { detail?: { kind: number } }).detail?.kind ?? 0] ??
      'other';
    const k = byKind.get(kind) ?? { n: 0, ms: 0, max: 0 };
    k.n++;
    k.ms += e.duration;
    k.max = Math.max(k.max, e.duration);
    byKind.set(kind, k);
  }
  for (const [kind, k] of byKind) {
    console.log(
      `  gc ${kind.padEnd(12)} ${(k.n / n).toFixed(3)} per timeline, ${(k.ms / n).toFixed(2)} ms per timeline, ${(k.ms / k.n).toFixed(2)} ms each, max ${k.max.toFixed(1)}`,
    );
  }
  if (counter.counts.size) for (const line of counter.lines(n)) console.log(line);
}

await run('warm-up', keys, 40);
const stopCpuProfile = await startCpuProfile(new Session(), out);
const stopHeapSampling = await startHeapSampling(!!process.env.HEAP_SAMPLING, 'timeline');
await run('random articles', keys, 200);
await stopHeapSampling(200);
await run('the story of 150', longKeys, 100);
await stopCpuProfile();
db.close();
await Dexie.delete(db.name);

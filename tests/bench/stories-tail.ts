/**
 * Where the p95 of an add and of a timeline comes from, on bench:stories' synthetic archive
 * (stories-synthetic.ts):
 * `STORIES_BENCH_TEXT=1 PROFILE_SIZE=50000 npx tsx tests/bench/stories-tail.ts CORPUS`.
 * Times ADDS adds (default 300) and as many timelines of random articles, each in this
 * process's CPU time, and notes for each its reads and writes per table (calls and rows), the
 * garbage collections that ran during it, and for an add its outcome and story's size; then
 * prints the slowest tenth against the others, mean per call of each count. With FORCE_GC=1 under
 * `node --expose-gc --import tsx`, a full collection runs before each timed call (not timed):
 * the tail without the collections that otherwise fall inside the calls.
 */
import 'fake-indexeddb/auto';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import Dexie from 'dexie';
import { addToStories } from '@/lib/stories/add-to-stories';
import { timelineForArticle } from '@/lib/stories/timeline';
import { seededRandom } from '../../lib/seeded-random';
import { type RowCount, RowCounter } from './count-rows';
import { cpuMs, grownArchive } from './stories-synthetic';

const [corpus = '../shared/corpus'] = process.argv.slice(2);
const size = Number(process.env.PROFILE_SIZE ?? 50_000);
const n = Number(process.env.ADDS ?? 300);
const { db, gen, keys } = await grownArchive('stories-tail', corpus, size);

// Each call's reads and writes, counted without serialising a row (that would allocate inside
// the calls timed, and this profile looks for the garbage collections they meet).
const counter = new RowCounter({ bytes: false });
counter.on = true;
db.use(counter.middleware);
db.close();
await db.open();

let gcs: PerformanceEntry[] = [];
new PerformanceObserver((list) => gcs.push(...list.getEntries())).observe({ entryTypes: ['gc'] });
const flushGc = () => new Promise((resolve) => setTimeout(resolve, 0));

interface Sample {
  ms: number;
  label: string;
  counts: Map<string, RowCount>;
  from: number;
  to: number;
}

function report(name: string, samples: Sample[]): void {
  const sorted = [...samples].sort((a, b) => b.ms - a.ms);
  const slow = sorted.slice(0, Math.ceil(samples.length / 10));
  const rest = sorted.slice(slow.length);
  const gcMs = (s: Sample) =>
    gcs
      .filter((e) => e.startTime < s.to && e.startTime + e.duration > s.from)
      .reduce((a, e) => a + e.duration, 0);
  const ms = sorted.map((s) => s.ms).reverse();
  const at = (q: number) => ms[Math.floor(q * (ms.length - 1))]!.toFixed(2);
  console.log(
    `\n${name}: CPU mean ${(ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(2)}, p50 ${at(0.5)}, p90 ${at(0.9)}, p95 ${at(0.95)}, max ${at(1)}`,
  );
  console.log(
    `  slowest ${slow.length}: ${slow.map((s) => `${s.ms.toFixed(1)} (${s.label}${gcMs(s) ? `, gc ${gcMs(s).toFixed(1)}` : ''})`).join('; ')}`,
  );
  const mean = (xs: Sample[], f: (s: Sample) => number) =>
    xs.reduce((a, s) => a + f(s), 0) / xs.length;
  console.log(
    `  gc ms per call: slowest ${mean(slow, gcMs).toFixed(2)}, rest ${mean(rest, gcMs).toFixed(2)}`,
  );
  const names = new Set(samples.flatMap((s) => [...s.counts.keys()]));
  for (const k of [...names].sort()) {
    for (const what of ['calls', 'rows'] as const) {
      const f = (s: Sample) => s.counts.get(k)?.[what] ?? 0;
      console.log(
        `  ${`${k} ${what}`.padEnd(36)} slowest ${mean(slow, f).toFixed(2)}, rest ${mean(rest, f).toFixed(2)}`,
      );
    }
  }
}

/** With FORCE_GC=1 (and node --expose-gc), a full collection before each call, not timed. */
const forceGc = process.env.FORCE_GC === '1' ? (globalThis as { gc?: () => void }).gc : undefined;

async function timed<T>(f: () => Promise<T>, labelOf: (r: T) => Promise<string>): Promise<Sample> {
  if (forceGc) {
    forceGc();
    // The collection's sweeping goes on in helper threads, whose CPU the call would be charged.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  counter.take();
  const [t, from] = [cpuMs(), performance.now()];
  const r = await f();
  const [ms, to, mine] = [cpuMs() - t, performance.now(), counter.take()];
  return { ms, label: await labelOf(r), counts: mine, from, to };
}

const adds: Sample[] = [];
for (let i = 0; i < n + 40; i++) {
  const a = gen.article(gen.story());
  const s = await timed(
    () => addToStories(db, a, { now: a.firstReadAt }),
    async (r) => {
      const head = await db.storyHeads.get(r.storyId);
      return `${r.outcome}${r.mergedIds.length ? `+${r.mergedIds.length}` : ''}${r.splitOff ? ' split' : ''}, ${head?.count ?? 0}`;
    },
  );
  if (i >= 40) adds.push(s);
}
await flushGc();
report('adds (outcome, story size)', adds);
gcs = [];

const rnd = seededRandom(7);
const timelines: Sample[] = [];
for (let i = 0; i < n + 40; i++) {
  const key = keys[Math.floor(rnd() * keys.length)]!;
  const s = await timed(
    () => timelineForArticle(db, key, { now: Date.now() }),
    async (t) => `${t?.story.articleCount ?? 0}, ${t?.relatedStories.length ?? 0} rel`,
  );
  if (i >= 40) timelines.push(s);
}
await flushGc();
report('timelines (story size, related)', timelines);
db.close();
await Dexie.delete(db.name);

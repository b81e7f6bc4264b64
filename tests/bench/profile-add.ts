/**
 * Profiles addToStories on bench:stories' synthetic archive (stories-synthetic.ts):
 * `[COUNT_ROWS=1] STORIES_BENCH_TEXT=1 PROFILE_SIZE=10000 npx tsx tests/bench/profile-add.ts CORPUS [OUT]`
 * grows PROFILE_SIZE articles (default 50,000), then times ADDS adds (default 200) of fresh
 * synthetic articles, as measureScale does, in this process's CPU time, under the V8 sampling
 * profiler when OUT is given (a .cpuprofile). With COUNT_ROWS=1, also the rows and JSON bytes
 * each add reads and writes per table (count-rows.ts; the counting itself costs CPU). Each run
 * prints the garbage collections per add, by kind; with HEAP_SAMPLING=1, the bytes allocated
 * per add and by what (heap-sampling.ts). Each run also prints its adds by what they wrote to the
 * word counts (storyDf): the recent row alone, the tail rewritten (a merge), or rows written out
 * of it (a fold, more than FOLD_ROWS rows): how many, and their CPU mean and p95.
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import Dexie from 'dexie';
import { addToStories } from '@/lib/stories/add-to-stories';
import { TAIL } from '@/lib/stories/frequencies';
import { RowCounter } from './count-rows';
import { startHeapSampling } from './heap-sampling';
import { cpuLine, cpuMs, grownArchive, startCpuProfile } from './stories-synthetic';

const [corpus = '../shared/corpus', out] = process.argv.slice(2);
const size = Number(process.env.PROFILE_SIZE ?? 50_000);
const adds = Number(process.env.ADDS ?? 200);
const { db, gen } = await grownArchive('profile-add', corpus, size);

const counter = new RowCounter();
db.use(counter.middleware);
/** What the current add wrote to storyDf: the tail row put, and rows put or deleted. */
const dfWrites = { tail: false, rows: 0 };
const FOLD_ROWS = 64;
db.use({
  stack: 'dbcore',
  name: 'dfWrites',
  level: 99,
  create: (down) => ({
    ...down,
    table: (name) => {
      const t = down.table(name);
      if (name !== 'storyDf') return t;
      return {
        ...t,
        mutate: (req) => {
          const values = 'values' in req ? (req.values as { k: string }[]) : [];
          if (values.some((v) => v.k === TAIL)) dfWrites.tail = true;
          dfWrites.rows += values.length || ('keys' in req ? (req.keys?.length ?? 0) : 0);
          return t.mutate(req);
        },
      };
    },
  }),
});
db.close();
await db.open();

let gcs: PerformanceEntry[] = [];
new PerformanceObserver((list) => gcs.push(...list.getEntries())).observe({ entryTypes: ['gc'] });
const flushGc = () => new Promise((resolve) => setTimeout(resolve, 0));

async function run(name: string, n: number): Promise<void> {
  const ms: number[] = [];
  const byKind = new Map<string, number[]>();
  await flushGc();
  gcs = [];
  for (let i = 0; i < n; i++) {
    const a = gen.article(gen.story());
    dfWrites.tail = false;
    dfWrites.rows = 0;
    const t = cpuMs();
    await addToStories(db, a, { now: a.firstReadAt });
    const took = cpuMs() - t;
    ms.push(took);
    const kind = dfWrites.rows > FOLD_ROWS ? 'fold' : dfWrites.tail ? 'merge' : 'recent';
    byKind.set(kind, [...(byKind.get(kind) ?? []), took]);
  }
  await flushGc();
  const kinds = new Map<number, number>();
  for (const e of gcs) {
    const kind = (e as PerformanceEntry & { detail?: { kind: number } }).detail?.kind ?? 0;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const perAdd = (kind: number) => ((kinds.get(kind) ?? 0) / n).toFixed(3);
  console.log(
    `${cpuLine(name, ms)}; per add: ${perAdd(1)} scavenges, ${perAdd(4)} incremental marks, ${perAdd(2)} mark-compacts`,
  );
  for (const [kind, kms] of byKind) console.log(`  ${cpuLine(kind, kms)}`);
}

await run('warm-up', 40);
const session = new Session();
const stopCpuProfile = await startCpuProfile(session, out);
const heapOut = process.env.HEAP_OUT;
if (heapOut) {
  if (!out) session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}
const stopHeapSampling = await startHeapSampling(!!process.env.HEAP_SAMPLING, 'add');
counter.on = !!process.env.COUNT_ROWS;
await run('adds', adds);
counter.on = false;
await stopHeapSampling(adds);
if (heapOut) {
  const { profile } = await session.post('HeapProfiler.stopSampling');
  writeFileSync(heapOut, JSON.stringify(profile));
}
await stopCpuProfile();
if (counter.on || process.env.COUNT_ROWS) for (const line of counter.lines(adds)) console.log(line);
db.close();
await Dexie.delete(db.name);

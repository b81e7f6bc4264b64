/**
 * Profiles addToStories on bench:stories' synthetic archive (stories-synthetic.ts):
 * `STORIES_BENCH_TEXT=1 PROFILE_SIZE=10000 npx tsx tests/bench/profile-add.ts CORPUS [OUT]`
 * grows PROFILE_SIZE articles (default 50,000), then adds ADDS synthetic articles (half continue a
 * stored story's recipe, as the bench's do not: all fresh recipes, as measureScale) in this
 * process's CPU time, counting the rows and JSON bytes each add writes per table, under the V8
 * sampling profiler when OUT is given (a .cpuprofile).
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import Dexie from 'dexie';
import { addToStories } from '@/lib/stories/add-to-stories';
import { cpuMs, grownArchive } from './stories-synthetic';

const [corpus = '../shared/corpus', out] = process.argv.slice(2);
const size = Number(process.env.PROFILE_SIZE ?? 50_000);
const adds = Number(process.env.ADDS ?? 200);
const { db, gen } = await grownArchive('profile-add', corpus, size);

const written = new Map<string, { rows: number; bytes: number }>();
const reads = new Map<string, { calls: number; rows: number; bytes: number }>();
const read = (name: string, rows: unknown[]) => {
  if (!counting) return;
  const r = reads.get(name) ?? { calls: 0, rows: 0, bytes: 0 };
  r.calls++;
  r.rows += rows.length;
  for (const v of rows) r.bytes += v === undefined ? 0 : JSON.stringify(v).length;
  reads.set(name, r);
};
let counting = false;
db.use({
  stack: 'dbcore',
  name: 'countWrites',
  create(down) {
    return {
      ...down,
      table(name) {
        const t = down.table(name);
        return {
          ...t,
          mutate(req) {
            if (counting) {
              const w = written.get(name) ?? { rows: 0, bytes: 0 };
              const vals = 'values' in req ? (req.values as unknown[]) : [];
              w.rows += vals.length || ('keys' in req ? (req.keys?.length ?? 0) : 0);
              for (const v of vals) w.bytes += JSON.stringify(v).length;
              written.set(name, w);
            }
            return t.mutate(req);
          },
          get: (req) => t.get(req).then((v) => (read(`${name} get`, [v]), v)),
          getMany: (req) => t.getMany(req).then((v) => (read(`${name} getMany`, v), v)),
          query: (req) =>
            t
              .query(req)
              .then(
                (v) => (
                  read(`${name} query${req.values ? '' : ' keys'}`, req.values ? v.result : []),
                  v
                ),
              ),
        };
      },
    };
  },
});

async function run(name: string, n: number): Promise<void> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = gen.article(gen.story());
    const t = cpuMs();
    await addToStories(db, a, { now: a.firstReadAt });
    ms.push(cpuMs() - t);
  }
  ms.sort((a, b) => a - b);
  const mean = ms.reduce((a, b) => a + b, 0) / n;
  const p95 = ms[Math.floor(0.95 * (n - 1))]!;
  console.log(`${name}: CPU mean ${mean.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (${n})`);
}

db.close();
await db.open();
await run('warm-up', 40);
const session = new Session();
if (out) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
}
counting = true;
await run('adds', adds);
counting = false;
if (out) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
}
for (const [t, w] of written) {
  console.log(
    `  writes per add: ${t.padEnd(14)} ${(w.rows / adds).toFixed(2)} rows, ${Math.round(w.bytes / adds)} bytes`,
  );
}
for (const [t, r] of reads) {
  console.log(
    `  reads per add: ${t.padEnd(24)} ${(r.calls / adds).toFixed(2)} calls, ${(r.rows / adds).toFixed(2)} rows, ${Math.round(r.bytes / adds)} bytes`,
  );
}
db.close();
await Dexie.delete(db.name);

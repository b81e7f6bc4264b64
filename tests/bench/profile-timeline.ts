/**
 * Profiles timelineForArticle on bench:stories' synthetic archive (stories-synthetic.ts):
 * `STORIES_BENCH_TEXT=1 PROFILE_SIZE=10000 npx tsx tests/bench/profile-timeline.ts CORPUS [OUT]`
 * grows PROFILE_SIZE articles (default 50,000) and a story of 150, then times timelines of
 * random articles and of the long story in this process's CPU time, under the V8 sampling
 * profiler when OUT is given (a .cpuprofile, for Chrome's DevTools or speedscope). Only the
 * timelines are profiled, not the growing.
 */
import 'fake-indexeddb/auto';
import { Session } from 'node:inspector/promises';
import Dexie from 'dexie';
import { fillCopyLinks } from '../../lib/db/copy-links';
import { timelineForArticle } from '@/lib/stories/timeline';
import { seededRandom } from '../../lib/seeded-random';
import { cpuLine, cpuMs, grow, grownArchive, startCpuProfile } from './stories-synthetic';

const [corpus = '../shared/corpus', out] = process.argv.slice(2);
const size = Number(process.env.PROFILE_SIZE ?? 50_000);
const { db, gen, df, keys } = await grownArchive('profile-timeline', corpus, size);
const longKeys: string[] = [];
await grow(db, gen, df, 150, longKeys, () => ({ ...gen.story(), size: 150 }));
await fillCopyLinks(db);

const rnd = seededRandom(7);
async function run(name: string, from: string[], n: number): Promise<void> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = cpuMs();
    await timelineForArticle(db, from[Math.floor(rnd() * from.length)]!, { now: Date.now() });
    ms.push(cpuMs() - t);
  }
  console.log(cpuLine(name, ms));
}

await run('warm-up', keys, 40);
const stopCpuProfile = await startCpuProfile(new Session(), out);
await run('random articles', keys, 200);
await run('the story of 150', longKeys, 100);
await stopCpuProfile();
db.close();
await Dexie.delete(db.name);

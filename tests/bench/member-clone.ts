/**
 * What a story member's `names` costs every read of its row: structuredClone (what fake-indexeddb
 * does per row read) of the packed member rows of a small synthetic archive, with and without
 * their names, in CPU µs per row (a timeline reads 12 to 60 members, an add's split check up to 24):
 * `STORIES_BENCH_TEXT=1 npx tsx tests/bench/member-clone.ts CORPUS [SIZE]`.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { packRow } from '@/lib/stories/packed-rows';
import type { StoryMember } from '@/lib/stories/rows';
import { cpuMs, grownArchive } from './stories-synthetic';

const [corpus = '../shared/corpus', size = '2000'] = process.argv.slice(2);
const { db } = await grownArchive('member-clone', corpus, Number(size));
const members = (await db.storyMembers.limit(1000).toArray()) as StoryMember[];
const packed = members.map((m) => packRow('storyMembers', m) as Record<string, unknown>);
const bare = packed.map(({ names: _, ...rest }) => rest);
function time(name: string, rows: object[]): void {
  for (let r = 0; r < 3; r++) for (const row of rows) structuredClone(row);
  const rounds = 20;
  const t = cpuMs();
  for (let r = 0; r < rounds; r++) for (const row of rows) structuredClone(row);
  const n = rounds * rows.length;
  console.log(`${name.padEnd(16)} ${((1000 * (cpuMs() - t)) / n).toFixed(2)} µs per row clone`);
}
for (let i = 0; i < 2; i++) {
  time('with names', packed);
  time('without names', bare);
}
db.close();
await Dexie.delete(db.name);

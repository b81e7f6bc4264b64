/**
 * The cost of storing an article read (lib/db upsertArticle: the same-article lookup, the row,
 * its dupKey and its light row, in fake-indexeddb), per write: `COUNT` new articles of `CHARS`
 * characters each, then each read again, beside a baseline measured in the same run: a bare
 * Dexie put of the same text into a table with no index or middleware (the floor: what storing
 * the text costs at all). Absolute figures compare only in paired A/B runs (two worktrees,
 * alternated); the ratio to the baseline travels better. Prints the figures and one line of JSON.
 *
 *   npm run bench:store -- [chars] [count]
 */
import 'fake-indexeddb/auto';
import { loadavg } from 'node:os';
import Dexie, { type EntityTable } from 'dexie';
import { textArticle } from '../../lib/article';
import { openDb, upsertArticle } from '../../lib/db';

const CHARS = Number(process.argv[2] ?? 200_000);
const COUNT = Number(process.argv[3] ?? 40);

const db = openDb(`bench-store-${Date.now()}`);
const paragraph = 'The minister said on Tuesday that talks would continue next week. ';
const base = paragraph.repeat(Math.ceil(CHARS / paragraph.length)).slice(0, CHARS);
const texts = Array.from({ length: COUNT }, (_, i) => `Dispatch ${i}. ${base}`);

async function pass(first: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < COUNT; i++) {
    const article = textArticle(texts[i]!, {
      url: `https://news.example/${i}`,
      title: `Talks go on, part ${i}`,
    });
    const t = performance.now();
    await upsertArticle(db, article, first + i);
    times.push(performance.now() - t);
  }
  return times;
}

/** The baseline: the same texts put bare, keyed by address, nothing derived. */
async function bare(): Promise<number[]> {
  const floor = new Dexie(`bench-store-bare-${Date.now()}`) as Dexie & {
    rows: EntityTable<{ key: string; text: string }, 'key'>;
  };
  floor.version(1).stores({ rows: 'key' });
  await floor.rows.put({ key: 'warm', text: base });
  const times: number[] = [];
  for (let i = 0; i < COUNT; i++) {
    const t = performance.now();
    await floor.rows.put({ key: `https://news.example/${i}`, text: texts[i]! });
    times.push(performance.now() - t);
  }
  floor.close();
  return times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
// A warm-up article on another site, so that the first timed write is not the first.
await upsertArticle(db, textArticle(base, { url: 'https://warm.example/', title: 'Warm' }), 0);
const floor = await bare();
const fresh = await pass(1);
const again = await pass(1_000_000);
const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
console.log(`loadavg ${load}`);
console.log(`store ${COUNT} articles of ${CHARS} characters, median per write:`);
const ratio = (xs: number[]) => median(xs) / median(floor);
console.log(`  baseline (bare put of the text): ${median(floor).toFixed(2)} ms`);
console.log(
  `  new article:  ${median(fresh).toFixed(2)} ms  (${ratio(fresh).toFixed(2)}x baseline)`,
);
console.log(
  `  read again:   ${median(again).toFixed(2)} ms  (${ratio(again).toFixed(2)}x baseline)`,
);
console.log(
  JSON.stringify({
    bench: 'store-article',
    chars: CHARS,
    count: COUNT,
    baselineMs: median(floor),
    newMs: median(fresh),
    againMs: median(again),
    newRatio: ratio(fresh),
    againRatio: ratio(again),
    loadavg: loadavg(),
  }),
);
db.close();

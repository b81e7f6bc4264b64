/**
 * The cost of storing an article read (lib/db upsertArticle: the same-article lookup, the row,
 * its dupKey and its light row, in fake-indexeddb), per write: `COUNT` new articles of `CHARS`
 * characters each, then each read again. Only paired A/B runs compare (two worktrees,
 * alternated). Prints the figures and one line of JSON.
 *
 *   npx tsx tests/bench/store-article.bench.ts [chars] [count]
 */
import 'fake-indexeddb/auto';
import { loadavg } from 'node:os';
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
// A warm-up article on another site, so that the first timed write is not the first.
await upsertArticle(db, textArticle(base, { url: 'https://warm.example/', title: 'Warm' }), 0);
const fresh = await pass(1);
const again = await pass(1_000_000);
const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
console.log(`loadavg ${load}`);
console.log(`store ${COUNT} articles of ${CHARS} characters, median per write:`);
console.log(`  new article:  ${median(fresh).toFixed(2)} ms`);
console.log(`  read again:   ${median(again).toFixed(2)} ms`);
console.log(
  JSON.stringify({
    bench: 'store-article',
    chars: CHARS,
    count: COUNT,
    newMs: median(fresh),
    againMs: median(again),
    loadavg: loadavg(),
  }),
);
db.close();

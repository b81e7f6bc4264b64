/**
 * The popup's recent list, read as light rows (lib/db/light-articles.ts) against the whole
 * article rows it read before (#20): `COUNT` articles of `CHARS` characters each, in
 * fake-indexeddb (which copies each row read, as IndexedDB does). Prints the figures, the
 * ratio against the whole-row read measured in the same run, and one line of JSON.
 */
import 'fake-indexeddb/auto';
import { loadavg } from 'node:os';
import { textArticle } from '../../lib/article';
import { listRecentArticles, openDb, upsertArticle } from '../../lib/db';

const COUNT = 20;
const CHARS = 1_000_000;
const RUNS = 5;

const db = openDb(`bench-light-${Date.now()}`);
const paragraph = 'The minister said on Tuesday that talks would continue next week. ';
const text = paragraph.repeat(Math.ceil(CHARS / paragraph.length)).slice(0, CHARS);
for (let i = 0; i < COUNT; i++) {
  await upsertArticle(db, textArticle(text, { url: `https://a.example/${i}`, title: `T${i}` }), i);
}

async function best(read: () => Promise<unknown[]>): Promise<number> {
  let min = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    const rows = await read();
    if (rows.length !== COUNT) throw new Error(`read ${rows.length} rows, not ${COUNT}`);
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const whole = await best(() => db.articles.orderBy('lastReadAt').reverse().limit(COUNT).toArray());
const light = await best(() => listRecentArticles(db, COUNT));
console.log(
  `loadavg ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`recent list of ${COUNT} articles of ${CHARS} characters, best of ${RUNS}:`);
console.log(`  whole rows (before): ${whole.toFixed(1)} ms`);
console.log(
  `  light rows (now):    ${light.toFixed(1)} ms  (${(whole / light).toFixed(0)}x faster)`,
);
console.log(
  JSON.stringify({
    bench: 'light-rows',
    count: COUNT,
    chars: CHARS,
    wholeMs: whole,
    lightMs: light,
    ratio: whole / light,
    loadavg: loadavg(),
  }),
);
db.close();

/**
 * The cost of what the panel asks about the reader's archive around an article: the entity
 * card's background (entityBackground), the hover card's "last read" (lastReadAbout) and
 * "Recently read" (listRecentArticles folded by foldRecent), over `COUNT` stored articles of some
 * 120 words (fake-indexeddb, Node), one entity in 40 % of them and one text in ten republished on
 * another site; and, as the baseline measured in the same run, a bare indexed read of the 100
 * light rows that mention the entity (what the card reads at least). Prints each figure, its
 * ratio to the baseline, and one line of JSON. Absolute figures compare only in paired A/B runs
 * (two worktrees, alternated).
 *
 *   npm run bench:entity-card [-- COUNT] [RUNS]
 */
import 'fake-indexeddb/auto';
import { loadavg } from 'node:os';
import { textArticle } from '../../lib/article';
import { distinctTexts, entityBackground } from '../../lib/background/entity-background';
import { lastReadAbout } from '../../lib/background/last-read';
import { foldRecent } from '../../lib/background/recent-reading';
import { listRecentArticles, openDb, type StoredArticle, type StoredEntity } from '../../lib/db';
import { fillCopyLinks } from '../../lib/db/copy-links';
import { seededRandom } from '../../lib/seeded-random';

const COUNT = Number(process.argv[2] ?? 5000);
const RUNS = Number(process.argv[3] ?? 40);

const random = seededRandom(27);
const VOCAB = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
const words = (n: number) =>
  Array.from({ length: n }, () => VOCAB[Math.floor(random() * VOCAB.length)]).join(' ');
const ent = (id: string): StoredEntity => ({
  id,
  type: 'PER',
  name: id,
  salience: 1,
  mentions: [{ start: 0, end: 3 }],
});
const T = Date.UTC(2025, 0, 1);

const db = openDb(`bench-card-${Date.now()}`);
const rows: StoredArticle[] = [];
let text = '';
for (let i = 0; i < COUNT; i++) {
  // One in ten: the previous text again, on another site (both mention the entity).
  const copy = i % 10 === 6;
  if (!copy) text = `${words(120)}.`;
  const site = copy ? `copy${i % 7}.example` : `site${i % 13}.example`;
  const entities = [ent(`per:e${i % 50}`), ...(i % 5 < 2 ? [ent('per:focus')] : [])];
  const url = `https://${site}/${i}`;
  rows.push({
    ...textArticle(text, {
      url,
      canonicalUrl: url,
      title: `Article ${i}`,
      siteName: site,
      lang: 'en',
      publishedAt: new Date(T + i * 60_000).toISOString(),
    }),
    key: url,
    firstReadAt: T + i * 60_000,
    lastReadAt: T + i * 60_000,
    readCount: 1,
    entities,
    entityIds: entities.map((e) => e.id),
  });
}
for (let i = 0; i < rows.length; i += 500) await db.articles.bulkAdd(rows.slice(i, i + 500));
// Batches this large are linked by the idle fill (copy-links.ts), as an archive is once filled.
const tf = performance.now();
await fillCopyLinks(db);
const fillMs = performance.now() - tf;
// A late article that mentions the entity (i % 5 < 2), read on another site after (a copy).
const current = (await db.articles
  .where('key')
  .equals(rows[COUNT - 5]!.key)
  .first())!;

async function time(f: () => Promise<unknown>): Promise<number[]> {
  await f();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await f();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

const readHundred = () =>
  db.lightArticles.where('entityIds').equals('per:focus').limit(100).toArray();
const base = await time(readHundred);
const card = await time(() => entityBackground(db, current, 'per:focus', 'en', false));
const last = await time(() => lastReadAbout(db, current));
const recent = await time(async () => foldRecent(await listRecentArticles(db, 30)));
// Rows the card reads (bulkGet, get), counted over one call.
let rowsRead = 0;
const bulkGet = db.lightArticles.bulkGet.bind(db.lightArticles);
db.lightArticles.bulkGet = ((keys: number[]) => {
  rowsRead += keys.length;
  return bulkGet(keys);
}) as typeof db.lightArticles.bulkGet;
const bg = await entityBackground(db, current, 'per:focus', 'en', false);
db.lightArticles.bulkGet = bulkGet;
// The folding alone (in memory), over the 100 rows the card reads.
const hundred = await readHundred();
const foldOnly = await time(async () => distinctTexts(current, [], hundred));
const load = loadavg().map((l) => l.toFixed(2));
console.log(`loadavg ${load.join(' ')}; ${COUNT} articles, ${RUNS} runs each`);
for (const [name, xs] of [
  ['baseline: read 100 light rows', base],
  ['entityBackground', card],
  ['lastReadAbout', last],
  ['recent (30)', recent],
  ['distinctTexts (100 rows)', foldOnly],
] as const) {
  console.log(
    `  ${name}: median ${pct(xs, 0.5).toFixed(2)} ms, p95 ${pct(xs, 0.95).toFixed(2)} ms` +
      ` (median ${(pct(xs, 0.5) / pct(base, 0.5)).toFixed(1)}x the baseline)`,
  );
}
// The other texts that mention it: each copy (i % 10 === 6) is of the text before it, and both
// mention it; the copy of the article being read is that article.
const focus = rows.filter((r) => r.entityIds!.includes('per:focus') && r.key !== current.key);
const texts = new Set(focus.map((r) => r.text)).size - 1;
console.log(
  `  card count: ${bg?.archive.count} (${focus.length} rows, ${texts} other texts), ${rowsRead} light rows read; links filled in ${(fillMs / 1000).toFixed(1)} s`,
);
console.log(
  JSON.stringify({
    bench: 'entity-card',
    count: COUNT,
    runs: RUNS,
    baselineMedianMs: pct(base, 0.5),
    cardRatio: pct(card, 0.5) / pct(base, 0.5),
    cardMedianMs: pct(card, 0.5),
    cardP95Ms: pct(card, 0.95),
    lastMedianMs: pct(last, 0.5),
    lastP95Ms: pct(last, 0.95),
    recentMedianMs: pct(recent, 0.5),
    recentP95Ms: pct(recent, 0.95),
    foldMedianMs: pct(foldOnly, 0.5),
    foldP95Ms: pct(foldOnly, 0.95),
    cardCount: bg?.archive.count,
    otherTexts: texts,
    cardRowsRead: rowsRead,
    loadavg: loadavg(),
  }),
);
db.close();

/**
 * Diagnosis of ECB+ grouping errors (ecb33): `npx tsx tests/bench/stories-ecb-errors.ts CORPUS MODEL.json [FOLD]`.
 * Groups one held-out half of ECB+ dev (default half 0) with a model fitted on the other (written by
 * tests/bench/stories-chain.ts) and splits the B-cubed loss into its kinds: precision lost to the
 * topic's other event (a merge of the two same-kind events) or to another topic, recall lost to
 * fragments of the story on their own (a split) or inside a story of the other event. Then the
 * counterfactual figures (each mixed story cut by event; each event's fragments joined) and, for each
 * mixed story, what its two sides name: places, persons, years and weekdays the texts state.
 * Last, over every pair of same-topic documents of the half, how often each contrast cue (both
 * sides name places of their own and share none; the same for persons; both state years, none
 * shared) holds for pairs of one event and for pairs of the two events.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { openDb } from '@/lib/db';
import { findDates } from '@/lib/dates/find-dates';
import { addToStories } from '@/lib/stories/add-to-stories';
import { useDecisionModel, type DecisionModel } from '@/lib/stories/decision';
import { bcubed } from '@/lib/stories/train/metrics';
import { foldOf, repartition } from '@/lib/stories/train/story-sets';
import { storySetOrExit } from './stories-synthetic';

const [corpus = '../shared/corpus', modelFile] = process.argv.slice(2);
if (!modelFile) {
  console.error('usage: npx tsx tests/bench/stories-ecb-errors.ts CORPUS MODEL.json [FOLD]');
  process.exit(2);
}
const model = JSON.parse(readFileSync(modelFile, 'utf8')) as DecisionModel;
const fold = Number(process.argv[4] ?? 0);
// NO_SPLIT=1: the same model without its split (split-story.ts), to see which splits are its own.
if (process.env.NO_SPLIT === '1') delete model.split;
const repeat = Number(process.env.REPEAT ?? 0);
const set = foldOf(
  repartition(storySetOrExit('stories-ecb-errors', corpus, 'ecbplus'), repeat),
  fold,
);
const restore = useDecisionModel(model);
const db = openDb(`ecb-errors-${process.pid}`);
for (const a of set.articles) {
  await addToStories(db, a, { now: a.firstReadAt, readTimeIsDate: false });
}
const labels = (await db.storyMembers.bulkGet(set.articles.map((a) => a.key))).map(
  (m) => m!.storyId,
);
db.close();
await Dexie.delete(db.name);
restore();

const gold = set.gold;
const topic = (g: string) => g.split('_')[0]!;
const n = gold.length;
const b3 = bcubed(labels, gold);
const clusters = new Map<string, number[]>();
labels.forEach((l, i) => clusters.set(l, [...(clusters.get(l) ?? []), i]));
const golds = new Map<string, number[]>();
gold.forEach((g, i) => golds.set(g, [...(golds.get(g) ?? []), i]));
const majority = (idx: number[]) => {
  const c = new Map<string, number>();
  for (const i of idx) c.set(gold[i]!, (c.get(gold[i]!) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
};

// Precision loss per member: the share of its story that is not its gold story, by kind.
let [pSibling, pOther] = [0, 0];
// Recall loss per member: the share of its gold story elsewhere, by where it is.
let [rAlone, rSibling, rOther] = [0, 0, 0];
for (let i = 0; i < n; i++) {
  const c = clusters.get(labels[i]!)!;
  for (const j of c) {
    if (gold[j] === gold[i]) continue;
    if (topic(gold[j]!) === topic(gold[i]!)) pSibling += 1 / c.length;
    else pOther += 1 / c.length;
  }
  const g = golds.get(gold[i]!)!;
  for (const j of g) {
    if (labels[j] === labels[i]) continue;
    const where = majority(clusters.get(labels[j]!)!);
    if (where === gold[i]) rAlone += 1 / g.length;
    else if (topic(where) === topic(gold[i]!)) rSibling += 1 / g.length;
    else rOther += 1 / g.length;
  }
}
console.log(
  `ECB+ half ${fold} (repeat ${repeat}): ${n} docs, ${golds.size} gold stories, ${clusters.size} predicted; B3 P ${b3.p.toFixed(3)} R ${b3.r.toFixed(3)} F1 ${b3.f1.toFixed(4)}`,
);
console.log(
  `  precision lost ${(1 - b3.p).toFixed(3)}: to the topic's other event ${(pSibling / n).toFixed(3)}, to other topics ${(pOther / n).toFixed(3)}`,
);
console.log(
  `  recall lost ${(1 - b3.r).toFixed(3)}: in fragments of its own event ${(rAlone / n).toFixed(3)}, in a story of the other event ${(rSibling / n).toFixed(3)}, of another topic ${(rOther / n).toFixed(3)}`,
);
const cut = labels.map((l, i) => `${l}|${gold[i]}`);
const joined = labels.map((l) => majority(clusters.get(l)!));
const both = labels.map((l, i) => `${majority(clusters.get(l)!)}|${gold[i]}`);
const f = (x: string[]) => bcubed(x, gold).f1.toFixed(4);
console.log(
  `  counterfactual B3 F1: mixed stories cut by gold story ${f(cut)}; stories of one majority joined ${f(joined)}; both ${f(both)}`,
);
const cutSibling = labels.map((l, i) => {
  const m = majority(clusters.get(l)!);
  return topic(m) === topic(gold[i]!) ? `${l}|${gold[i]}` : l;
});
console.log(`  only the topic's two events cut apart: ${f(cutSibling)}`);

// What the two sides of a mixed story name.
const article = (i: number) => set.articles[i]!;
const names = (i: number, type: string) =>
  new Set(
    (article(i).entities ?? []).filter((e) => e.type === type).map((e) => e.name.toLowerCase()),
  );
const years = (i: number) =>
  new Set(
    findDates(article(i).text, 'en', null)
      .map((d) => d.value.slice(0, 4))
      .filter((y) => Number(y) > 1970),
  );
const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const weekdays = (i: number) => new Set([...article(i).text.matchAll(WEEKDAY)].map((m) => m[1]!));
const union = (idx: number[], fn: (i: number) => Set<string>) => {
  const c = new Map<string, number>();
  for (const i of idx) for (const v of fn(i)) c.set(v, (c.get(v) ?? 0) + 1);
  return c;
};
const show = (c: Map<string, number>, other: Map<string, number>) =>
  [...c]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, v]) => `${other.has(k) ? '=' : ''}${k}:${v}`)
    .join(', ');
let mixed = 0;
for (const [l, idx] of clusters) {
  const byGold = new Map<string, number[]>();
  for (const i of idx) byGold.set(gold[i]!, [...(byGold.get(gold[i]!) ?? []), i]);
  if (byGold.size < 2) continue;
  mixed++;
  console.log(
    `\nstory ${l} (${idx.length}): ${[...byGold].map(([g, v]) => `${g} ${v.length}`).join(', ')}`,
  );
  const sides = [...byGold].sort((a, b) => b[1].length - a[1].length).slice(0, 2);
  for (const [g, v] of sides) {
    const other = sides.find(([h]) => h !== g)![1];
    console.log(`  ${g} (${v.length}, dated ${v.filter((i) => article(i).publishedAt).length}):`);
    for (const [what, fn] of [
      ['places', (i: number) => names(i, 'LOC')],
      ['persons', (i: number) => names(i, 'PER')],
      ['orgs', (i: number) => names(i, 'ORG')],
      ['years', years],
      ['weekdays', weekdays],
    ] as const) {
      console.log(`    ${what}: ${show(union(v, fn), union(other, fn))}`);
    }
  }
}
console.log(`\n${mixed} stories mix gold stories`);
// How each split event lies: its parts (size, dated members, how many it shares of the largest
// part's top names) and, per part, what its documents name.
const top = (idx: number[]) => {
  const c = new Map<string, number>();
  for (const i of idx) {
    for (const e of article(i).entities ?? []) {
      c.set(e.name.toLowerCase(), (c.get(e.name.toLowerCase()) ?? 0) + 1);
    }
  }
  return [...c]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k]) => k);
};
let splitEvents = 0;
for (const [g, idx] of golds) {
  const parts = new Map<string, number[]>();
  for (const i of idx) parts.set(labels[i]!, [...(parts.get(labels[i]!) ?? []), i]);
  if (parts.size < 2) continue;
  splitEvents++;
  const sorted = [...parts].sort((a, b) => b[1].length - a[1].length);
  const main = new Set(top(sorted[0]![1]));
  console.log(
    `\nsplit ${g} (${idx.length}) into ${sorted.map(([l, v]) => `${v.length}${majority(clusters.get(l)!) === g ? '' : `(in ${majority(clusters.get(l)!)})`}`).join(' + ')}`,
  );
  for (const [, v] of sorted.slice(0, 4)) {
    console.log(
      `  part of ${v.length}, dated ${v.filter((i) => article(i).publishedAt).length}, words ${Math.round(v.reduce((a, i) => a + article(i).text.split(/\s+/).length, 0) / v.length)}: ${top(
        v,
      )
        .map((k) => (main.has(k) ? `=${k}` : k))
        .join(', ')} | ${v
        .slice(0, 2)
        .map((i) => JSON.stringify(article(i).text.slice(0, 90)))
        .join(' ')}`,
    );
  }
}
console.log(`\n${splitEvents} of ${golds.size} events split`);

// Contrast cues over same-topic pairs.
const cues: [string, (i: number) => Set<string>][] = [
  ['places', (i) => names(i, 'LOC')],
  ['persons', (i) => names(i, 'PER')],
  ['orgs', (i) => names(i, 'ORG')],
  ['years', years],
];
const memo = cues.map(([, fn]) => set.articles.map((_, i) => fn(i)));
for (let k = 0; k < cues.length; k++) {
  let [same, sameHit, sib, sibHit, sameBoth, sibBoth] = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (topic(gold[i]!) !== topic(gold[j]!)) continue;
      const [a, b] = [memo[k]![i]!, memo[k]![j]!];
      const bothHave = a.size > 0 && b.size > 0;
      const disjoint = bothHave && ![...a].some((v) => b.has(v));
      if (gold[i] === gold[j]) {
        same++;
        sameBoth += bothHave ? 1 : 0;
        sameHit += disjoint ? 1 : 0;
      } else {
        sib++;
        sibBoth += bothHave ? 1 : 0;
        sibHit += disjoint ? 1 : 0;
      }
    }
  }
  console.log(
    `cue ${cues[k]![0]} disjoint: same-event pairs ${sameHit}/${same} (both name some: ${sameBoth}), two-event pairs ${sibHit}/${sib} (both: ${sibBoth}); precision as a 'two events' cue ${(sibHit / Math.max(1, sibHit + sameHit)).toFixed(3)}`,
  );
}

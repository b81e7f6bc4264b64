/**
 * `npx tsx tests/bench/stories-join-screen.ts [CORPUS_DIR] [--group] [--draw R]`: a quick screen of a change to the
 * join decision's evidence (storyFeatures, or the words and entities an article brings), in
 * minutes where a cross-fitted grouping run (train:stories --cross-only) takes most of an hour on
 * a loaded host. Run it on two commits and compare; a change that passes the screen still needs
 * the cross-fitted grouping run before it ships.
 *
 * Both dev sets are replayed with the gold stories forced (train-decision.ts, teacherSamples):
 * every candidate the extension's retrieval finds for an article is one sample. The join model
 * (fit-logistic.ts, the trainer's L2) is fitted on one half of the stories of both sets and
 * scored on the other, and back: the sets' own halves, or with --draw R the halves the cross-fit
 * draws at its repeat R (story-sets.ts, repartition; the samples do not depend on the halves, so
 * only the fits and groupings are redone): one split's figure moves with where a story falls. Per set
 * and held-out half it prints the samples' AUC and log loss, and per article, at the shipped
 * join probability: the share whose gold story was a candidate and ranked first at or above it
 * (joins right), ranked below another candidate that reached it (joins wrong), and, for articles
 * whose gold story was not yet there, the share that start a story (no candidate reaches it).
 * With --group, each held-out half is also grouped with the extension's code under the shipped
 * model with only its join weights replaced by the half's fit (its operating points, merge, pass
 * and fragment decisions kept as shipped, fitted on the current evidence: a change of evidence
 * is judged against decisions not refitted for it, so the check leans to the code they were
 * fitted on), and the B-cubed F1 and story count of both halves together are printed.
 * Ends with one JSON line of the means over the halves (and the grouping's figures).
 */
import 'fake-indexeddb/auto';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DECISION_MODEL, joinProbability } from '@/lib/stories/decision';
import { fitLogistic } from '@/lib/stories/train/fit-logistic';
import { bcubed } from '@/lib/stories/train/metrics';
import { clusterWith, teacherSamples } from '@/lib/stories/train/train-decision';
import { foldOf, repartition, type StorySet } from '@/lib/stories/train/story-sets';
import { storySetOrExit } from './stories-synthetic';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The trainer's penalty (train-decision.ts, L2). */
const L2 = 1;

interface Sample {
  x: number[];
  y: number;
  /** The article's index in the set. */
  doc: number;
}

/** Teacher-forced samples of a set, each with the article it came from. */
async function samplesOf(set: StorySet): Promise<Sample[]> {
  const { x, y, doc } = await teacherSamples(set);
  return x.map((xi, i) => ({ x: xi, y: y[i]!, doc: doc[i]! }));
}

/** Area under the ROC curve of scores `p` for labels `y` (ties by rank order). */
export function auc(p: number[], y: number[]): number {
  const order = p.map((v, i) => [v, y[i]!] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let positives = 0;
  order.forEach(([, label], r) => {
    if (label) {
      rankSum += r + 1;
      positives++;
    }
  });
  const negatives = order.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

interface HalfScore {
  auc: number;
  logLoss: number;
  joinsRight: number;
  joinsWrong: number;
  startsRight: number;
}

function scoreHalf(test: Sample[], p: number[], at: number): HalfScore {
  const y = test.map((s) => s.y);
  const logLoss =
    -p.reduce((a, q, i) => a + Math.log(Math.max(y[i] ? q : 1 - q, 1e-9)), 0) / p.length;
  const byDoc = new Map<number, { p: number; y: number }[]>();
  test.forEach((s, i) => {
    const list = byDoc.get(s.doc) ?? [];
    list.push({ p: p[i]!, y: s.y });
    byDoc.set(s.doc, list);
  });
  let [right, wrong, withGold, starts, withoutGold] = [0, 0, 0, 0, 0];
  for (const list of byDoc.values()) {
    const best = list.reduce((a, b) => (b.p > a.p ? b : a));
    if (list.some((c) => c.y)) {
      withGold++;
      if (best.p >= at) {
        if (best.y) right++;
        else wrong++;
      }
    } else {
      withoutGold++;
      if (best.p < at) starts++;
    }
  }
  return {
    auc: auc(p, y),
    logLoss,
    joinsRight: right / withGold,
    joinsWrong: wrong / withGold,
    startsRight: starts / withoutGold,
  };
}

const args = process.argv.slice(2);
const group = args.includes('--group');
const drawAt = args.indexOf('--draw');
const draw = drawAt < 0 ? 0 : Number(args.splice(drawAt, 2)[1]);
const corpus = args.find((a) => !a.startsWith('--')) ?? join(ROOT, '../shared/corpus');
const sets = (['ecbplus', 'uci'] as const).map((n) =>
  repartition(storySetOrExit('stories-join-screen', corpus, n), draw),
);
const samples = await Promise.all(sets.map(samplesOf));
const at = DECISION_MODEL.join;
const scores = new Map<string, HalfScore[]>();
/** Per set, each document's predicted story (its half's labels, prefixed by the half). */
const grouped = new Map<string, string[]>(sets.map((s) => [s.name, s.gold.map(() => '')]));
for (const half of [0, 1]) {
  const train = samples.flatMap((ss, k) => ss.filter((s) => sets[k]!.fold[s.doc] !== half));
  const model = fitLogistic(
    train.map((s) => s.x),
    train.map((s) => s.y),
    L2,
  );
  for (const [k, set] of sets.entries()) {
    const test = samples[k]!.filter((s) => set.fold[s.doc] === half);
    const score = scoreHalf(
      test,
      test.map((s) => joinProbability(s.x, model)),
      at,
    );
    scores.set(set.name, [...(scores.get(set.name) ?? []), score]);
    if (group) {
      const part = foldOf(set, half);
      const labels = await clusterWith(part, { ...DECISION_MODEL, ...model });
      const held = set.fold.map((f, i) => (f === half ? i : -1)).filter((i) => i >= 0);
      labels.forEach((l, j) => (grouped.get(set.name)![held[j]!] = `${half}:${l}`));
    }
    console.log(
      `${set.name} half ${half} (${test.length} samples): AUC ${score.auc.toFixed(4)}, log loss ${score.logLoss.toFixed(4)}; at ${at}: joins right ${score.joinsRight.toFixed(3)}, wrong ${score.joinsWrong.toFixed(3)}; starts right ${score.startsRight.toFixed(3)}`,
    );
  }
}
const groupings: Record<string, { b3F1: number; stories: number }> = {};
if (group) {
  for (const set of sets) {
    const labels = grouped.get(set.name)!;
    const b3 = bcubed(labels, set.gold);
    groupings[set.name] = { b3F1: Number(b3.f1.toFixed(4)), stories: new Set(labels).size };
    console.log(
      `${set.name} grouped by halves (join weights refitted only): B-cubed P ${b3.p.toFixed(3)} R ${b3.r.toFixed(3)} F1 ${b3.f1.toFixed(3)}, ${new Set(labels).size} stories for ${new Set(set.gold).size}`,
    );
  }
}
const mean = (xs: number[]) => Number((xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(4));
const summary = Object.fromEntries(
  [...scores].map(([name, halves]) => [
    name,
    Object.fromEntries(
      (Object.keys(halves[0]!) as (keyof HalfScore)[]).map((k) => [
        k,
        mean(halves.map((h) => h[k])),
      ]),
    ),
  ]),
);
console.log(
  JSON.stringify({ bench: 'stories-join-screen', ...summary, ...(group && { groupings }) }),
);

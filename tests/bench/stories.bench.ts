/**
 * `npm run bench:stories [-- CORPUS_DIR] [--repeats N] [--cost | --fixtures]` (default ../shared/corpus)
 * 1. Quality, on each dev set: ECB+ (full texts, few dates) and the UCI stream (dated real
 *    headlines with Google News stories). Documents come in stream order (by date, else the
 *    file's order). Per set:
 *    - ours, cross-fitted: each half of the stories grouped by a decision fitted (and its
 *      operating point chosen) on the other half of both sets (lib/stories/train): the honest
 *      figure, with pairwise precision at the operating point and the number of stories, and
 *      what the reader is shown: precision and recall of the pairs the timelines list as one
 *      story under the display threshold (defined in qualityOf); the halves are drawn
 *      CROSS_REPEATS times (--repeats N) and each figure given as its mean, with its spread over
 *      the draws (train-decision.ts, repeatedCrossFit);
 *    - ours with the shipped model, fitted on all the dev data: in-sample, for reference;
 *    - baselines measured in the same run, their thresholds cross-fitted the same way (chosen on
 *      one half, scored on the other): single-pass TF-IDF cosine, and offline average-link
 *      clustering of TF-IDF vectors (every document at once, whole-set rarity), which the
 *      extension cannot do; the latter's best threshold in hindsight is shown too.
 * 2. Across languages and days: the seven story fixture articles (stories-fixtures.ts).
 * 3. Cost: time to add one article and build one timeline with 1,000, 10,000 and 50,000
 *    articles in stories (stories-synthetic.ts), in Node over fake-indexeddb: wall time, and
 *    this process's CPU time (on a shared, loaded machine the wall time also counts waiting
 *    for a core).
 * The last line is one JSON object with the headline numbers. With `--cost`, only part 3 runs
 * (about a minute instead of many) and the JSON line holds only its figures; with `--fixtures`,
 * only part 2 (seconds: a check of a refit's shipped model), its JSON line only its figures.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '@/lib/db';
import { DECISION_MODEL } from '@/lib/stories/decision';
import { groupArticles } from '@/lib/stories/group-documents';
import { bcubed, pairwise } from '@/lib/stories/train/metrics';
import {
  countShown,
  goldPairs,
  shownOver,
  shownPrecision,
  TIMELINE_LIMIT,
  windowPairs,
  type HeldPairs,
} from '@/lib/stories/train/fit-display';
import { foldOf, loadStorySet, repartition, type StorySet } from '@/lib/stories/train/story-sets';
import {
  clusterWith,
  CROSS_REPEATS,
  fmtSpread,
  repeatedCrossFit,
  scoreGrouping,
  spreadOf,
} from '@/lib/stories/train/train-decision';
import { clusterByTfidf, tfidfVectors } from './stories-baseline';
import { averageLinkLabels, vectorPairSimilarity } from './stories-ceiling';
import { fixtureArticles } from './stories-fixtures';
import { measureScale } from './stories-synthetic';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const round = (x: number, d = 3) => Number(x.toFixed(d));

type Labeller = (part: StorySet) => string[][];

/**
 * A baseline's B-cubed over a set, cross-fitted: on each half, the threshold that scores best on
 * the other half. Each half is clustered on its own, as ours is.
 */
function crossFitBaseline(set: StorySet, thresholds: number[], label: Labeller) {
  const halves = [0, 1].map((f) => foldOf(set, f));
  const runs = halves.map((h) => label(h));
  const bestAt = runs.map((labels, f) => {
    const f1s = labels.map((l) => bcubed(l, halves[f]!.gold).f1);
    return f1s.indexOf(Math.max(...f1s));
  });
  const labels = set.gold.map(() => '');
  const chosen: number[] = [];
  for (const f of [0, 1]) {
    const at = bestAt[1 - f]!;
    chosen.push(thresholds[at]!);
    let j = 0;
    set.fold.forEach((g, i) => {
      if (g === f) labels[i] = `${f}:${runs[f]![at]![j++]!}`;
    });
  }
  return { labels, chosen };
}

/** Mean over repeats, rounded. */
const meanOf = (values: number[]) => round(spreadOf(values).mean);

/**
 * A set's figures; `crossLabels` and `held` hold one cross-fit per draw of the halves: each
 * figure is their mean, printed with its spread (standard deviation, range).
 */
async function qualityOf(
  set: StorySet,
  crossLabels: string[][],
  held: HeldPairs[][],
  unsplit: string[][],
) {
  const gold = set.gold;
  const repeats = crossLabels.length;
  console.log(`\n${set.name}: ${set.docs.length} documents, ${new Set(gold).size} stories`);
  const crosses = crossLabels.map((l) => scoreGrouping(l, gold));
  const b3F1s = crosses.map((c) => c.b3.f1);
  console.log(
    `  ours, cross-fitted (mean ± sd (range) over ${repeats} draws of the halves): ${fmtSpread(crosses.map((c) => c.stories))} stories`,
  );
  console.log(
    `    B-cubed   P ${fmtSpread(crosses.map((c) => c.b3.p))}  R ${fmtSpread(crosses.map((c) => c.b3.r))}  F1 ${fmtSpread(b3F1s)}`,
  );
  console.log(
    `    pairwise  P ${fmtSpread(crosses.map((c) => c.pairwise.p))}  R ${fmtSpread(crosses.map((c) => c.pairwise.r))}  F1 ${fmtSpread(crosses.map((c) => c.pairwise.f1))}   (of the grouping: articles put in one story)`,
  );
  if (repeats > 1) {
    console.log(`    B-cubed F1 per draw: ${b3F1s.map((f) => f.toFixed(3)).join(', ')}`);
  }
  const plain = unsplit.map((l) => scoreGrouping(l, gold));
  console.log(
    `    the same fold models without the split (split-story.ts): B-cubed F1 ${fmtSpread(plain.map((c) => c.b3.f1))}, pairwise P ${fmtSpread(plain.map((c) => c.pairwise.p))}`,
  );
  // "Shown": after the whole half has been added, for every article, the other articles its
  // timeline (timelineForArticle, default limit) lists as in its story: the members of the
  // window it reads whose displayScore with it reaches the fold model's display threshold.
  // Counted as ordered pairs (article being read, article shown); recall over all ordered pairs
  // of articles in the same gold story, so the timeline's length (30 entries) costs recall; and
  // over those a timeline of that length could list (reachablePairs), its ceiling.
  const shownEach = held.map((h) => shownOver(h));
  const shownPs = shownEach.map(shownPrecision);
  const shownRs = shownEach.map((c) => c.trueShown / c.goldPairs);
  const shownReachRs = shownEach.map((c) => c.trueShown / c.reachablePairs!);
  const shownCount = spreadOf(shownEach.map((c) => c.shown)).mean;
  const trueCount = spreadOf(shownEach.map((c) => c.trueShown)).mean;
  const c0 = shownEach[0]!;
  console.log(
    `    shown     P ${fmtSpread(shownPs)}  R ${fmtSpread(shownRs)}   (pairs the timeline shows as one story, mean per draw: ${shownCount.toFixed(0)}, ${trueCount.toFixed(0)} right, of ${c0.goldPairs} gold; R ${fmtSpread(shownReachRs)} of the ${c0.reachablePairs} a ${TIMELINE_LIMIT}-entry timeline could list)`,
  );
  // The same without the display threshold: what the timelines' windows hold (recall's ceiling).
  // Here and below, pooled over the draws.
  const pooled = held.flat();
  const windowCounts = shownOver(pooled, -Infinity);
  const windowP = shownPrecision(windowCounts);
  const windowR = windowCounts.trueShown / windowCounts.goldPairs;
  console.log(
    `    unfiltered P ${windowP.toFixed(3)}  R ${windowR.toFixed(3)}  (the members the same timelines weigh, no display threshold: ${windowCounts.shown} pairs over the draws)`,
  );
  // How much the honest figure hangs on the threshold: each half's fitted one moved by δ.
  const moved = [-0.1, -0.05, 0.05, 0.1].map((d) => {
    const c = shownOver(pooled, d);
    return `${d > 0 ? '+' : ''}${d}: P ${shownPrecision(c).toFixed(3)} R ${(c.trueShown / c.goldPairs).toFixed(3)}`;
  });
  console.log(`    shown with each half's threshold moved by δ: ${moved.join('; ')}`);
  const shipped = scoreGrouping(await clusterWith(set, DECISION_MODEL), gold);
  console.log(
    `  ours, shipped model (fitted on all the dev data, in-sample): B-cubed F1 ${shipped.b3.f1.toFixed(3)}, pairwise P ${shipped.pairwise.p.toFixed(3)}, ${shipped.stories} stories`,
  );

  // Headlines share few words: the grids reach low enough that no best threshold sits at an edge.
  const single = [0.01, 0.02, 0.03, 0.04, ...Array.from({ length: 12 }, (_, i) => 0.05 + i * 0.05)];
  // The baselines cross-fitted over the same draws of the halves as ours.
  const draws = crossLabels.map((_, r) => repartition(set, r));
  const singlePass = draws.map((d) =>
    crossFitBaseline(d, single, (h) => clusterByTfidf(h.articles, single, 'seen')),
  );
  const sps = singlePass.map((b) => scoreGrouping(b.labels, gold));
  console.log(
    `  baseline, single-pass TF-IDF cosine (cross-fitted at ${singlePass.map((b) => b.chosen.map((t) => t.toFixed(2)).join(' / ')).join(', ')}): B-cubed F1 ${fmtSpread(sps.map((sp) => sp.b3.f1))}; pairwise P ${fmtSpread(sps.map((sp) => sp.pairwise.p))}`,
  );
  const offline = [
    0.01,
    0.02,
    0.03,
    0.04,
    ...Array.from({ length: 13 }, (_, i) => 0.05 + i * 0.025),
  ];
  const averageLink: Labeller = (h) =>
    averageLinkLabels(
      h.articles.length,
      vectorPairSimilarity(tfidfVectors(h.articles, 'all')),
      offline,
    );
  const als = draws.map((d) => crossFitBaseline(d, offline, averageLink));
  const alScores = als.map((al) => scoreGrouping(al.labels, gold));
  const whole = averageLinkLabels(
    set.articles.length,
    vectorPairSimilarity(tfidfVectors(set.articles, 'all')),
    offline,
  ).map((l) => bcubed(l, gold).f1);
  const hindsight = Math.max(...whole);
  console.log(
    `  baseline, offline average-link TF-IDF (cross-fitted at ${als.map((al) => al.chosen.map((t) => t.toFixed(3)).join(' / ')).join(', ')}): B-cubed F1 ${fmtSpread(alScores.map((a) => a.b3.f1))}; pairwise P ${fmtSpread(alScores.map((a) => a.pairwise.p))}`,
  );
  console.log(
    `    (threshold chosen in hindsight on the whole set, ${offline[whole.indexOf(hindsight)]!.toFixed(3)}: B-cubed F1 ${hindsight.toFixed(3)})`,
  );
  // Per draw, ours against the better baseline of that draw.
  const gaps = crosses.map((c, r) => c.b3.f1 - Math.max(sps[r]!.b3.f1, alScores[r]!.b3.f1));
  const gap = spreadOf(gaps);
  console.log(
    `  ours − best baseline (cross-fitted, per draw): ${(gap.mean >= 0 ? '+' : '') + gap.mean.toFixed(3)} B-cubed F1 (${gaps.map((g) => (g >= 0 ? '+' : '') + g.toFixed(3)).join(', ')})`,
  );
  const b3 = spreadOf(b3F1s);
  return {
    repeats,
    b3F1: round(b3.mean),
    b3F1Sd: round(b3.sd),
    b3F1Min: round(b3.min),
    b3F1Max: round(b3.max),
    unsplitB3F1: meanOf(plain.map((c) => c.b3.f1)),
    b3P: meanOf(crosses.map((c) => c.b3.p)),
    b3R: meanOf(crosses.map((c) => c.b3.r)),
    pairwiseP: meanOf(crosses.map((c) => c.pairwise.p)),
    shownPairwiseP: meanOf(shownPs),
    shownPairwisePMin: round(Math.min(...shownPs)),
    shownPairRecall: meanOf(shownRs),
    shownReachableRecall: meanOf(shownReachRs),
    shownPairs: Math.round(shownCount),
    unfilteredShownPairwiseP: round(windowP),
    unfilteredShownPairRecall: round(windowR),
    stories: meanOf(crosses.map((c) => c.stories)),
    goldStories: new Set(gold).size,
    shippedB3F1: round(shipped.b3.f1),
    singlePassB3F1: meanOf(sps.map((sp) => sp.b3.f1)),
    averageLinkB3F1: meanOf(alScores.map((a) => a.b3.f1)),
    averageLinkHindsightB3F1: round(hindsight),
  };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const costOnly = args.includes('--cost');
  const repeatsAt = args.indexOf('--repeats');
  const repeats = repeatsAt < 0 ? CROSS_REPEATS : Number(args.splice(repeatsAt, 2)[1]);
  if (!Number.isInteger(repeats) || repeats < 1) {
    console.error('bench:stories: --repeats takes a whole number ≥ 1');
    return 2;
  }
  const corpus = args.find((a) => !a.startsWith('--')) ?? join(ROOT, '../shared/corpus');
  const sets = (['ecbplus', 'uci'] as const).map((n) => loadStorySet(corpus, n));
  if (sets.some((s) => !s) || !existsSync(corpus)) {
    console.error(`bench:stories: the story dev sets are missing under ${corpus}`);
    console.error('(stories/ecbplus/ecbplus-dev.jsonl and stories/uci-news-dev.jsonl).');
    console.error('Put the shared corpus at ../shared/corpus beside the repo, or give its path.');
    return 2;
  }
  const ready = sets as StorySet[];
  console.log(`corpus: ${corpus}`);
  if (args.includes('--fixtures')) {
    console.log(JSON.stringify({ bench: 'stories', ...fixtureFigures(await fixturesCheck()) }));
    return 0;
  }
  if (costOnly) {
    const cost = await costOf(ready[0]!);
    console.log(JSON.stringify({ bench: 'stories', ...cost }));
    return 0;
  }
  console.log(
    `decision: logistic model lib/stories/decision-model.json, join ≥ ${DECISION_MODEL.join}, merge ≥ ${DECISION_MODEL.merge > 1 ? 'never' : DECISION_MODEL.merge}, show ≥ ${DECISION_MODEL.show}, split ${DECISION_MODEL.split ? JSON.stringify(DECISION_MODEL.split) : 'none'}`,
  );
  const t0 = performance.now();
  const runs = await repeatedCrossFit(ready, repeats);
  console.log(
    `cross-fitting, halves drawn ${repeats} times: ${((performance.now() - t0) / 1000).toFixed(0)} s; operating points chosen per half: ${runs
      .map((run) =>
        run.models
          .map(
            (m) =>
              `join ≥ ${m.join}, merge ${m.merge > 1 ? 'never' : `≥ ${m.merge}`}${m.mergeModel ? ` (learned merge ≥ ${m.mergeModel.at})` : ''}, show ≥ ${m.show}${m.split ? `, split ${JSON.stringify(m.split)}` : ''}`,
          )
          .join(' / '),
      )
      .join('; ')}`,
  );
  const quality: Record<string, Awaited<ReturnType<typeof qualityOf>>> = {};
  for (let k = 0; k < ready.length; k++) {
    quality[ready[k]!.name] = await qualityOf(
      ready[k]!,
      runs.map((run) => run.labels[k]!),
      runs.map((run) => run.held[k]!),
      runs.map((run) => run.unsplit[k]!),
    );
  }

  const fixtures = fixtureFigures(await fixturesCheck());

  const cost = await costOf(ready[0]!);
  console.log(
    JSON.stringify({
      bench: 'stories',
      ecbplus: quality.ecbplus,
      uci: quality.uci,
      ...fixtures,
      ...cost,
    }),
  );
  return 0;
}

/** The fixtures check's figures as the JSON line holds them. */
function fixtureFigures({
  fixturesF1,
  fixtureShown,
  weakestSame,
}: Awaited<ReturnType<typeof fixturesCheck>>) {
  return {
    fixturesB3F1: round(fixturesF1),
    fixturesShownPairRecall: round(fixtureShown.trueShown / fixtureShown.goldPairs),
    fixturesWeakestSamePair: round(weakestSame, 4),
  };
}

/** Part 2: the story fixtures across languages and days, grouped by the shipped model. */
async function fixturesCheck() {
  // What the dev sets do not test: stories told across languages and over days.
  const fixtures = await fixtureArticles();
  const fixturesDb = openDb(`bench-stories-fixtures-${Date.now()}`);
  const fixturesOurs = await groupArticles(fixturesDb, fixtures.articles);
  // Shown together too: the shipped display threshold must not hide them from each other.
  const fixturePairs = await windowPairs(fixturesDb, fixtures, DECISION_MODEL);
  const fixtureShown = countShown(fixturePairs, DECISION_MODEL.show, goldPairs(fixtures.gold));
  // How far the weakest same-story pair stands above the threshold (and the strongest wrong
  // one below it): a pass by a hair would not survive a refit.
  const weakestSame = Math.min(...fixturePairs.filter((p) => p.same).map((p) => p.score));
  const strongestWrong = Math.max(0, ...fixturePairs.filter((p) => !p.same).map((p) => p.score));
  fixturesDb.close();
  await Dexie.delete(fixturesDb.name);
  const fixturesF1 = bcubed(fixturesOurs, fixtures.gold).f1;
  console.log(
    `\nacross languages and days (the 7 story fixture articles, 3 stories: fr/es/en on one day, en/fr/en over three):`,
  );
  console.log(
    `  ours B-cubed F1 ${fixturesF1.toFixed(3)} (${new Set(fixturesOurs).size} stories), pairwise P ${pairwise(fixturesOurs, fixtures.gold).p.toFixed(3)}; shown with the shipped display threshold (show ≥ ${DECISION_MODEL.show}): ${fixtureShown.trueShown} of ${fixtureShown.goldPairs} same-story pairs, ${fixtureShown.shown - fixtureShown.trueShown} wrong; weakest same-story pair ${weakestSame.toFixed(4)}, strongest other pair weighed ${strongestWrong.toFixed(4)}. Seven documents: a check, not a benchmark.`,
  );
  return { fixturesF1, fixtureShown, weakestSame };
}

/** Part 3, cost: its table, and its figures at 50,000 articles for the JSON line. */
async function costOf(ecbplus: StorySet) {
  console.log('\ncost (Node, fake-indexeddb; synthetic articles from the ECB+ text):');
  const scale = await measureScale(ecbplus.articles, [1_000, 10_000, 50_000], (line) =>
    console.log(line),
  );
  const at50k = scale.at(-1)!;
  return {
    addMsAt50k: round(at50k.addMs, 2),
    addP95MsAt50k: round(at50k.addP95Ms, 2),
    timelineMsAt50k: round(at50k.timelineMs, 2),
    timelineP95MsAt50k: round(at50k.timelineP95Ms, 2),
    addCpuMsAt50k: round(at50k.addCpuMs, 2),
    addCpuP95MsAt50k: round(at50k.addCpuP95Ms, 2),
    timelineCpuMsAt50k: round(at50k.timelineCpuMs, 2),
    timelineCpuP95MsAt50k: round(at50k.timelineCpuP95Ms, 2),
    longStoryTimelineMsAt50k: round(at50k.longTimelineMs ?? NaN, 2),
    longStoryTimelineP95MsAt50k: round(at50k.longTimelineP95Ms ?? NaN, 2),
    longStoryTimelineCpuMsAt50k: round(at50k.longTimelineCpuMs ?? NaN, 2),
    longStoryTimelineCpuP95MsAt50k: round(at50k.longTimelineCpuP95Ms ?? NaN, 2),
  };
}

process.exitCode = await main();

import type { BackstoryDb } from '../../db/schema';
import { useDecisionModel, type DecisionModel } from '../decision';
import { displayScore } from '../display';
import { timelineForArticle } from '../timeline';
import type { StorySet } from './story-sets';

/** Pairwise precision the pairs shown must keep on each dev set (issue 16). */
export const SHOWN_PRECISION = 0.95;
/**
 * Kept above it on the sets the threshold is fitted on, for the sets it is not. Wide: an ECB+
 * half holds some 16 topics, and pairs of one topic's two same-kind events make most wrong
 * pairs, so precision on unseen topics falls well below the fitted half's (with a margin of
 * 0.015, cross-fitted ECB+ gave 0.919 where the fitted halves gave 0.966 and 0.968).
 */
export const SHOWN_MARGIN = 0.04;
/** Display thresholds tried: 0 to 0.99 by 0.01. */
const SHOW_GRID = Array.from({ length: 100 }, (_, i) => i / 100);

/**
 * A pair the extension's timeline could show: the article being read, a member of its story in
 * the window the timeline reads (its newest entries, this one kept), their displayScore, and
 * whether the two are in the same gold story.
 */
export interface WindowPair {
  score: number;
  same: boolean;
}

/** What a display threshold shows of a grouped set, as ordered pairs (reader, member shown). */
export interface ShownCounts {
  /** Pairs shown: an article being read and another article listed as in its story. */
  shown: number;
  /** Of them, those in the same gold story. */
  trueShown: number;
  /** All ordered pairs of two articles in the same gold story (the recall's denominator). */
  goldPairs: number;
}

/** Ordered pairs of distinct articles in the same gold story. */
export function goldPairs(gold: string[]): number {
  const sizes = new Map<string, number>();
  for (const g of gold) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  let n = 0;
  for (const k of sizes.values()) n += k * (k - 1);
  return n;
}

/**
 * Every pair the timeline of each article of a grouped set would weigh for display, with its
 * score: "shown" is exactly what timelineForArticle (default limit) lists for the article after
 * the whole set has been added, with the threshold at 0 (nothing hidden), then thresholded.
 */
export async function windowPairs(
  db: BackstoryDb,
  set: Pick<StorySet, 'articles' | 'gold'>,
  model: DecisionModel,
): Promise<WindowPair[]> {
  const goldOf = new Map(set.articles.map((a, i) => [a.key, set.gold[i]!]));
  const pairs: WindowPair[] = [];
  const restore = useDecisionModel({ ...model, show: 0 });
  try {
    for (const a of set.articles) {
      const timeline = await timelineForArticle(db, a.key, { markViewed: false, relatedLimit: 0 });
      if (!timeline) continue;
      const reading = (await db.storyMembers.get(a.key))!;
      const story = (await db.stories.get(reading.storyId))!;
      const others = timeline.entries.filter((e) => !e.current).map((e) => e.key);
      const rows = await db.storyMembers.bulkGet(others);
      for (const m of rows) {
        if (!m) continue;
        pairs.push({
          score: displayScore(reading, m, story),
          same: goldOf.get(m.key) === goldOf.get(a.key),
        });
      }
    }
  } finally {
    restore();
  }
  return pairs;
}

/** The pairs a threshold shows, counted. */
export function countShown(pairs: WindowPair[], show: number, gold: number): ShownCounts {
  let shown = 0;
  let trueShown = 0;
  for (const p of pairs) {
    if (p.score < show) continue;
    shown++;
    if (p.same) trueShown++;
  }
  return { shown, trueShown, goldPairs: gold };
}

/** A held-out half's window pairs, with the display threshold fitted on the other half. */
export interface HeldPairs {
  show: number;
  pairs: WindowPair[];
  gold: number;
}

/**
 * What the held-out halves show, summed: each under its own fitted threshold moved by `delta`
 * (-Infinity: nothing hidden, the timelines' windows as they are).
 */
export function shownOver(held: readonly HeldPairs[], delta = 0): ShownCounts {
  const sum: ShownCounts = { shown: 0, trueShown: 0, goldPairs: 0 };
  for (const h of held) {
    const c = countShown(h.pairs, h.show + delta, h.gold);
    sum.shown += c.shown;
    sum.trueShown += c.trueShown;
    sum.goldPairs += c.goldPairs;
  }
  return sum;
}

/** Precision of the pairs shown (1 when none is: nothing wrong is shown). */
export const shownPrecision = (c: ShownCounts) => (c.shown ? c.trueShown / c.shown : 1);

/**
 * The display threshold: the lowest on the grid (the most true pairs shown) at which the pairs
 * shown keep SHOWN_PRECISION + SHOWN_MARGIN on every set; the grid's top when none does.
 */
export function fitShow(sets: { pairs: WindowPair[]; gold: number }[]): number {
  const floor = SHOWN_PRECISION + SHOWN_MARGIN;
  for (const t of SHOW_GRID) {
    if (sets.every((s) => shownPrecision(countShown(s.pairs, t, s.gold)) >= floor)) return t;
  }
  return SHOW_GRID.at(-1)!;
}

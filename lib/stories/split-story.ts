import { NAME_WORD } from './article-features';
import type { SplitPoint } from './decision';
import { ENTITY_WEIGHT } from './params';
import type { StoryMember } from './rows';
import { cosine } from './similarity';

/**
 * Stories of full texts are checked for a clean split in two up to this many members (from the
 * model's split.minCount): the check reads every member and compares each pair (cost grows with
 * the square of the size), and a story this large has long settled which event it follows. On
 * ECB+ dev every split is made by 16 members; 24 and 40 group the same.
 */
export const SPLIT_MAX_COUNT = 24;
/** Each half of a split holds at least this many members: an outlier is no second event. */
export const SPLIT_MIN_PART = 3;
/**
 * Where the trainer's search for the split's constants starts (train-decision.ts, fitSplit;
 * the model's split holds the chosen ones):
 * - minCount: below 6 members, the halves are too small to tell two events from one event's
 *   spread;
 * - ratio: a split's two cores are, on average pair, less than this share as alike to each
 *   other as the members of the less coherent core are among themselves (on ECB+ dev the splits
 *   made are the same from 0.6 to 0.75: the lead names decide);
 * - lead: each half of a split is led by a name the other half hardly carries: the name word
 *   (NAME_WORD) of the highest mean weight in one core weighs, on average over the other core's
 *   members, less than this share of its weight there. Two like events differ in who or where
 *   (two boxers' title fights, two players arrested for drunk driving); one event's articles
 *   that stress different sides still share its people and places, whatever variant of the
 *   name each uses ("Bettie Page", "Page").
 */
export const SPLIT_START: SplitPoint = { minCount: 6, ratio: 0.7, lead: 0.25 };

type PairSide = Pick<StoryMember, 'entities' | 'terms' | 'lang'>;

/**
 * How alike two members are, as the join decision's `combined` evidence: their entity and word
 * cosines weighed by ENTITY_WEIGHT (words within a language only; across languages, and without
 * entities on both sides, the one that applies).
 */
export function memberSimilarity(a: PairSide, b: PairSide): number {
  const byEntities = cosine(a.entities, b.entities);
  const bothEntities = a.entities.length > 0 && b.entities.length > 0;
  if (a.lang !== b.lang) return byEntities;
  const byTerms = cosine(a.terms, b.terms);
  return bothEntities ? ENTITY_WEIGHT * byEntities + (1 - ENTITY_WEIGHT) * byTerms : byTerms;
}

/** Two groups of a story's members and how alike their cores are within and between. */
export interface Split<M> {
  parts: [M[], M[]];
  /** The two clusters the parts grew from (without the outliers), in the parts' order. */
  cores: [M[], M[]];
  /** Mean similarity of a member of one core to a member of the other. */
  between: number;
  /** Mean similarity of two members within the less coherent core. */
  within: number;
}

/**
 * The two groups of a story's members that average-link clustering keeps apart longest: of its
 * merges, the last one that joins two clusters of SPLIT_MIN_PART members or more. Those two are
 * the cores; the smaller clusters not yet in either at that point (outliers) go to the core they
 * are nearer to by average link. Larger part first. Null when no merge joins two such clusters.
 */
export function twoGroups<M extends PairSide>(members: M[]): Split<M> | null {
  const n = members.length;
  if (n < 2 * SPLIT_MIN_PART) return null;
  // Similarity sums between clusters (average link: sums add when clusters merge), and over
  // each cluster's own pairs.
  const sum: number[][] = members.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      sum[i]![j] = sum[j]![i] = memberSimilarity(members[i]!, members[j]!);
    }
  }
  const clusters = new Map<number, number[]>(members.map((_, i) => [i, [i]]));
  const inner = new Map<number, number>(members.map((_, i) => [i, 0]));
  const within = (k: number) => {
    const size = clusters.get(k)!.length;
    return inner.get(k)! / ((size * (size - 1)) / 2);
  };
  // The latest merge of two clusters of SPLIT_MIN_PART or more, as it was before merging.
  let last: {
    cores: [number[], number[]];
    parts: [number[], number[]];
    between: number;
    within: number;
  } | null = null;
  while (clusters.size > 1) {
    let [i, j] = [-1, -1];
    let link = -Infinity;
    for (const [a, ca] of clusters) {
      for (const [b, cb] of clusters) {
        if (b <= a) continue;
        const l = sum[a]![b]! / (ca.length * cb.length);
        if (l > link) [i, j, link] = [a, b, l];
      }
    }
    const [ci, cj] = [clusters.get(i)!, clusters.get(j)!];
    if (ci.length >= SPLIT_MIN_PART && cj.length >= SPLIT_MIN_PART) {
      const parts: [number[], number[]] = [[...ci], [...cj]];
      for (const [k, ck] of clusters) {
        if (k === i || k === j) continue;
        const toI = sum[k]![i]! / (ck.length * ci.length);
        const toJ = sum[k]![j]! / (ck.length * cj.length);
        parts[toI >= toJ ? 0 : 1].push(...ck);
      }
      last = {
        cores: [[...ci], [...cj]],
        parts,
        between: link,
        within: Math.min(within(i), within(j)),
      };
    }
    inner.set(i, inner.get(i)! + inner.get(j)! + sum[i]![j]!);
    ci.push(...cj);
    clusters.delete(j);
    inner.delete(j);
    for (const k of clusters.keys()) {
      if (k !== i) sum[i]![k] = sum[k]![i] = sum[i]![k]! + sum[j]![k]!;
    }
  }
  if (!last) return null;
  const pick = (ks: number[]) => ks.map((k) => members[k]!);
  const flip = last.parts[1].length > last.parts[0].length;
  const order = <T>(pair: [T, T]): [T, T] => (flip ? [pair[1], pair[0]] : pair);
  return {
    parts: order(last.parts).map(pick) as [M[], M[]],
    cores: order(last.cores).map(pick) as [M[], M[]],
    between: last.between,
    within: last.within,
  };
}

/**
 * Whether a story's members are two stories, and which: the two groups average-link clustering
 * keeps apart longest (twoGroups: cores of SPLIT_MIN_PART members or more, outliers joined to
 * the nearer), when a member of one core is, on average, less than `ratio` times as alike to a
 * member of the other as two members of the less coherent core are to each other, and each
 * core is led by a name the other hardly carries (leadShare below `lead` both ways).
 * Two like events of one topic (two boxers' title fights, two players arrested for drunk
 * driving) that one early article joined read as one story to every later article of either;
 * their members still tell them apart. Null: it holds together.
 */
export function cleanSplit<M extends PairSide>(
  members: M[],
  { ratio, lead }: Pick<SplitPoint, 'ratio' | 'lead'> = SPLIT_START,
): [M[], M[]] | null {
  const split = twoGroups(members);
  if (!split || split.between >= ratio * split.within) return null;
  const [a, b] = split.cores;
  return leadShare(a, b) < lead && leadShare(b, a) < lead ? split.parts : null;
}

/**
 * How much `other` carries the name that leads `group`: the mean weight over `other`'s members
 * of `group`'s heaviest name word (by mean weight over its members), as a share of that weight
 * (1 when `group` has no name).
 */
export function leadShare(
  group: Pick<StoryMember, 'entities'>[],
  other: Pick<StoryMember, 'entities'>[],
): number {
  const lead = meanNameWeights(group);
  let [word, weight] = ['', 0];
  for (const [k, w] of lead) if (w > weight || (w === weight && k < word)) [word, weight] = [k, w];
  if (!weight) return 1;
  return (meanNameWeights(other).get(word) ?? 0) / weight;
}

function meanNameWeights(members: Pick<StoryMember, 'entities'>[]): Map<string, number> {
  const mean = new Map<string, number>();
  for (const m of members) {
    for (const [k, w] of m.entities) {
      if (k.startsWith(NAME_WORD)) mean.set(k, (mean.get(k) ?? 0) + w / members.length);
    }
  }
  return mean;
}

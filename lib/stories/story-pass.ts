import Dexie from 'dexie';
import type { BackstoryDb } from '../db/schema';
import { decisionModel, joinProbability, near, PAIR_FEATURE_NAMES, shortness } from './decision';
import { PASS_CANDIDATES, PASS_MEMBERS, QUERY_ENTITIES, QUERY_TERMS, QUIET_DAYS } from './params';
import type { StoryMember, StoryRow } from './rows';
import { storyPair, storySimilarity } from './similarity';
import { readReachable, type StoryReach, type StoryReads } from './story-heads';

/**
 * The evidence two stories are weighed by in the story-pair pass (storyPairFeatures), in this
 * order. Unlike MERGE_FEATURE_NAMES, no article is between them: the two stories themselves,
 * their profiles and their members, are the evidence.
 */
export const PASS_FEATURE_NAMES = [
  ...PAIR_FEATURE_NAMES,
  'memberMax',
  'memberMean',
  'keysShared',
  'profileNearMeans',
  'rangesNear',
  'bothDated',
  'short',
  'shortMemberMax',
] as const;

/**
 * The pass's fitted decision (DecisionModel.pass): logistic weights over PASS_FEATURE_NAMES and
 * the probability from which the two stories are merged.
 */
export interface PassModel {
  weights: number[];
  bias: number;
  at: number;
}

/**
 * Two stories as numbers (PASS_FEATURE_NAMES): how well each fits the other seen as one article
 * (the smaller in the larger and back, as mergeFeatures), their profiles' cosines, their sizes,
 * how well the smaller story's latest members (`smallMembers`, at most PASS_MEMBERS) each fit
 * the larger one (best and mean join probability: a headline split from its story fits it
 * alone, though the profile of the few it came with may not), the share of the story's query
 * keys (its rarest entities and words) that found the other (`keysShared`), how near their dates
 * are (mean dates, and the gap between their date ranges), and how short the smaller story's
 * members are (headlines meet on few words).
 */
export function storyPairFeatures(
  a: StoryRow,
  b: StoryRow,
  smallMembers: Pick<StoryMember, 'entities' | 'terms' | 'lang' | 'date' | 'dated'>[],
  keysShared: number,
): number[] {
  const { small, large, x, bothDated, nearMeans, head } = storyPair(a, b);
  let rangesNear = 0;
  if (bothDated) {
    const gap = Math.max(
      0,
      Math.max(small.datedFrom!, large.datedFrom!) - Math.min(small.datedTo!, large.datedTo!),
    );
    rangesNear = near(gap);
  }
  let max = 0;
  let sum = 0;
  let short = 0;
  for (const m of smallMembers) {
    const p = storySimilarity(m, large);
    max = Math.max(max, p);
    sum += p;
    short += shortness(m.terms.length);
  }
  const n = smallMembers.length;
  const meanShort = n ? short / n : 0;
  return [
    ...head,
    max,
    n ? sum / n : 0,
    keysShared,
    x[2]! * nearMeans,
    rangesNear,
    bothDated ? 1 : 0,
    meanShort,
    meanShort * max,
  ];
}

/** Training only: sees every pair of stories the pass weighs, with its features. */
let passObserver: ((a: StoryRow, b: StoryRow, x: number[]) => void) | null = null;

/** Training only: observe the pass's pairs until the returned function stops it. */
export function observePass(fn: (a: StoryRow, b: StoryRow, x: number[]) => void): () => void {
  passObserver = fn;
  return () => {
    passObserver = null;
  };
}

/** Whether the pass runs at all: the model has one, or training observes it. */
export function passRuns(): boolean {
  return Boolean(decisionModel().pass) || passObserver !== null;
}

/**
 * The story-pair pass, run for the story an article just joined (`story`): on a stream of
 * headlines a story is often split early into parts that each hold several headlines, none of
 * which shares enough with the other part alone; the parts as wholes may. Candidates are the
 * stories found by the story's own query keys (its heaviest entities and words, the rarest
 * weigh most: QUERY_ENTITIES and QUERY_TERMS of them), found by two keys or more, at most
 * PASS_CANDIDATES, none set apart by the reader, none it was split from or off, none quiet
 * (dated ranges QUIET_DAYS apart). Each is scored by the learned pass model; the best one at or
 * above its `at` (with the smaller story fitting the larger at the fragment floor at least) is
 * returned. Bounded: a few indexed queries and at most PASS_CANDIDATES × PASS_MEMBERS member
 * rows read. Run inside a transaction over storyTables.
 */
export async function storyToMerge(
  db: BackstoryDb,
  story: StoryRow,
  reads?: StoryReads,
): Promise<StoryRow | null> {
  if (story.apart || !passRuns()) return null;
  const keys = [
    ...story.entityIds.slice(0, QUERY_ENTITIES).map((id) => ['entityIds', id] as const),
    ...story.termKeys.slice(0, QUERY_TERMS).map((t) => ['termKeys', t] as const),
  ];
  if (!keys.length) return null;
  const limit = PASS_CANDIDATES * 2;
  const found = await Promise.all(
    keys.map(
      ([index, k]) =>
        reads?.foundNow(index, k, story.id)?.slice(0, limit) ??
        db.stories.where(index).equals(k).limit(limit).primaryKeys(),
    ),
  );
  const hits = new Map<string, number>();
  for (const ids of found) {
    for (const id of ids) if (id !== story.id) hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  const ids = [...hits]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, PASS_CANDIDATES);
  if (!ids.length) return null;
  const quiet = QUIET_DAYS * 86_400_000;
  // Apart, or quiet when this one is about: read whole only the others (readReachable).
  const ruledOut = (o: StoryReach) =>
    !!o.apart ||
    (o.datedFrom !== null &&
      o.datedTo !== null &&
      story.datedFrom !== null &&
      story.datedTo !== null &&
      (o.datedTo < story.datedFrom - quiet || o.datedFrom > story.datedTo + quiet));
  const rows = await readReachable(
    db,
    ids.map(([id]) => id),
    ruledOut,
    reads,
  );
  const model = decisionModel();
  const pass = model.pass;
  const floor = model.fragment?.floor ?? model.join;
  let best: { row: StoryRow; p: number } | null = null;
  for (let i = 0; i < rows.length; i++) {
    const o = rows[i];
    if (!o || ruledOut(o)) continue;
    if (o.splitFrom?.includes(story.id) || story.splitFrom?.includes(o.id)) continue;
    const small = o.count <= story.count ? o : story;
    const members = await db.storyMembers
      .where('[storyId+date]')
      .between([small.id, Dexie.minKey], [small.id, Dexie.maxKey])
      .reverse()
      .limit(PASS_MEMBERS)
      .toArray();
    const x = storyPairFeatures(story, o, members, ids[i]![1] / keys.length);
    passObserver?.(story, o, x);
    if (!pass || x[0]! < floor) continue;
    const p = joinProbability(x, pass);
    if (p >= pass.at && (!best || p > best.p)) best = { row: o, p };
  }
  return best?.row ?? null;
}

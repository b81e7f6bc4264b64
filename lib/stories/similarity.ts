import {
  decisionModel,
  joinProbability,
  LONG_SHORT,
  MERGE_FEATURE_NAMES,
  near,
  shortness,
  storyFeatures,
} from './decision';
import type { PackedVector } from './packed-rows';
import type { StoryEntity, StoryMember, StoryRow, Weighted } from './rows';

/**
 * Cosine of two sparse vectors (0 when either is empty). The lookup map and norm of a vector
 * are kept with it: pass the vector compared many times (the new article's) first.
 */
export function cosine(a: Weighted[], b: Weighted[]): number {
  if (!a.length || !b.length) return 0;
  let dot = 0;
  if (alignTo(a, b)) {
    for (let j = 0; j < b.length; j++) dot += b[j]![1] * alignedW[j]!;
    clearAligned(b.length);
  } else {
    const index = indexOf(a);
    for (const [k, w] of b) dot += w * (index.get(k) ?? 0);
  }
  if (dot === 0) return 0;
  return dot / (normOf(a) * normOf(b));
}

/**
 * cosine(a, unpackVector(b)) without the pairs: `b` as stored (packed-rows.ts), read in its
 * order, the same number. A timeline weighs up to 36 story heads and lists 3.
 */
export function cosinePacked(a: Weighted[], b: PackedVector): number {
  const { k, w } = b;
  if (!a.length || !k.length) return 0;
  const index = indexOf(a);
  let dot = 0;
  for (let i = 0; i < k.length; i++) dot += w[i]! * (index.get(k[i]!) ?? 0);
  if (dot === 0) return 0;
  let sum = 0;
  for (let i = 0; i < w.length; i++) sum += w[i]! * w[i]!;
  return dot / (normOf(a) * Math.sqrt(sum));
}

/**
 * cosine(vectorOfMap(a), b) without the pairs: `a` as its map of weights and its norm (normOfMap),
 * the same number. A story's name weighs each member against the centroid of all of them.
 */
export function cosineOfMap(a: Map<string, number>, norm: number, b: Weighted[]): number {
  if (!a.size || !b.length) return 0;
  let dot = 0;
  for (const [k, w] of b) dot += w * (a.get(k) ?? 0);
  if (dot === 0) return 0;
  return dot / (norm * normOf(b));
}

/** The norm of vectorOfMap(weights), as cosine takes it (in the map's order). */
export function normOfMap(weights: Map<string, number>): number {
  let sum = 0;
  for (const w of weights.values()) sum += w * w;
  return Math.sqrt(sum);
}

/**
 * The share of a vector's weight (squared) that another vector also holds, whatever its weight
 * there: how much of a headline a story covers. Unlike the cosine it does not fall as a story's
 * profile spreads over more words. Pass the vector compared many times (the article's) first.
 */
export function cover(a: Weighted[], b: Weighted[]): number {
  if (!a.length || !b.length) return 0;
  let sum = 0;
  if (alignTo(a, b)) {
    for (let j = 0; j < b.length; j++) if (alignedHas[j]) sum += alignedW[j]! * alignedW[j]!;
    clearAligned(b.length);
  } else {
    const index = indexOf(a);
    for (const [k] of b) {
      const w = index.get(k);
      if (w !== undefined) sum += w * w;
    }
  }
  return Math.min(1, sum / normOf(a) ** 2);
}

const entityVectors = new WeakMap<StoryEntity[], Weighted[]>();

/**
 * A story's entity profile as a sparse vector (id, weight): the vector an entityProfile was
 * made from, else a new one. Not kept otherwise: most stories are weighed once (an add's
 * candidates), and a weak map's entry for each costs more than the pairs (paired micro-run:
 * scoring 24 candidates ~20% slower with every vector kept).
 */
export function entityVector(entities: StoryEntity[]): Weighted[] {
  return entityVectors.get(entities) ?? entities.map((e): Weighted => [e.id, e.weight]);
}

/**
 * An entity vector as a story's entity profile (names unknown: the ids stand for them), its
 * pairs kept as entityVector's answer: the vector's lookup map and norm serve both sides.
 */
export function entityProfile(v: Weighted[]): StoryEntity[] {
  const entities = v.map(([id, weight]): StoryEntity => ({ id, name: id, type: '', weight }));
  entityVectors.set(entities, v);
  return entities;
}

/**
 * The share of a vector's features, by count (each alike, whatever its weight), that another
 * vector also holds: of a headline's five words, how many a story has. Pass the vector compared
 * many times (the article's) first.
 */
export function coverCount(a: Weighted[], b: Weighted[]): number {
  if (!a.length || !b.length) return 0;
  let n = 0;
  if (alignTo(a, b)) {
    for (let j = 0; j < b.length; j++) n += alignedHas[j]!;
    clearAligned(b.length);
  } else {
    const index = indexOf(a);
    for (const [k] of b) if (index.has(k)) n++;
  }
  return Math.min(1, n / a.length);
}

const indexes = new WeakMap<Weighted[], Map<string, number>>();
const norms = new WeakMap<Weighted[], number>();

/** Each feature's place in an indexed vector; null when a feature is there twice. */
const positions = new WeakMap<Weighted[], Map<string, number> | null>();
let alignedW = new Float64Array(256);
let alignedHas = new Uint8Array(256);

/**
 * When `b` is indexed (compared many times: the article a timeline is for) and `a` is not (one of
 * the story's members, each weighed once against it, the other way round as well): a's weights
 * laid out on b's places in alignedW and alignedHas (for a feature given twice, its last weight,
 * as a's lookup map would hold), which the caller reads in b's order, as it would have looked
 * b's features up in that map, and clears (clearAligned). The same numbers, without a lookup map
 * for `a` (150 words each, for 60 members of a long story). False when it does not apply: then
 * a's map is built, as always.
 */
function alignTo(a: Weighted[], b: Weighted[]): boolean {
  if (indexes.has(a) || !indexes.has(b)) return false;
  let at = positions.get(b);
  if (at === undefined) {
    at = new Map();
    for (let j = 0; j < b.length; j++) at.set(b[j]![0], j);
    if (at.size < b.length) at = null;
    positions.set(b, at);
  }
  if (!at) return false;
  if (alignedW.length < b.length) {
    alignedW = new Float64Array(b.length * 2);
    alignedHas = new Uint8Array(b.length * 2);
  }
  for (const [k, w] of a) {
    const j = at.get(k);
    if (j !== undefined) {
      alignedW[j] = w;
      alignedHas[j] = 1;
    }
  }
  return true;
}

function clearAligned(n: number): void {
  alignedW.fill(0, 0, n);
  alignedHas.fill(0, 0, n);
}

/**
 * A sparse vector from a map of its weights, the map kept as its lookup map (a vector summed in
 * a map, such as a centroid, is not indexed again).
 */
export function vectorOfMap(weights: Map<string, number>): Weighted[] {
  const v = [...weights];
  indexes.set(v, weights);
  return v;
}

function indexOf(v: Weighted[]): Map<string, number> {
  let index = indexes.get(v);
  if (!index) indexes.set(v, (index = new Map(v)));
  return index;
}

function normOf(v: Weighted[]): number {
  let norm = norms.get(v);
  if (norm === undefined) {
    let sum = 0;
    for (const [, w] of v) sum += w * w;
    norms.set(v, (norm = Math.sqrt(sum)));
  }
  return norm;
}

/**
 * How well an article fits a story: the learned join decision's probability (decision.ts)
 * over shared entities, shared words in the article's language, the story's dates and size.
 */
export function storySimilarity(
  m: Pick<StoryMember, 'entities' | 'terms' | 'lang' | 'date' | 'dated'>,
  s: Pick<
    StoryRow,
    'entities' | 'terms' | 'langs' | 'datedFrom' | 'datedTo' | 'count' | 'datedSum' | 'datedCount'
  >,
): number {
  return joinProbability(storyFeatures(m, s));
}

type AsMember = Pick<StoryMember, 'entities' | 'terms' | 'lang' | 'date' | 'dated'>;
const asMembers = new WeakMap<StoryRow, AsMember>();

/**
 * A story's profile seen as one article: its entities, words, language and mean date. Kept
 * with the row (rows are not changed in place: a grown story is a new row), so that the
 * cosines' lookup maps are built once per placement.
 */
export function storyAsMember(s: StoryRow): AsMember {
  let m = asMembers.get(s);
  if (!m) asMembers.set(s, (m = profileAsMember(s)));
  return m;
}

function profileAsMember(s: StoryRow): AsMember {
  const dated = s.datedFrom !== null && s.datedTo !== null;
  const date = !dated
    ? s.lastDate
    : s.datedSum !== undefined && s.datedCount
      ? s.datedSum / s.datedCount
      : (s.datedFrom! + s.datedTo!) / 2;
  return {
    entities: entityVector(s.entities),
    terms: s.terms,
    lang: s.langs[0] ?? 'und',
    date,
    dated,
  };
}

/**
 * Whether two stories are alike enough to be one: the smaller seen as an article of the other
 * fits it at the probability `at` (default the model's join probability).
 */
export function storiesBelongTogether(
  a: StoryRow,
  b: StoryRow,
  at = decisionModel().join,
): boolean {
  const [small, large] = a.count <= b.count ? [a, b] : [b, a];
  return storySimilarity(storyAsMember(small), large) >= at;
}

/**
 * What every weighing of two stories starts from (mergeFeatures, story-pass.ts storyPairFeatures):
 * the smaller and the larger, the smaller's fit in the larger seen as one article (`x`, its join
 * features, and `smallInLarge`, their probability) and the larger's in the smaller, whether both
 * are dated and how near their mean dates are, and `head`, the first six features both share
 * (PAIR_FEATURE_NAMES).
 */
export function storyPair(a: StoryRow, b: StoryRow) {
  const [small, large] = a.count <= b.count ? [a, b] : [b, a];
  const asSmall = storyAsMember(small);
  const asLarge = storyAsMember(large);
  const x = storyFeatures(asSmall, large);
  const smallInLarge = joinProbability(x);
  const largeInSmall = storySimilarity(asLarge, small);
  const bothDated = asSmall.dated && asLarge.dated;
  const nearMeans = bothDated ? near(asSmall.date - asLarge.date) : 0;
  const head = [
    smallInLarge,
    largeInSmall,
    x[0]!,
    x[1]!,
    Math.log1p(small.count),
    Math.log1p(large.count),
  ];
  return { small, large, x, smallInLarge, bothDated, nearMeans, head };
}

/**
 * Two candidate stories an article found, as numbers (MERGE_FEATURE_NAMES): how well each fits
 * the other seen as one article (the smaller in the larger and back), the cosines of their
 * entity and word profiles, their sizes, how well the article fits each (`fitA`, `fitB`: the
 * join probability; a headline fitting both at 0.95 says little when the stories fit each other
 * only around the join point), those cosines scaled by how near their mean dates are, how short the article is
 * (`short`, as in storyFeatures: 1 for a headline alone, 0 for a full text) with its products.
 */
export function mergeFeatures(
  a: StoryRow,
  b: StoryRow,
  fitA: number,
  fitB: number,
  short = 0,
): number[] {
  const { x, smallInLarge, bothDated, nearMeans, head } = storyPair(a, b);
  return [
    ...head,
    Math.min(fitA, fitB),
    Math.max(fitA, fitB),
    // Time scales the evidence rather than adding to it (as in storyFeatures): two stories of
    // the same day share nothing by that alone (a roundup that fits both must not chain them).
    x[0]! * nearMeans,
    x[1]! * nearMeans,
    bothDated ? 1 : 0,
    // Headlines and full texts merge differently: two stories of headlines meet on a few words
    // (a split story), two of full texts on many (often two like events of one topic).
    short,
    short * smallInLarge,
    short * Math.min(fitA, fitB),
  ];
}

/** Training only: sees every pair of stories a merge check weighs, with its features. */
let mergeObserver: ((a: StoryRow, b: StoryRow, x: number[]) => void) | null = null;

/** Training only: observe the merge checks until the returned function stops it. */
export function observeMerges(fn: (a: StoryRow, b: StoryRow, x: number[]) => void): () => void {
  mergeObserver = fn;
  return () => {
    mergeObserver = null;
  };
}

/**
 * The check two candidate stories of one placement are merged by (placeArticle's belongTogether,
 * alsoBelonging's belongAt). With a learned merge model: its probability over mergeFeatures
 * reaches its `at` (whatever `at` the caller passes) and the smaller story fits the larger at the
 * join probability at least (`floor` when given: fragmentsToTakeIn's lower one); without one,
 * storiesBelongTogether at `at`. `fits`: the article's join probability per candidate story id
 * (0 when not found); `article`: the article being placed (its length is evidence).
 */
export function mergeCheck(
  fits: Map<string, number>,
  article?: Pick<StoryMember, 'terms'>,
): (a: StoryRow, b: StoryRow, at?: number, floor?: number) => boolean {
  const short = article ? shortness(article.terms.length) : 0;
  // Where mergeFeatures puts the smaller story's fit to the larger, the floor kept below (read
  // here, not at module load: decision.ts and this module import each other).
  const smallInLarge = MERGE_FEATURE_NAMES.indexOf('smallInLarge');
  return (a, b, at, floor) => {
    // Stories split apart stay apart (add-to-stories.ts, splitIfTwo).
    if (a.splitFrom?.includes(b.id) || b.splitFrom?.includes(a.id)) return false;
    const { join, mergeModel: learned } = decisionModel();
    if (!learned && !mergeObserver) return storiesBelongTogether(a, b, at);
    const x = mergeFeatures(a, b, fits.get(a.id) ?? 0, fits.get(b.id) ?? 0, short);
    mergeObserver?.(a, b, x);
    if (!learned) return storiesBelongTogether(a, b, at);
    // A floor under the learned decision: the smaller story must fit the larger at least as an
    // article joins one (what the fixed rule asked at its lowest). Stories that share nothing
    // are unlike anything its samples held, and it can be sure of them wrongly (three unrelated
    // threads read 0.81 with a mutual fit of 0.15).
    const point = short < LONG_SHORT ? (learned.atLong ?? learned.at) : learned.at;
    return x[smallInLarge]! >= (floor ?? join) && joinProbability(x, learned) >= point;
  };
}

import MODEL from './decision-model.json';
import { ARTICLE_TERMS, ENTITY_WEIGHT, TIME_SIGMA_DAYS } from './params';
import type { StoryMember, StoryRow } from './rows';
import type { PassModel } from './story-pass';
import { namesApart } from './contrast';
import { cosine, cover, coverCount, entityVector } from './similarity';

const DAY_MS = 86_400_000;

/** The evidence an article and a candidate story are compared by, in this order. */
export const FEATURE_NAMES = [
  'entities',
  'terms',
  'combined',
  'timed',
  'combinedNearNewest',
  'combinedNearOldest',
  'combinedNearMean',
  'logSize',
  'short',
  'entitiesShort',
  'termsShort',
  'combinedSquared',
  'entitiesCover',
  'termsCover',
  'termsShared',
  'placesApart',
  'personsApart',
] as const;

/** A fitted join decision: logistic weights over FEATURE_NAMES and its operating points. */
export interface DecisionModel {
  features: readonly string[];
  weights: number[];
  bias: number;
  /** Probability at which an article joins its best story. */
  join: number;
  /** Probability at which it also merges another story into that one. */
  merge: number;
  /**
   * Display threshold: a member is shown in the timeline of another article of its story when
   * their displayScore (display.ts) reaches it. Fitted after the grouping's operating point.
   */
  show: number;
  /**
   * A learned merge decision (absent: the fixed rule, storiesBelongTogether at the join or merge
   * probability): logistic weights over MERGE_FEATURE_NAMES of two candidate stories an article
   * found, and the probability `at` from which they are merged.
   */
  mergeModel?: MergeModel;
  /**
   * When a story of full texts is split in two as it grows (split-story.ts, cleanSplit; absent:
   * never). Chosen by the trainer after the join and merge decisions, which are fitted and
   * chosen without it, so the split changes nothing they learn.
   */
  split?: SplitPoint;
  /**
   * The fragment sweep's floor (fragments.ts, fragmentsToTakeIn): a small story is taken into a
   * large one an article joins when it fits it at this join probability (below the join point)
   * and the learned merge agrees. Chosen by the trainer after the merge decision; absent: no
   * sweep.
   */
  fragment?: { floor: number };
  /**
   * The story-pair pass (story-pass.ts): after an article joins a story, the other story that
   * story fits best as a whole is merged into it when this learned decision says so. Chosen by
   * the trainer after the fragment sweep; absent: no pass.
   */
  pass?: PassModel;
}

/** The constants of a story's split in two (split-story.ts, cleanSplit). */
export interface SplitPoint {
  /** A story is checked from this many members (up to SPLIT_MAX_COUNT). */
  minCount: number;
  /** The two cores' mean similarity is below this share of the less coherent core's own. */
  ratio: number;
  /** Each core's lead name weighs below this share of its weight in the other core. */
  lead: number;
}

/**
 * The evidence every weighing of two stories opens with (similarity.ts storyPair): the fit of
 * each in the other, their profiles' cosines and their sizes.
 */
export const PAIR_FEATURE_NAMES = [
  'smallInLarge',
  'largeInSmall',
  'profileEntities',
  'profileTerms',
  'logSmall',
  'logLarge',
] as const;

/** The evidence two candidate stories are weighed by for a merge (similarity.ts, mergeFeatures). */
export const MERGE_FEATURE_NAMES = [
  ...PAIR_FEATURE_NAMES,
  'articleFitLow',
  'articleFitHigh',
  'profileEntitiesNear',
  'profileTermsNear',
  'bothDated',
  'short',
  'shortSmallInLarge',
  'shortFitLow',
] as const;

/** Logistic weights over MERGE_FEATURE_NAMES and the probability at which stories merge. */
export interface MergeModel {
  weights: number[];
  bias: number;
  at: number;
  /**
   * The probability from which stories are merged when the article that found them is a full
   * text (LONG_SHORT), when it differs from `at` (above 1: never). Two stories of full texts
   * that one article fits are often two like events of one topic; two of headlines, one story
   * split early.
   */
  atLong?: number;
}

/**
 * An article whose storyFeatures `short` is below this is a full text (mergeCheck's atLong):
 * more than 15 distinct words, more than a headline gives (the UCI headlines have at most 12; 95%
 * of the ECB+ texts 18 or more).
 */
export const LONG_SHORT = 0.75;

/**
 * How short an article of `terms` distinct words is (storyFeatures `short`): 0 from ARTICLE_TERMS
 * words on, near 1 for a headline. A headline or a brief gives few words: the same cosine means
 * less than for a long text.
 */
export function shortness(terms: number): number {
  return 1 - Math.min(1, terms / ARTICLE_TERMS);
}

/** Whether an article of `terms` distinct words is a full text (shortness below LONG_SHORT). */
export function isFullText(terms: number): boolean {
  return shortness(terms) < LONG_SHORT;
}

/** The model shipped with the extension (npm run train:stories writes it). */
export const DECISION_MODEL: DecisionModel = MODEL;

let current: DecisionModel = DECISION_MODEL;

/** The model in use: the shipped one, unless training or a benchmark swapped another in. */
export function decisionModel(): DecisionModel {
  return current;
}

/**
 * Training and benchmarks only: groups with another model until the returned function puts
 * the shipped one back.
 */
export function useDecisionModel(model: DecisionModel): () => void {
  current = model;
  return () => {
    current = DECISION_MODEL;
  };
}

type MemberSide = Pick<StoryMember, 'entities' | 'terms' | 'lang' | 'date' | 'dated'>;
type StorySide = Pick<
  StoryRow,
  'entities' | 'terms' | 'langs' | 'datedFrom' | 'datedTo' | 'count' | 'datedSum' | 'datedCount'
>;

/** exp(-d²/2σ²) of a gap in days: 1 the same day, 0.61 at σ, near 0 past 3σ. */
export function near(gapMs: number): number {
  const d = gapMs / DAY_MS / TIME_SIGMA_DAYS;
  return Math.exp(-0.5 * d * d);
}

/**
 * How an article relates to a candidate story, as numbers (FEATURE_NAMES): shared entities and
 * shared words (in the article's language only), by cosine and by how much of the article's
 * weight the story holds (cover: a headline's few words against a story's wide profile, whose
 * cosine falls as the story grows), and, when both sides are dated, that evidence
 * scaled by how near the article is to the story's newest, oldest and mean dates (Gaussian,
 * σ = TIME_SIGMA_DAYS), after
 * Miranda et al. 2018, "Multilingual Clustering of Streaming News".
 */
export function storyFeatures(m: MemberSide, s: StorySide): number[] {
  const storyEntities = entityVector(s.entities);
  const byEntities = cosine(m.entities, storyEntities);
  const prefix = `${m.lang}:`;
  const storyTerms = s.langs.length > 1 ? s.terms.filter(([t]) => t.startsWith(prefix)) : s.terms;
  const byTerms = cosine(m.terms, storyTerms);
  const sameLang = s.langs.includes(m.lang) && m.terms.length > 0 && s.terms.length > 0;
  const bothEntities = m.entities.length > 0 && storyEntities.length > 0;
  // Across languages words cannot match: shared entities stand in for shared words too (the dev
  // sets are English, so no weight could be learned for that case). Without entities, words
  // alone.
  const crossLanguage = bothEntities && !sameLang;
  const byWords = crossLanguage ? byEntities : byTerms;
  const entitiesCover = cover(m.entities, storyEntities);
  // Across languages, as for the cosine, shared entities stand in for shared words.
  const termsCover = crossLanguage ? entitiesCover : cover(m.terms, storyTerms);
  // By count as well as by weight: a headline's few words each count, whatever their rarity
  // (across languages, shared entities stand in again).
  const termsShared = crossLanguage
    ? coverCount(m.entities, storyEntities)
    : coverCount(m.terms, storyTerms);
  const combined = !bothEntities
    ? byTerms
    : crossLanguage
      ? byEntities
      : ENTITY_WEIGHT * byEntities + (1 - ENTITY_WEIGHT) * byTerms;
  const short = shortness(m.terms.length);
  const full = short < LONG_SHORT;
  const timed = m.dated && s.datedFrom !== null && s.datedTo !== null;
  let [newest, oldest, mean] = [0, 0, 0];
  if (timed) {
    const avg =
      s.datedSum !== undefined && s.datedCount
        ? s.datedSum / s.datedCount
        : (s.datedFrom! + s.datedTo!) / 2;
    newest = near(m.date - s.datedTo!);
    oldest = near(m.date - s.datedFrom!);
    mean = near(m.date - avg);
  }
  return [
    byEntities,
    byWords,
    combined,
    // No indicator of language or of entities being there: the dev sets are English and nearly
    // always have both, so a weight learned for their absence would be a guess.
    timed ? 1 : 0,
    // Time scales the evidence rather than adding to it: being published the same day as a
    // story says nothing by itself.
    combined * newest,
    combined * oldest,
    combined * mean,
    Math.log1p(s.count),
    short,
    byEntities * short,
    byWords * short,
    combined * combined,
    entitiesCover,
    termsCover,
    termsShared,
    // Two like events of one topic (two earthquakes, two arrests) share their words and often
    // their country; the towns and the suspects they name are their own (contrast.ts). Full
    // texts only: a headline names one or two, and missing them says little.
    full ? namesApart(m.entities, storyEntities, 'loc') : 0,
    full ? namesApart(m.entities, storyEntities, 'per') : 0,
  ];
}

/** The model's probability that the article belongs to the story, from storyFeatures. */
export function joinProbability(
  x: number[],
  model: Pick<DecisionModel, 'weights' | 'bias'> = current,
): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += (model.weights[i] ?? 0) * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

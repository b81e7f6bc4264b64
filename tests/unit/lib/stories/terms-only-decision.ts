import {
  DECISION_MODEL,
  FEATURE_NAMES,
  useDecisionModel,
  type SplitPoint,
} from '@/lib/stories/decision';

/**
 * A join decision on shared words alone (join at cosine 0.6, merge at about 0.655), so a test can
 * build stories that fit each other by their words; stories merge by the fixed rule (no story-pair pass), and split
 * (split-story.ts) only with `split`. Returns the function that restores the model.
 */
export function useTermsOnlyDecision(split?: SplitPoint): () => void {
  return useDecisionModel({
    ...DECISION_MODEL,
    weights: FEATURE_NAMES.map((n) => (n === 'terms' ? 20 : 0)),
    bias: -12,
    join: 0.5,
    merge: 0.75,
    // Merges by the fixed rule (storiesBelongTogether), on the same words.
    mergeModel: undefined,
    // No story-pair pass: the shipped one was fitted over the shipped join decision, not this.
    pass: undefined,
    split,
  });
}

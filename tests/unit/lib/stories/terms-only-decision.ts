import { DECISION_MODEL, FEATURE_NAMES, useDecisionModel } from '@/lib/stories/decision';

/**
 * A join decision on shared words alone, used for story pairs too (join at cosine 0.6, merge at about 0.655), so a test can
 * build stories that fit each other by their words. Returns the function that restores the model.
 */
export function useTermsOnlyDecision(): () => void {
  // Without the shipped pair decision: two stories are compared by the same words.
  const { pair: _pair, ...join } = DECISION_MODEL;
  return useDecisionModel({
    ...join,
    weights: FEATURE_NAMES.map((n) => (n === 'terms' ? 20 : 0)),
    bias: -12,
    join: 0.5,
    merge: 0.75,
  });
}

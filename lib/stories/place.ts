import { JOIN_THRESHOLD, MERGE_THRESHOLD } from './params';

/** A candidate story and how well the article fits it (storySimilarity). */
export interface Scored<S> {
  story: S;
  score: number;
}

/** Where an article goes: `into`, after `others` are merged into it. */
export interface Placement<S> {
  into: S;
  others: S[];
  score: number;
}

/**
 * The rule an article is placed by, given its candidate stories: the best one at
 * JOIN_THRESHOLD or above, and when it fits two or more at MERGE_THRESHOLD, those are merged
 * into the largest (ties: the oldest, the higher id). Null: it starts a story of its own.
 */
export function placeArticle<S extends { id: string; count: number }>(
  candidates: Scored<S>[],
): Placement<S> | null {
  const scored = [...candidates].sort(
    (a, b) => b.score - a.score || (a.story.id < b.story.id ? -1 : 1),
  );
  const best = scored[0];
  if (!best || best.score < JOIN_THRESHOLD) return null;
  const bridged = scored.filter((c) => c.score >= MERGE_THRESHOLD).map((c) => c.story);
  const group = bridged.length >= 2 ? bridged : [best.story];
  const into = group.reduce((a, b) =>
    b.count > a.count || (b.count === a.count && b.id > a.id) ? b : a,
  );
  return { into, others: group.filter((s) => s !== into), score: best.score };
}

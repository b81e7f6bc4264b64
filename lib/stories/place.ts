import { decisionModel } from './decision';

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
 * the model's join probability or above, and when it fits two or more at its merge probability,
 * those are merged
 * into the largest (ties: the oldest, the higher id). Null: it starts a story of its own.
 */
export function placeArticle<S extends { id: string; count: number }>(
  candidates: Scored<S>[],
  belongTogether: (a: S, b: S) => boolean = () => true,
): Placement<S> | null {
  const scored = [...candidates].sort(
    (a, b) => b.score - a.score || (a.story.id < b.story.id ? -1 : 1),
  );
  const best = scored[0];
  const { join, merge } = decisionModel();
  if (!best || best.score < join) return null;
  // An article that fits two stories well merges them only when the stories themselves fit:
  // one ambiguous headline must not chain two stories on the same people.
  const bridged = scored
    .filter((c) => c.score >= merge && (c === best || belongTogether(c.story, best.story)))
    .map((c) => c.story);
  const group = bridged.length >= 2 ? bridged : [best.story];
  const into = group.reduce((a, b) =>
    b.count > a.count || (b.count === a.count && b.id > a.id) ? b : a,
  );
  return { into, others: group.filter((s) => s !== into), score: best.score };
}

/**
 * A second chance for stories split early: once an article has chosen the story it joins, the
 * other candidate stories that story fits at the model's merge probability (`belongAt(a, b,
 * merge)`: the smaller seen as an article of the larger), to be merged with it. Two stories
 * are only compared when an article finds both; a story that grew since its first articles
 * missed another can meet it then. The article itself is not part of the comparison, so one
 * ambiguous article cannot chain two stories.
 *
 * A story of one article is weighed at the join probability instead: it is that article, and
 * the story it narrowly missed when it came may have grown since to cover it (a headline's few
 * words meet a wider profile). Taking it in then is the decision the article would get if it
 * came now. On the UCI headlines most split stories are one large part and single headlines.
 */
export function alsoBelonging<S extends { count: number }>(
  joined: S,
  others: S[],
  belongAt: (a: S, b: S, at: number) => boolean,
): S[] {
  const { join, merge, mergeModel } = decisionModel();
  // A learned merge decision weighs every other candidate, single articles too (mergeCheck).
  if (mergeModel) return others.filter((o) => belongAt(joined, o, mergeModel.at));
  return others.filter((o) =>
    o.count === 1 ? belongAt(joined, o, join) : merge <= 1 && belongAt(joined, o, merge),
  );
}

import type { ArticleSummary, ArticleTimeline } from '../messaging/protocol';

/**
 * "Recently read" under a story: the reader's other reading only. The article being read and
 * every article the timeline above already lists (its story and the related stories) are left
 * out, so no headline shows twice; at most `limit` are kept, newest first as given.
 */
export function otherReading(
  recent: ArticleSummary[],
  current: ArticleSummary | undefined,
  timeline: ArticleTimeline | null | undefined,
  limit = Infinity,
): ArticleSummary[] {
  const shown = new Set<string>();
  if (current) shown.add(current.key);
  for (const e of timeline?.entries ?? []) shown.add(e.key);
  for (const r of timeline?.relatedStories ?? []) for (const e of r.entries) shown.add(e.key);
  return recent.filter((a) => !shown.has(a.key)).slice(0, limit);
}

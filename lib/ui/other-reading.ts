import type { ArticleSummary, ArticleTimeline, TimelineEntry } from '../messaging/protocol';

/**
 * "Recently read" under a story: the reader's other reading only. The article being read and
 * every article the timeline above already lists (its story and the related stories, as entries
 * or as their copies, "also on …") are left out, so no headline shows twice; an item whose text
 * is listed there under another site's address (one of its copies) is left out too. At most
 * `limit` are kept, newest first as given.
 */
export function otherReading(
  recent: ArticleSummary[],
  current: ArticleSummary | undefined,
  timeline: ArticleTimeline | null | undefined,
  limit = Infinity,
): ArticleSummary[] {
  const shown = new Set<string>();
  if (current) shown.add(current.key);
  const list = (e: TimelineEntry) => {
    shown.add(e.key);
    for (const c of e.copies ?? []) shown.add(c.key);
  };
  for (const e of timeline?.entries ?? []) list(e);
  for (const r of timeline?.relatedStories ?? []) for (const e of r.entries) list(e);
  return recent
    .filter((a) => !shown.has(a.key) && !(a.copies ?? []).some((c) => shown.has(c.key)))
    .slice(0, limit);
}

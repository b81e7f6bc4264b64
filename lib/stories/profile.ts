import { top } from './article-features';
import {
  INDEXED_ENTITIES,
  INDEXED_TERMS,
  SPLIT_MEMORY,
  STORY_ENTITIES,
  STORY_TERMS,
} from './params';
import type { StoryEntity, StoryMember, StoryRow, Weighted } from './rows';
import { entityVector } from './similarity';

/** The sum of sparse vectors, cut to the `limit` heaviest features. */
export function addVectors(vectors: Weighted[][], limit: number): Weighted[] {
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [k, w] of v) sum.set(k, (sum.get(k) ?? 0) + w);
  return top([...sum], limit);
}

/** A story's profile, title and dates from members and earlier profiles (vector sums). */
export function buildStory(
  id: string,
  parts: (StoryRow | StoryMember)[],
  keep: Pick<StoryRow, 'splitFrom'> = {},
): StoryRow {
  const names = new Map<string, [string, string]>();
  const entityVectors: Weighted[][] = [];
  const termVectors: Weighted[][] = [];
  const langs = new Set<string>();
  let first = Infinity;
  let last = -Infinity;
  let datedFrom = Infinity;
  let datedTo = -Infinity;
  let count = 0;
  let datedSum = 0;
  let datedCount = 0;
  const splitFrom = new Set(keep.splitFrom);
  let title: string | null = null;
  let titleDate = -Infinity;
  for (const p of parts) {
    if (isStory(p)) {
      for (const e of p.entities) names.set(e.id, [e.name, e.type]);
      entityVectors.push(entityVector(p.entities));
      termVectors.push(p.terms);
      p.langs.forEach((l) => langs.add(l));
      first = Math.min(first, p.firstDate);
      last = Math.max(last, p.lastDate);
      datedFrom = Math.min(datedFrom, p.datedFrom ?? Infinity);
      datedTo = Math.max(datedTo, p.datedTo ?? -Infinity);
      if (p.datedFrom !== null && p.datedTo !== null) {
        // Older rows lack the sum: their range's middle stands for each dated member.
        const n = p.datedCount ?? p.count;
        datedSum += p.datedSum ?? ((p.datedFrom + p.datedTo) / 2) * n;
        datedCount += n;
      }
      count += p.count;
      p.splitFrom?.forEach((id) => splitFrom.add(id));
      if (p.title !== null && p.titleDate >= titleDate) [title, titleDate] = [p.title, p.titleDate];
    } else {
      for (const [id, nt] of Object.entries(p.names)) names.set(id, nt);
      entityVectors.push(p.entities);
      termVectors.push(p.terms);
      langs.add(p.lang);
      first = Math.min(first, p.date);
      last = Math.max(last, p.date);
      if (p.dated) {
        [datedFrom, datedTo] = [Math.min(datedFrom, p.date), Math.max(datedTo, p.date)];
        datedSum += p.date;
        datedCount += 1;
      }
      count += 1;
      if (p.title && p.date >= titleDate) [title, titleDate] = [p.title, p.date];
    }
  }
  const entities = addVectors(entityVectors, STORY_ENTITIES).map(([id, weight]): StoryEntity => {
    const [name, type] = names.get(id) ?? [id, 'MISC'];
    return { id, name, type, weight };
  });
  const terms = addVectors(termVectors, STORY_TERMS);
  const story: StoryRow = {
    id,
    title,
    titleDate,
    entities,
    entityIds: entities.slice(0, INDEXED_ENTITIES).map((e) => e.id),
    terms,
    termKeys: terms.slice(0, INDEXED_TERMS).map(([t]) => t),
    langs: [...langs].sort(),
    firstDate: first,
    lastDate: last,
    datedFrom: Number.isFinite(datedFrom) ? datedFrom : null,
    datedTo: Number.isFinite(datedTo) ? datedTo : null,
    ...(datedCount ? { datedSum, datedCount } : {}),
    count,
  };
  // A story merged from parts keeps apart from what any of them was split from.
  splitFrom.delete(id);
  if (splitFrom.size) story.splitFrom = [...splitFrom].slice(-SPLIT_MEMORY);
  if (parts.length === 1 && parts[0]!.apart) story.apart = true;
  return story;
}

function isStory(p: StoryRow | StoryMember): p is StoryRow {
  return 'count' in p;
}

import { ENTITY_WEIGHT, HALF_LIFE_DAYS } from './params';
import type { StoryMember, StoryRow, Weighted } from './rows';

const DAY_MS = 86_400_000;

/** Cosine of two sparse vectors (0 when either is empty). */
export function cosine(a: Weighted[], b: Weighted[]): number {
  if (!a.length || !b.length) return 0;
  const small = a.length <= b.length ? a : b;
  const large = new Map(a.length <= b.length ? b : a);
  let dot = 0;
  for (const [k, w] of small) dot += w * (large.get(k) ?? 0);
  if (dot === 0) return 0;
  const norm = (v: Weighted[]) => Math.hypot(...v.map(([, w]) => w));
  return dot / (norm(a) * norm(b));
}

/** Halves with every HALF_LIFE_DAYS between the article's date and the story's date range. */
export function timeDecay(date: number, first: number, last: number): number {
  const gap = date < first ? first - date : date > last ? date - last : 0;
  return 0.5 ** (gap / DAY_MS / HALF_LIFE_DAYS);
}

/**
 * How well an article fits a story, in [0, 1]. Shared entities and shared words count evenly
 * when both are available; across languages (no language in common) words cannot match, so
 * entities alone decide; without entities on either side, words alone. Then time decay, when
 * both sides are dated.
 */
export function storySimilarity(
  m: Pick<StoryMember, 'entities' | 'terms' | 'lang' | 'date' | 'dated'>,
  s: Pick<StoryRow, 'entities' | 'terms' | 'langs' | 'datedFrom' | 'datedTo'>,
): number {
  const storyEntities = s.entities.map((e): Weighted => [e.id, e.weight]);
  const byEntities = cosine(m.entities, storyEntities);
  const byTerms = cosine(m.terms, s.terms);
  const sameLang = s.langs.includes(m.lang) && m.terms.length > 0 && s.terms.length > 0;
  const hasEntities = m.entities.length > 0 && storyEntities.length > 0;
  const score = !hasEntities
    ? byTerms
    : !sameLang
      ? byEntities
      : ENTITY_WEIGHT * byEntities + (1 - ENTITY_WEIGHT) * byTerms;
  const timed = m.dated && s.datedFrom !== null && s.datedTo !== null;
  return timed ? score * timeDecay(m.date, s.datedFrom!, s.datedTo!) : score;
}

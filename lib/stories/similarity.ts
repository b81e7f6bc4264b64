import { ENTITY_WEIGHT, HALF_LIFE_DAYS } from './params';
import type { StoryMember, StoryRow, Weighted } from './rows';

const DAY_MS = 86_400_000;

/**
 * Cosine of two sparse vectors (0 when either is empty). The lookup map and norm of a vector
 * are kept with it: pass the vector compared many times (the new article's) first.
 */
export function cosine(a: Weighted[], b: Weighted[]): number {
  if (!a.length || !b.length) return 0;
  const index = indexOf(a);
  let dot = 0;
  for (const [k, w] of b) dot += w * (index.get(k) ?? 0);
  if (dot === 0) return 0;
  return dot / (normOf(a) * normOf(b));
}

const indexes = new WeakMap<Weighted[], Map<string, number>>();
const norms = new WeakMap<Weighted[], number>();

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

/** Halves with every HALF_LIFE_DAYS between the article's date and the story's date range. */
export function timeDecay(date: number, first: number, last: number): number {
  const gap = date < first ? first - date : date > last ? date - last : 0;
  return 0.5 ** (gap / DAY_MS / HALF_LIFE_DAYS);
}

/**
 * How well an article fits a story, in [0, 1]. Shared entities and shared words count evenly
 * when both are available; words are compared with the story's words in the article's language
 * (in a story told in two languages, the other language's words would only dilute the match).
 * Across languages (no language in common) words cannot match, so entities alone decide;
 * without entities on either side, words alone. Then time decay, when both sides are dated.
 */
export function storySimilarity(
  m: Pick<StoryMember, 'entities' | 'terms' | 'lang' | 'date' | 'dated'>,
  s: Pick<StoryRow, 'entities' | 'terms' | 'langs' | 'datedFrom' | 'datedTo'>,
): number {
  const storyEntities = s.entities.map((e): Weighted => [e.id, e.weight]);
  const byEntities = cosine(m.entities, storyEntities);
  const prefix = `${m.lang}:`;
  const byTerms = cosine(
    m.terms,
    s.langs.length > 1 ? s.terms.filter(([t]) => t.startsWith(prefix)) : s.terms,
  );
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

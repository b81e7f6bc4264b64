import type { StoryMember, Weighted } from './rows';
import { cosine, vectorOfMap } from './similarity';

/** What a story is called: one of its articles' headlines, in that article's language. */
export interface StoryName {
  title: string;
  lang: string;
  /** The article the headline is from. */
  key: string;
}

type Candidate = Pick<StoryMember, 'key' | 'title' | 'lang' | 'date' | 'entities' | 'terms'>;

/**
 * The story's name, one rule for every story: the headline of its most representative article
 * (its entity and word vector closest to the story's centroid, the sum of its members' unit
 * vectors; ties → the earliest), taken among the articles in the reader's language `lang` when
 * the story has one, else among all (the caller marks the language). Null when no member has a
 * headline.
 */
export function storyName(members: Candidate[], lang: string | null): StoryName | null {
  const titled = members.filter((m) => m.title?.trim());
  if (!titled.length) return null;
  const entities = centroid(titled.map((m) => m.entities));
  const terms = centroid(titled.map((m) => m.terms));
  // The centroid first: its lookup map is built once, and each member's few features looked up
  // in it (not the centroid's thousands in each member's).
  const score = (m: Candidate) => cosine(entities, m.entities) + cosine(terms, m.terms);
  const base = lang?.toLowerCase().split('-')[0];
  const mine = titled.filter((m) => m.lang === base);
  let best: Candidate | undefined;
  let bestScore = -1;
  for (const m of (mine.length ? mine : titled).slice().sort((a, b) => a.date - b.date)) {
    const s = score(m);
    // Strictly better only: among equals the earliest stays.
    if (s > bestScore + 1e-9) [best, bestScore] = [m, s];
  }
  return best ? { title: best.title!.trim(), lang: best.lang, key: best.key } : null;
}

/** The sum of unit vectors (the members' vectors are unit vectors already). */
function centroid(vectors: Weighted[][]): Weighted[] {
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [k, w] of v) sum.set(k, (sum.get(k) ?? 0) + w);
  return vectorOfMap(sum);
}

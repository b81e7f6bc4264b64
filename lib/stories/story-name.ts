import type { StoryMember, Weighted } from './rows';
import { cosineOfMap, normOfMap } from './similarity';

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
 * the story has one that is not minor (isMinor), else among all (the caller marks the
 * language). Null when no member has a headline.
 */
export function storyName(members: Candidate[], lang: string | null): StoryName | null {
  const titled = members.filter((m) => m.title?.trim());
  if (!titled.length) return null;
  const base = lang?.toLowerCase().split('-')[0];
  const mine = titled.filter((m) => m.lang === base);
  const major = mine.length < titled.length ? mine.filter((m) => !isMinor(m, titled)) : mine;
  const among = major.length ? major : titled;
  // One headline to choose from (most stories are short): it is the name, whatever its score.
  if (among.length === 1) return nameOf(among[0]!);
  const entities = centroid(titled.map((m) => m.entities));
  const terms = centroid(titled.map((m) => m.terms));
  const [entitiesNorm, termsNorm] = [normOfMap(entities), normOfMap(terms)];
  // The centroid's map, summed once, and each member's few features looked up in it (not the
  // centroid's thousands in each member's).
  const score = (m: Candidate) =>
    cosineOfMap(entities, entitiesNorm, m.entities) + cosineOfMap(terms, termsNorm, m.terms);
  let best: Candidate | undefined;
  let bestScore = -1;
  for (const m of among.slice().sort((a, b) => a.date - b.date)) {
    const s = score(m);
    // Strictly better only: among equals the earliest stays.
    if (s > bestScore + 1e-9) [best, bestScore] = [m, s];
  }
  return best ? nameOf(best) : null;
}

/**
 * Whether an article is minor in its story: less than half of its entities' weight is on
 * entities another of `all` names (a side piece, an interview about something else of one of
 * its people). A headline in the reader's language saves a translation, but a story's name is
 * what the reader knows it by, and a side piece's headline names what the rest of the story
 * does not. Entities, not words: they are the same in every language, where the words of the
 * one article in a language share nothing with the others'. Not closeness to the centroid: a
 * short dispatch naming a few of the story's entities is far from it, and no side piece.
 */
export function isMinor(m: Pick<Candidate, 'key' | 'entities'>, all: Candidate[]): boolean {
  const elsewhere = new Set<string>();
  for (const o of all) if (o.key !== m.key) for (const [id] of o.entities) elsewhere.add(id);
  let shared = 0;
  let total = 0;
  for (const [id, w] of m.entities) {
    total += w;
    if (elsewhere.has(id)) shared += w;
  }
  return total > 0 && shared < total / 2;
}

function nameOf(m: Candidate): StoryName {
  return { title: m.title!.trim(), lang: m.lang, key: m.key };
}

/** The sum of unit vectors (the members' vectors are unit vectors already), as a map. */
function centroid(vectors: Weighted[][]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [k, w] of v) sum.set(k, (sum.get(k) ?? 0) + w);
  return sum;
}

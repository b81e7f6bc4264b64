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
 * the story has one that is not minor, else among all (the caller marks the language). Null
 * when no member has a headline.
 *
 * Minor: an article whose entities are further from the story's than the median member's (in
 * the less central half of the story: a side piece, an interview with one of its people). A
 * headline in the reader's language saves a translation, but the name of a story is what the
 * reader recognises it by: a side piece's headline would name another story. Entities only for
 * this test: they are the same in every language, where the words of an article in a language
 * the others are not in share nothing with theirs, and every such article would look minor.
 * Two articles are equally central (the centroid of two unit vectors is as close to each), so
 * a story of one article in the reader's language and one in another is named in the reader's.
 */
export function storyName(members: Candidate[], lang: string | null): StoryName | null {
  const titled = members.filter((m) => m.title?.trim());
  if (!titled.length) return null;
  const base = lang?.toLowerCase().split('-')[0];
  const mine = titled.filter((m) => m.lang === base);
  // One headline to choose from (most stories are short): it is the name, whatever its score.
  if (titled.length === 1) return nameOf(titled[0]!);
  const entities = centroid(titled.map((m) => m.entities));
  const terms = centroid(titled.map((m) => m.terms));
  const [entitiesNorm, termsNorm] = [normOfMap(entities), normOfMap(terms)];
  // The centroid's map, summed once, and each member's few features looked up in it (not the
  // centroid's thousands in each member's).
  const central = (m: Candidate) => cosineOfMap(entities, entitiesNorm, m.entities);
  const among = mine.length && !allMinor(mine, titled, central) ? mine : titled;
  if (among.length === 1) return nameOf(among[0]!);
  const score = (m: Candidate) => central(m) + cosineOfMap(terms, termsNorm, m.terms);
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
 * Whether every one of `some` is minor in `all`: less central than the median member (the
 * upper one of an even count: in the less central half).
 */
function allMinor(some: Candidate[], all: Candidate[], central: (m: Candidate) => number): boolean {
  if (some.length === all.length) return false;
  const scores = all.map(central).sort((a, b) => a - b);
  const median = scores[Math.floor(scores.length / 2)]!;
  return some.every((m) => central(m) < median - 1e-9);
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

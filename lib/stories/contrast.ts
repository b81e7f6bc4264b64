import type { Weighted } from './rows';

/** The entity types whose contrast is evidence of two like events (storyFeatures). */
export type ContrastType = 'loc' | 'per';

/** A typed entity id's words: "loc:bandar-abbas" → bandar, abbas; a KB id ("loc:Q142") none. */
const KB_KEY = /^Q\d+$/;

/**
 * Whether two entity vectors each name entities of one type (places, persons) and share none of
 * them: evidence of two like events, such as two earthquakes in other towns or two arrests of
 * other suspects, where the words (earthquake, arrested) and the wider names (the country) are
 * the same. 1 when both sides have at least one such entity and no id and no name word (of
 * three letters or more: "bandar-abbas" meets "bandar") is common to the two; 0 otherwise, also
 * when either side names none (nothing to contrast). Entity ids are "<type>:<key>" (canonical-id.ts).
 */
export function namesApart(a: Weighted[], b: Weighted[], type: ContrastType): number {
  const prefix = `${type}:`;
  const left = a.filter(([id]) => id.startsWith(prefix)).map(([id]) => id);
  const right = b.filter(([id]) => id.startsWith(prefix)).map(([id]) => id);
  if (!left.length || !right.length) return 0;
  const ids = new Set(left);
  if (right.some((id) => ids.has(id))) return 0;
  const words = new Set(left.flatMap(nameWords));
  return right.some((id) => nameWords(id).some((w) => words.has(w))) ? 0 : 1;
}

function nameWords(id: string): string[] {
  const key = id.slice(id.indexOf(':') + 1);
  if (KB_KEY.test(key)) return [];
  return key.split('-').filter((w) => w.length >= 3);
}

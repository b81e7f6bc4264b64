/** One match of a mention string in a text: [start, end) and the index of its entity. */
export interface TextMatch {
  start: number;
  end: number;
  entity: number;
}

/** Finds an article's mention strings in text; `null` when there is nothing to look for. */
export type MentionMatcher = (text: string) => TextMatch[];

// A letter, digit, combining mark or connector on either side means "inside a word".
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}\\p{Pc}]';
const MAX_SURFACE_CHARS = 120;
// A capitalised word right after: the match is part of a longer name the article does not
// mention as this entity ("Kim" in "place Kim Il Sung", "Trump" in "Trump Tower").
const NAME_GOES_ON = /[ \u00a0]\p{Lu}/uy;

/**
 * A matcher for whole-word, case-sensitive occurrences of each entity's mention strings. At
 * one position the longest string wins ("Vladimir Poutine" before "Poutine"); matches never
 * overlap, and a match followed by a capitalised word is skipped as part of a longer name.
 * Spaces in a string match any run of white space, non-breaking included, since the
 * page's text was normalised on extraction.
 */
export function createMentionMatcher(surfaces: readonly (readonly string[])[]): MentionMatcher {
  const owner = new Map<string, number>();
  surfaces.forEach((list, entity) => {
    for (const raw of list) {
      const s = raw.trim();
      // The first entity to claim a string keeps it: one string, one card.
      if (s && s.length <= MAX_SURFACE_CHARS && !owner.has(s)) owner.set(s, entity);
    }
  });
  if (owner.size === 0) return () => [];
  const strings = [...owner.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const source = strings.map((s) => s.split(/\s+/).map(escapeRegExp).join('[\\s\\u00a0]+'));
  const pattern = new RegExp(
    `(?<!${WORD_CHAR})(?:${source.map((s) => `(${s})`).join('|')})(?!${WORD_CHAR})`,
    'gu',
  );
  const entities = strings.map((s) => owner.get(s)!);
  return (text) => {
    const out: TextMatch[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      NAME_GOES_ON.lastIndex = m.index + m[0].length;
      if (NAME_GOES_ON.test(text)) continue;
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      out.push({ start: m.index, end: m.index + m[0].length, entity: entities[group - 1]! });
    }
    return out;
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import type { TokenSpan } from './tags';

// German articles that do not stand before a person's name in written German, and that do before
// clubs, bands, firms and ships ("zu den Orlando Magic", "bei den Girondins Bordeaux", "beim
// Hamburger SV", "die Rolling Stones"): de-wikineural val, of 1,550 names right after one of them
// (no comma before: a relative pronoun, ", den Guido Zurli inszenierte"), 2 are persons. Not
// "der", "des", "dem": genitives and relative pronouns after a preposition ("das Leben der
// Marilyn Monroe", "in der Trond Sollied").
const NO_PERSON_AFTER_DE = new Set(['den', 'die', 'Den', 'Die', 'beim', 'zum', 'vom']);

const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/**
 * "zu den Orlando Magic", "bei den Girondins Bordeaux": in German, a person of two words or more
 * right after a plural or contracted article (NO_PERSON_AFTER_DE) is an organisation, a team
 * mostly. Not after a relative pronoun's comma (", den Guido Zurli inszenierte", ", für die Hans
 * Meier stimmte"), nor one word ("die Merkel": a colloquial article before a name).
 */
export function articleBeforePersonDe(
  words: readonly string[],
  spans: TokenSpan[],
  lang: string,
): TokenSpan[] {
  if (lang !== 'de') return spans;
  return spans.map((s) => {
    if (s.type !== 'PER' || s.end - s.start < 2 || s.start < 1) return s;
    if (!NO_PERSON_AFTER_DE.has(words[s.start - 1] as string)) return s;
    // A relative clause: ", den …" or ", für die …".
    const before = words[s.start - 2];
    const clause = words[s.start - 3] === ',' && LOWER_CASE_WORD.test(before ?? '');
    if (before === ',' || clause) return s;
    return { ...s, type: 'ORG', typedByRule: true };
  });
}

import { isGivenName } from './given-names';
import { startsLower } from './letter-case';
import { capsCount, titleAcronymOf } from './refine-spans';
import type { EntityType, TokenSpan } from './tags';

// A name's word: a capital, then lower-case letters ("Castaño", "Jean-Pierre"); no initial, no
// acronym, no particle.
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;
// An acronym in capitals: two capitals at least ("DGSA", "PNC", "CoNLL").
const CAPS_ACRONYM = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{Ll}\d&-]{2,8}$/u;
/** Shortest surname taken from a full name ("El Al" gives no "Al"). */
const MIN_SURNAME = 3;

/**
 * Makes the types of one article's names agree, after the span rules (`spans[k]` are the
 * refined spans of sentence `k`, changed in place):
 *
 * - **Surnames.** A word that is the last of a person's full name in the article ("Javier
 *   Castaño", "Roberto Baggio") is that person wherever it stands alone, whatever type the
 *   tagger gave it there ("las de Castaño", "el Baggio interista" read as a place or a club),
 *   unless the KB or gazetteer knows the word (`known`). The full name must be one of name words
 *   only, of which the words before the surname are never found alone as a name in the article
 *   (a first name is not: "Lebed Chechnya" is two names) and never written in lower case in it
 *   ("Fonds Lausanne").
 */
export function alignDocumentTypes(
  sentences: readonly (readonly string[])[],
  spans: readonly TokenSpan[][],
  known: (words: readonly string[]) => EntityType | undefined,
): void {
  const alone = new Set<string>();
  const full: (readonly string[])[] = [];
  spans.forEach((list, k) => {
    const words = sentences[k] as readonly string[];
    for (const s of list) {
      if (s.end - s.start === 1) alone.add(words[s.start] as string);
      else if (s.type === 'PER') full.push(words.slice(s.start, s.end));
    }
  });
  if (!full.length) return;
  let lower: Set<string> | undefined;
  const surnames = new Set<string>();
  for (const name of full) {
    const last = name[name.length - 1] as string;
    if (last.length < MIN_SURNAME || surnames.has(last) || !name.every((w) => NAME_WORD.test(w))) {
      continue;
    }
    const given = name.slice(0, -1);
    if (given.some((w) => alone.has(w))) continue;
    lower ??= lowerWords(sentences);
    if (given.some((w) => lower!.has(w.toLowerCase()))) continue;
    surnames.add(last);
  }
  if (!surnames.size) return;
  spans.forEach((list, k) => {
    const words = sentences[k] as readonly string[];
    for (const s of list) {
      if (s.type === 'PER' || s.end - s.start !== 1) continue;
      const w = words[s.start] as string;
      if (!surnames.has(w) || known([w])) continue;
      // The tagger's type scores stay its evidence: the confidence weighs its doubt.
      s.type = 'PER';
    }
  });
}

/** The words of the article written in lower case. */
function lowerWords(sentences: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const words of sentences) for (const w of words) if (startsLower(w)) out.add(w);
  return out;
}

/**
 * An acronym an article defines in brackets after an organisation's name ("la Dirección de
 * Prevención de Robo de Vehículos (Diprove)", refine-spans addBracketedAcronyms) is that
 * organisation wherever it stands alone in the article ("la Diprove intervino", read as a place
 * there): two cards of one word, one a place, named one body. Changes `spans` in place; not a
 * word the KB or gazetteer knows as another type (`known`). Spanish and French (refineTagged).
 */
export function alignBracketAcronyms(
  sentences: readonly (readonly string[])[],
  spans: readonly TokenSpan[][],
  known: (words: readonly string[]) => EntityType | undefined,
): void {
  const defined = new Set<string>();
  spans.forEach((list, k) => {
    const words = sentences[k] as readonly string[];
    for (const s of list) {
      if (s.type !== 'ORG' || s.end - s.start !== 1) continue;
      if (words[s.start - 1] !== '(' || words[s.end] !== ')') continue;
      const w = words[s.start] as string;
      // An acronym, no place or club in brackets ("Ayuntamiento de Casares (Málaga)").
      if (!CAPS_ACRONYM.test(w) && !titleAcronymOf(w, words, s.start - 1)) continue;
      if (list.some((o) => o.type === 'ORG' && o.end === s.start - 1)) defined.add(w);
    }
  });
  if (!defined.size) return;
  spans.forEach((list, k) => {
    const words = sentences[k] as readonly string[];
    for (const s of list) {
      if (s.type === 'ORG' || s.end - s.start !== 1) continue;
      const w = words[s.start] as string;
      if (!defined.has(w)) continue;
      const kb = known([w]);
      if (kb && kb !== 'ORG') continue;
      s.type = 'ORG';
    }
  });
}

// Articles that open names of papers, places and bodies ("El Espectador", "La Moneda", "Le
// Monde", "The Guardian").
const NAME_ARTICLES = new Set(['El', 'La', 'Los', 'Las', 'Le', 'Les', 'The']);

/**
 * A name the article writes with its capitalised article mid-sentence ("conoció El Espectador")
 * takes the article wherever the tagger left it out before the rest ("El Espectador conoció",
 * "tuvo acceso El Espectador": "Espectador"): one name, not a cut one. The span keeps its type
 * (the types of one name's mentions are voted on when they merge; "El Al" is read as a person in
 * one sentence of en-conll2003 and a body in the next). Changes `spans` in place.
 */
export function alignArticleNames(
  sentences: readonly (readonly string[])[],
  spans: readonly TokenSpan[][],
): void {
  const withArticle = new Set<string>();
  spans.forEach((list, k) => {
    const words = sentences[k] as readonly string[];
    for (const s of list) {
      if (s.start === 0 || s.end - s.start < 2) continue;
      if (!NAME_ARTICLES.has(words[s.start] as string)) continue;
      withArticle.add(words.slice(s.start, s.end).join(' '));
    }
  });
  if (!withArticle.size) return;
  spans.forEach((list, k) => {
    const words = sentences[k] as readonly string[];
    list.forEach((s, j) => {
      const a = s.start - 1;
      if (a < 0 || !NAME_ARTICLES.has(words[a] as string) || (list[j - 1]?.end ?? 0) > a) return;
      if (withArticle.has(words.slice(a, s.end).join(' '))) list[j] = { ...s, start: a };
    });
  });
}

// A word of three capitals or more, letters only ("UNAFUT", "CGT").
const CAPS_WORD = /^\p{Lu}{3,}$/u;
// Lower-case words a full name's initials skip ("Juan Orlando Hernández" gives "JOH", "Andrés
// Manuel López Obrador" "AMLO", "Pedro Pablo Kuczynski" "PPK"; "de", "del" give no letter).
const PARTICLE = /^\p{Ll}/u;

/**
 * A one-word name read as a person that the article also writes in capitals, in a sentence
 * not itself in capitals ("Comisario UNAFUT: Fernando Quesada" beside "Comisario Unafut:"): an
 * acronym, no person's name; of what (a body, a test: "PISA", "Pisa") the tagger cannot tell, so
 * its spans are dropped rather than retyped (an acronym typed as a body would be shown), if most
 * were read as persons. Left alone: a surname in capitals after its given name ("Juan GARCÍA"),
 * the last word of any full name of the article ("Kab NIANG"), a headline's words, a given name
 * ("ANA"), a word the KB or gazetteer knows (`known`) and a person's initials ("JOH" beside "Juan
 * Orlando Hernández").
 * Changes `spans` in place. Spanish (refineTagged; French papers write surnames in capitals).
 */
export function dropCapsAcronymPersons(
  sentences: readonly (readonly string[])[],
  spans: readonly TokenSpan[][],
  known: (words: readonly string[]) => EntityType | undefined,
): void {
  const caps = new Set<string>();
  const inFull = new Set<string>();
  const initials = new Set<string>();
  spans.forEach((list, k) => {
    const words = sentences[k] as readonly string[];
    for (const s of list) {
      if (s.end - s.start > 1) {
        const name = words.slice(s.start, s.end);
        for (const w of name) inFull.add(w.toLowerCase());
        if (s.type === 'PER') {
          initials.add(
            name
              .filter((w) => !PARTICLE.test(w))
              .map((w) => w.charAt(0).toLowerCase())
              .join(''),
          );
        }
        continue;
      }
      const w = words[s.start] as string;
      if (!CAPS_WORD.test(w) || capsShare(words) > 0.5) continue;
      if (isGivenName(words[s.start - 1] ?? '')) continue;
      caps.add(w.toLowerCase());
    }
  });
  if (!caps.size) return;
  // Per acronym, its one-word spans read as persons and as anything else.
  const votes = new Map<string, { per: number; other: number }>();
  const acronymAt = (words: readonly string[], s: TokenSpan): string | undefined => {
    if (s.end - s.start !== 1) return undefined;
    const w = words[s.start] as string;
    const folded = w.toLowerCase();
    if (!caps.has(folded) || inFull.has(folded) || initials.has(folded) || known([w])) {
      return undefined;
    }
    return isGivenName(`${w.charAt(0)}${folded.slice(1)}`) ? undefined : folded;
  };
  spans.forEach((list, k) => {
    const words = sentences[k] as readonly string[];
    for (const s of list) {
      const a = acronymAt(words, s);
      if (a === undefined) continue;
      const v = votes.get(a) ?? { per: 0, other: 0 };
      if (s.type === 'PER') v.per++;
      else v.other++;
      votes.set(a, v);
    }
  });
  spans.forEach((list, k) => {
    const words = sentences[k] as readonly string[];
    for (let j = list.length - 1; j >= 0; j--) {
      const s = list[j] as TokenSpan;
      const a = acronymAt(words, s);
      const v = a === undefined ? undefined : votes.get(a);
      // Read mostly as a person, the acronym goes whole: what the other reads said it was, the
      // tagger was no surer of. Read mostly as something else, it is left as read (dropping its
      // person reads alone would make the tagger look surer of the rest: "evaluación Pisa").
      if (v && v.per >= v.other) list.splice(j, 1);
    }
  });
}

/** The share of a sentence's words with letters written in capitals. */
function capsShare(words: readonly string[]): number {
  const { upper, letters } = capsCount(words);
  return letters ? upper / letters : 0;
}

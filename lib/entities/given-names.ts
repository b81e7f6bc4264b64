import {
  commonWordBand,
  hashedWords,
  isEnglishWord,
  isGermanNoun,
  isSpanishWord,
  trainedNameType,
} from './common-words';
import { foldName } from './fold-name';
import data from './model/given-names.json';
import dataDe from './model/given-names-de.json';
import type { EntityType, TokenSpan } from './tags';

/** Bits of a given name's hash kept in given-names.json (train/build-given-names.ts). */
export const GIVEN_NAME_HASH_BITS = 22;
const givenNames = hashedWords(data, GIVEN_NAME_HASH_BITS);
// German given names of all generations that the US and French lists lack ("Andreas", "Klaus",
// "Jürgen", "Wolfgang"): Berlin's children's first and later names (build-given-names.ts --de).
const givenNamesDe = hashedWords(dataDe, GIVEN_NAME_HASH_BITS);

/** A folded name's key in given-names.json: the low GIVEN_NAME_HASH_BITS bits of its FNV-1a hash. */
export const givenNameKey = givenNames.key;

const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether `word` is a common given name that is nothing else: not a place, a body or an ordinary
 * word ("Valérie", "Brenda", "Javier"; not "Paris", "Florence", "Rose"), from
 * lib/entities/model/given-names.json and given-names-de.json (train/build-given-names.ts). The
 * lists hold hashes: a word outside them matches with a chance of about 0.07 %.
 */
export function isGivenName(word: string): boolean {
  if (!TITLE_CASE_WORD.test(word)) return false;
  const folded = foldName(word);
  return givenNames.has(folded) || givenNamesDe.has(folded);
}

// A surname's word: a capital, then lower-case letters, maybe hyphenated ("Plante",
// "Parent-Massin"); or, last, an initial ("Anna B.").
export const SURNAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;
const INITIAL = /^\p{Lu}\.$/u;
// A definite article, alone or joined to a preposition: Spanish and French set none before a
// person's name, but keep it before a place or body named after one, its head noun left out
// ("en el [estadio] Ernesto Rohrmoser", "au [lycée] Jean Moulin").
const ARTICLE = /^(?:el|la|los|las|del|al|le|les|du|des|au|aux)$/iu;
// French and Spanish nouns of a place's or a body's kind, written in lower case before its name
// ("la plaza Kim Il Sung", "le lycée Jean Moulin", "las agencias Linda Woods"): the name after
// them names the place after someone.
const HEADS: Record<string, Set<string>> = {
  fr: new Set(
    (
      'rue avenue place quai boulevard square allée impasse chemin stade lycée collège école ' +
      'université hôpital clinique musée salle théâtre centre aéroport gare parc pont institut ' +
      'fondation agence prix club'
    ).split(' '),
  ),
  es: new Set(
    (
      'calle avenida plaza paseo estadio colegio escuela liceo universidad hospital clínica museo ' +
      'sala teatro centro aeropuerto estación parque puente instituto fundación agencia premio club'
    ).split(' '),
  ),
};

/** Whether `word` is a French or Spanish noun of a place's or body's kind, or its plural. */
function headBefore(word: string, base: string): boolean {
  const heads = HEADS[base];
  const w = word.toLowerCase();
  return !!heads && (heads.has(w) || (w.endsWith('s') && heads.has(w.slice(0, -1))));
}

// The head of a German street's or square's name, written as one word with what it is named
// after ("Andreas Hoferstraße", "Maria Theresienstraße", "Goetheplatz"): no surname ends so.
const STREET_END_DE = /\p{Ll}(?:straße|strasse|gasse|platz|allee|chaussee|ufer)$/u;

// A preposition of place: the tagger's reading of the name after it as a place has its support
// ("in Nova Scotia", "at Ellis Park", "nach Jefferson City", "en Santa Cruz").
const PLACE_PREPOSITION = /^(?:in|at|im|nach|en)$/u;
/** Longest name, in words, the given-name rule retypes: a given name and one or two surnames. */
const MAX_WORDS = 3;

/**
 * Whether a word after a given name reads as a surname: a name word nothing else knows, neither
 * a place or body of the KB or gazetteer (`known`), nor a German street's name ("Hoferstraße":
 * STREET_END_DE), nor an ordinary word of English, whatever
 * the page's language ("Center", "Mountains", "Park", "Tower": names in any language borrow
 * English ones) or, in English and German, of the page's language ("Verlag"), nor a one-word
 * name the training sets type as a place or body.
 */
function unknownSurname(
  word: string,
  last: boolean,
  lang: string,
  known: (words: readonly string[]) => EntityType | undefined,
): boolean {
  if (last && INITIAL.test(word)) return true;
  if (!SURNAME_WORD.test(word) || known([word]) || STREET_END_DE.test(word)) return false;
  const base = lang.slice(0, 2).toLowerCase();
  // English and German put a place's or a body's head noun last ("Lincoln Center", "Karl Krämer
  // Verlag"), French and Spanish first ("Lycée Jean Jaurès"): after a given name there, a word
  // the language also writes in lower case is a surname ("Valérie Plante", "Nicolas Lebrun").
  const headLast = base === 'en' || base === 'de';
  return word.split('-').every((part) => {
    if (known([part]) || isEnglishWord(part) || commonWordBand(part, 'en')) return false;
    if (headLast && commonWordBand(part, base)) return false;
    if (base === 'de' && isGermanNoun(part)) return false;
    if (base === 'es' && isSpanishWord(part)) return false;
    const t = trainedNameType(foldName(part), base);
    return t !== 'LOC' && t !== 'ORG';
  });
}

const CAPITAL_LETTER = /^\p{Lu}$/u;

/**
 * A name of two or three words the tagger read as a place or a body whose first word is a common
 * given name (isGivenName) and whose other words are surnames nothing else knows (unknownSurname)
 * is a person: "Valérie Plante", "Florence Kasumba", "Dexter Filkins", "Anna B.". Not a name the
 * KB or gazetteer knows as a whole ("Eli Lilly", "Solomon Islands"), nor one with an ordinary
 * word ("Lincoln Center", "Christopher Street", "Karl Krämer Verlag"). Runs before
 * alignDocumentTypes, which then types the surname alone alike. Not after a preposition of place
 * (PLACE_PREPOSITION), nor, in French and Spanish, after a definite article (ARTICLE) or a noun of
 * a place's kind (HEADS). Changes `spans` in place; the tagger's type scores stay its
 * evidence.
 */
export function givenNamePersons(
  sentences: readonly (readonly string[])[],
  spans: readonly TokenSpan[][],
  lang: string,
  known: (words: readonly string[]) => EntityType | undefined,
): void {
  const base = lang.slice(0, 2).toLowerCase();
  const romance = base === 'es' || base === 'fr';
  spans.forEach((list, k) => {
    const words = sentences[k] as readonly string[];
    for (const s of list) {
      if (s.type !== 'LOC' && s.type !== 'ORG') continue;
      const name = words.slice(s.start, s.end);
      // An initial's full stop is a token of its own: "Anna B." is read as "Anna" and "B.".
      const initial = name.length >= 3 && name.at(-1) === '.' && CAPITAL_LETTER.test(name.at(-2)!);
      const parts = initial ? [...name.slice(0, -2), `${name.at(-2)}.`] : name;
      const n = parts.length;
      if (n < 2 || n > MAX_WORDS || !isGivenName(parts[0] as string) || known(name)) continue;
      const before = words[s.start - 1] ?? '';
      if (PLACE_PREPOSITION.test(before)) continue;
      if (romance && (ARTICLE.test(before) || headBefore(before, base))) continue;
      if (!parts.slice(1).every((w, i) => unknownSurname(w, i === n - 2, lang, known))) continue;
      s.type = 'PER';
    }
  });
}

/**
 * German evidence for the entity confidence (confidence.ts, features de_*): forms of clubs and
 * landmarks that the tagger reads as persons or places, and the sports report where a town is
 * mostly its club. Each is weighed by the fitted model, none vetoes.
 */
import { lookupName } from '../kb/lookup';
import { commonWordBand, isEnglishWord, isGermanNoun, trainedNameType } from './common-words';
import { foldName } from './fold-name';
import { getGazetteer } from './gazetteer';
import { normalizeKey } from './gazetteer-key';
import { isGivenName } from './given-names';
import { textWords } from './text-words';

const TITLE_CASE_3 = /^\p{Lu}\p{Ll}{2,}$/u;

/** A word the KB, the gazetteer or a training text of German or English reads as a place. */
function placeWord(word: string): boolean {
  if (!TITLE_CASE_3.test(word)) return false;
  const f = foldName(word);
  return (
    getGazetteer().get(normalizeKey(word)) === 'LOC' ||
    lookupName(word)?.type === 'LOC' ||
    trainedNameType(f, 'de') === 'LOC' ||
    trainedNameType(f, 'en') === 'LOC'
  );
}

/**
 * A name of two words or more whose first word is no place, with a place's name after it
 * ("Benfica Lissabon", "Dinamo Tiflis", "Betis Sevilla"): read as a person, mostly a club named by
 * its town. A first word that is a place is mostly a given name ("Stanley Kubrick", "Alexandria
 * Ocasio-Cortez", "Maurice Chevalier"); surnames that are towns ("Jack London") remain: evidence,
 * no veto.
 */
export function placeWordInName(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length >= 2 && !placeWord(words[0] as string) && words.slice(1).some(placeWord);
}

// Head words of landmarks, waters and roads, English and German, folded: those that open a name
// ("Mount Rainier", "Komitat Vas", "Fürstentum Moldau") and those that close one ("Reindeer
// Lake", "Melrose Abbey", "Gore Highway"). Not words that are also common given names or
// surnames ("Hill", "Bay", "Forest", "Sound").
const LANDMARK_FIRST = new Set(
  (
    'mount lake fort lough loch komitat furstentum herzogtum grafschaft kloster burg schloss ' +
    'friedhof fliegerhorst nationalfriedhof nationalpark naturpark landkreis bezirk kanton ' +
    'provinz municipio'
  ).split(' '),
);
const LANDMARK_LAST = new Set(
  (
    'lake mountains channel abbey castle peak cemetery highway arena river island islands ' +
    'bridge tower cathedral square airport valley canyon creek falls glacier harbour harbor ' +
    'reef strait barrier hollow way rim gorge motorway freeway parkway palace stadium dam mons'
  ).split(' '),
);

const INITIAL_CAPITAL = /^\p{Lu}/u;

/**
 * A name of two words or more opened by a landmark's head ("Mount Rainier", "Komitat Vas") or
 * closed by one ("Reindeer Lake", "Powis Castle", "Gore Highway"): read as a person, a place.
 * "Ricki Lake", "Roy Castle" are persons: evidence, no veto.
 */
export function landmarkHeadInName(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2) return false;
  const head = (w: string, set: Set<string>): boolean =>
    INITIAL_CAPITAL.test(w) && set.has(foldName(w));
  return (
    head(words[0] as string, LANDMARK_FIRST) ||
    head(words[words.length - 1] as string, LANDMARK_LAST)
  );
}

// Stems of German sports words, found inside compounds ("Fußballspieler", "Ligapartie",
// "Stammtorwart", "Bundesligist").
const SPORTS_DE =
  /(?:fußball|liga|torhüter|torwart|stürmer|mittelfeld|verteidiger|schiedsrichter|elfmeter|stadion|meisterschaft|spieltag|halbfinale|mannschaft|erstligist|zweitligist|leihbasis|playoff|pokal|torschütze|saison|eishockey|basketball|handball)/giu;
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * German: the text reports sport: three sports words or more (SPORTS_DE, inside compounds too),
 * at least 1 in 150 of its words. A town named there is mostly its club ("bei Leicester City",
 * "zu Werder Bremen").
 */
export function germanSportsText(text: string): boolean {
  const hits = text.match(SPORTS_DE)?.length ?? 0;
  if (hits < 3) return false;
  const words = text.match(WORD)?.length ?? 0;
  return hits * 150 >= words;
}

// A preposition that places something in a town ("in Bremen", "nach Leicester", "aus Ulm").
const IN_PLACE_DE = /(?<![\p{L}\p{M}])(?:in|im|nach|aus)\s+$/iu;

/** German: the mention at `at` follows "in", "im", "nach" or "aus": a place, even in sport. */
export function inPlaceDe(text: string, at: number): boolean {
  return IN_PLACE_DE.test(text.slice(Math.max(0, at - 6), at));
}

// Words of clubs' names, folded, in German sports pages' English, Spanish, Italian, Turkish and
// German clubs ("Leicester City", "Real Oviedo", "Dinamo Tiflis", "Sampdoria Genua", "Werder
// Bremen"), and the ending of Turkish clubs ("Rizespor", "Galatasaray" aside).
const CLUB_WORDS = new Set(
  (
    'city town united rovers wanderers athletic athletico atletico real dinamo dynamo sporting ' +
    'olympique olympiakos racing inter calcio fc sc sv afc cf vfb vfl tsv tsg borussia ' +
    'eintracht fortuna hertha werder spartak lokomotive lokomotiv zenit slavia sparta rapid ' +
    'celtic rangers hotspur albion argyle county juventus lazio sampdoria benfica galatasaray ' +
    'fenerbahce besiktas ajax feyenoord bayer schalke kickers stuttgarter nacional ' +
    'independiente deportivo mavericks lakers celtics bulls knicks nets rockets grizzlies ' +
    'nuggets steelers redskins bruins'
  ).split(' '),
);

const SPOR_CLUB = /\p{Ll}{3}spor$/u;

/**
 * A name of two words or more with a club's word ("Leicester City", "Real Oviedo", "Dinamo
 * Tiflis", "Dallas Mavericks") or a Turkish club's ending ("Çaykur Rizespor"): read as a person or
 * a place, mostly a club. Towns are named so too ("Mexico City", "Kansas City"): evidence only.
 */
export function clubWordInName(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length >= 2 && words.some((w) => CLUB_WORDS.has(foldName(w)) || SPOR_CLUB.test(w));
}

// German determiners that stand before a common noun and not before a name of a place or a
// person: the indefinite article, "kein", the possessives, the demonstratives and the
// quantifiers ("einen Rabatt", "mein Blog", "jeden Ohrring", "diese Wissenschaftler", "viele
// Eier"), in any case ending. Not the definite article ("die Schweiz", "am Main", "der Irak" are
// places), not a bare "ihr" (also "you": "habt ihr Berlin gesehen"). `initial` lets the first
// letter be a capital (a sentence's first word).
const determinersDe = (initial: boolean): string => {
  const c = (w: string): string => (initial ? `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}` : w);
  const bare = ['ein', 'kein', 'mein', 'dein', 'sein', 'unser', 'euer'].map(c).join('|');
  const inflected = [
    'ihr',
    'eur',
    'jed',
    'dies',
    'jen',
    'manch',
    'solch',
    'einig',
    'mehrer',
    'viel',
    'wenig',
    'zahlreich',
    'etlich',
  ]
    .map(c)
    .join('|');
  return `(?:(?:${bare})(?:e|en|em|er|es)?|(?:${inflected})(?:e|en|em|er|es))`;
};
// Right before the name, or (in lower case, so no pronoun opening a sentence: "Dieser hatte
// Eminem") with an inflected adjective between: "einen kostenlosen Pool". Or (de48) an adjective
// in the dative's strong "-em" with no article, which only a common noun follows ("unter
// chronischem Hunger", "von akutem Hunger"); not an adverbial phrase, which any word may follow
// ("vor allem Merkel", "unter anderem", "seit längerem Plex", "bei weitem", "extrem"), nor an
// adverb in "-dem" ("trotzdem", "nachdem").
const ADVERBIAL_EM = 'allem|anderem|längerem|langem|kurzem|weitem|neuem|näherem|extrem';
const DETERMINER_DE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${determinersDe(true)}\\s+|${determinersDe(false)}\\s+\\p{Ll}+(?:e|en|em|er|es)\\s+|(?!(?:${ADVERBIAL_EM})\\s)\\p{Ll}{3,}(?<!d)em\\s+)$`,
  'u',
);

const CAPITALISED_LETTERS = /^\p{Lu}[\p{L}\p{M}]+$/u;
const WORD_CHAR = /[\p{L}\p{M}\d-]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * German: the text writes the one-word name `name`, as a word of its own, right after a
 * determiner that only a common noun takes (DETERMINER_DE), an inflected adjective between or
 * not: "so einen Rabatt", "ich mein Blog", "ihr jeden Ohrring", "über eine Autobank", "einen
 * kostenlosen Pool". A place or a person is named without one ("in Hamburg", "Frau Merkel"); "ein
 * neues Berlin" is a place's KB name, which the caller leaves alone.
 */
export function determinerNounDe(name: string, text: string): boolean {
  if (!CAPITALISED_LETTERS.test(name)) return false;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const next = text[i + name.length] ?? '';
    if (WORD_CHAR.test(next) || LETTER_OR_MARK.test(text[i - 1] ?? '')) continue;
    if (DETERMINER_DE.test(text.slice(Math.max(0, i - 40), i))) return true;
  }
  return false;
}

const TITLE_CASE_4 = /^\p{Lu}\p{Ll}{3,}$/u;

/**
 * German: the text also writes the one-word place `name` with a noun's plural or case ending
 * ("-en", "-n", "-e") it lacks, or without the one it has: "Pflegeheim" and "Pflegeheimen",
 * "Friede" and "Frieden", "Garnen" and "Garn". A place's name is not declined so. Not "-er"
 * ("Hamburger", the place's adjective) nor "-s" (the genitive of any name).
 */
export function inflectedPairDe(name: string, text: string): boolean {
  if (!TITLE_CASE_4.test(name)) return false;
  const forms = [`${name}en`, `${name}n`, `${name}e`];
  if (name.endsWith('en')) forms.push(name.slice(0, -2), name.slice(0, -1));
  else if (name.endsWith('n') || name.endsWith('e')) forms.push(name.slice(0, -1));
  // Each form a word of the text, no hyphen joining it (textWords).
  return forms.some((f) => f.length >= 4 && textWords(text).unhyphenated.has(f));
}

// A long German compound noun, all in lower case after its capital: role nouns run into a name
// ("Gründungsintendant", "Medienwissenschaftler", "Seenotrettungskreuzer"). Given names of
// eleven letters or more are rare, and a full name's first word is its given name.
const LONG_NOUN_DE = /^\p{Lu}\p{Ll}{10,}$/u;
// Endings of German nouns that name no person, or a woman's role ("Illustration", "Gesundheit",
// "Milliardärin", "Aussteigerin", "Expertin"): no surname ends so. Not English bodies' heads in
// "-tion" ("Bill Gates Foundation"), a name's own last word.
const NOUN_END_DE =
  /^\p{Lu}\p{Ll}{3,}(?:ung|ungen|heit|keit|schaft|ismus|ität|tion|tionen|erin|ärin|istin|entin|antin|orin|eurin)$/u;
const BODY_HEADS_EN = new Set(
  'foundation corporation association federation administration coalition institution organisation organization confederation commission'.split(
    ' ',
  ),
);

const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** A capitalised word that German writes as a listed common noun of five letters or more. */
function listedNounDe(word: string): boolean {
  if (word.length < 5 || !TITLE_CASE_WORD.test(word) || isGivenName(word)) return false;
  const f = foldName(word);
  if (trainedNameType(f, 'de')) return false;
  return isGermanNoun(word) || commonWordBand(f, 'de') === 'mostly';
}

/** A word that opens a German person span as a role run into it: listed, or a long compound. */
function roleBeforeDe(word: string): boolean {
  if (listedNounDe(word)) return true;
  return LONG_NOUN_DE.test(word) && !isGivenName(word) && !trainedNameType(foldName(word), 'de');
}

/** A word that closes a German person span as a noun run into it: a noun's ending (NOUN_END_DE). */
function nounAfterDe(word: string): boolean {
  return (
    NOUN_END_DE.test(word) &&
    !isGivenName(word) &&
    !BODY_HEADS_EN.has(word.toLowerCase()) &&
    !trainedNameType(foldName(word), 'de')
  );
}

const TITLE_CASE_S = /^\p{Lu}\p{Ll}+s$/u;
const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;

/**
 * German: a person span of three words or more with common nouns run into it, as German writes
 * a role before a name and the tagger takes it in ("Gründungsintendant Udo Reiter", "Radprofi
 * Egan Bernal", "Kramers Vereinskollegin Lisa Eder", "Yuans Kollege Hossein Robatjazi"), or a
 * noun after it where a comma or a line break was lost ("Christian Seiler Illustration", "Emily
 * Atkin Milliardärin"): the span cut to the name, at least two words ([start, end) in words), or
 * null when nothing is cut. A leading word is cut when it is a listed German noun (nouns-de.json,
 * or mostly written outside names), or a long compound (LONG_NOUN_DE), with a genitive before it
 * ("Kramers"); a trailing one when it has a noun's ending (NOUN_END_DE): a listed noun closing
 * a span may be a surname ("Christoph Maria Herbst"). Words the
 * training text reads as names or that are given names stay ("Graf", "Maria").
 */
export function nounsAroundPersonDe(
  words: readonly string[],
  start: number,
  end: number,
): [number, number] | null {
  if (end - start < 3) return null;
  let s = start;
  let e = end;
  while (e - s > 2) {
    if (roleBeforeDe(words[s] as string)) s++;
    else if (
      TITLE_CASE_S.test(words[s] as string) &&
      e - s > 3 &&
      roleBeforeDe(words[s + 1] as string)
    ) {
      s += 2;
    } else break;
  }
  if (e - s > 2 && nounAfterDe(words[e - 1] as string)) e--;
  // What is left must read as a name: two name words or more, the first a name word ("v. Chr."
  // of "Jahrhundert v. Chr." is none), no listed noun at its end ("Grimme Preis").
  const nameWord = (w: string): boolean => CAPITAL_THEN_LOWER.test(w);
  if (!nameWord(words[s] as string) || words.slice(s, e).filter(nameWord).length < 2) return null;
  if (listedNounDe(words[e - 1] as string) || nounAfterDe(words[e - 1] as string)) return null;
  return s === start && e === end ? null : [s, e];
}

// What follows the first part of a German compound written once for two ("Hard- und Software",
// "Ein-, Aus- und Umbau", "Nord- oder Südseite"): a hyphen, then a conjunction or a comma; or a
// hyphen and a bracket closed on the compound's last part ("(Forst-)Straßen").
const ELIDED_AFTER_DE = /^-(?:,?\s+(?:und|oder|bzw\.|sowie|&)\s|,\s|\)\p{L})/u;

/**
 * German: the mention from `start` to `end`, one word in Title Case, is the first part of a
 * compound whose rest German elides ("Hard- und Software", "Ein-, Aus- und Umbau"): a word's
 * part, no name. Not an acronym ("WTA- und ATP-Tour": the body's tour).
 */
export function elidedCompoundDe(text: string, start: number, end: number): boolean {
  // An acronym's or a number's part names what it stands for ("WTA- und ATP-Tour").
  if (!/^\p{Lu}\p{Ll}+$/u.test(text.slice(start, end))) return false;
  return ELIDED_AFTER_DE.test(text.slice(end, end + 12));
}

// A German legal citation right before: a paragraph or an article, its number, and its
// subdivisions ("§ 13 Abs. 6", "§ 7 Abs. 3 Satz 1", "Art. 6 Abs. 1 lit. a").
const LAW_CITATION_DE =
  /(?:§§?|Art\.|Artikel)\s*\d+[a-z]?(?:\s*(?:Abs\.|Absatz|Satz|S\.|Nr\.|Ziff\.|lit\.|UAbs\.)\s*\d+[a-z]?)*\s+$/u;

/**
 * German: the mention at `start` follows a legal citation ("gegen § 13 Abs. 6 TMG", "nach § 55
 * Abs. 1 RStV", "§ 7 Abs. 3 Satz 1 BUrlG"): the acronym of the law cited, no body.
 */
export function lawCitedDe(text: string, start: number): boolean {
  return LAW_CITATION_DE.test(text.slice(Math.max(0, start - 40), start));
}

// A person's last word in the German genitive: "-s" after a vowel or a consonant other than "s",
// "x", "z" (nominatives "Thomas", "Jonas", "Markus", "Heinz" end so, as do "-us", "-as", "-os").
const GENITIVE_S_DE = /^\p{Lu}\p{L}*(?:[aeiouyäöüéè]|[^\P{Ll}aeiouyäöüéèsxz])s$/u;
const NOMINATIVE_S_DE = /(?:us|as|os|es|ss)$/u;

/**
 * German: the person's name from `start` to `end` (two words or more) closes with the genitive
 * "-s", and the text also writes the name without it ("Silvio Berlusconis Partei" beside "Silvio
 * Berlusconi", "Xi Jinpings" beside "Xi Jinping"), or, after "-is", its bare last word
 * ("Berlusconis" beside "Berlusconi"): the name is the form without it. Names in "-us", "-as",
 * "-os", "-es" are nominatives ("Thomas", "Jonas").
 */
export function genitivePersonEndDe(text: string, start: number, end: number): boolean {
  const surface = text.slice(start, end);
  const space = surface.lastIndexOf(' ');
  if (space < 0) return false;
  const last = surface.slice(space + 1);
  if (!GENITIVE_S_DE.test(last) || NOMINATIVE_S_DE.test(last)) return false;
  const bare = surface.slice(0, -1);
  return (
    standsAlone(text, bare) ||
    (last.endsWith('is') && last.length >= 6 && standsAlone(text, last.slice(0, -1)))
  );
}

const WORD_PART = /[\p{L}\p{M}-]/u;

/** Whether `text` holds `w` somewhere as a whole word (no letter, mark or hyphen either side). */
function standsAlone(text: string, w: string): boolean {
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    const before = at > 0 ? text[at - 1] : '';
    const after = text[at + w.length] ?? '';
    if (!(before && WORD_PART.test(before)) && !(after && WORD_PART.test(after))) return true;
  }
  return false;
}

// A word that counts or qualifies times before "Male": a numeral, or a lower-case word with an
// adjective's or a quantifier's ending ("unzählige", "mehrere", "beide", "zum letzten"); not a
// preposition of place with such an ending ("über", "unter", "gegen", "hinter", "zwischen").
const TIMES_BEFORE_DE =
  /(?<![\p{L}\p{M}])(?!(?:über|unter|gegen|hinter|zwischen|ohne)\s)(?:\d+\.?|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\p{Ll}+(?:e|en|em|er|es))\s+$/u;

/**
 * German: "Male" at `start` is the plural (or old dative) of "Mal", a time, after a numeral or a
 * quantifier: "unzählige Male", "fünf weitere Male", "mehrere Male", "zum letzten Male". The KB
 * reads it as Malé, the Maldives' capital, which German names after a preposition ("in Malé",
 * "nach Male"), never after such a word.
 */
export function timesNounDe(text: string, start: number, end: number): boolean {
  return (
    text.slice(start, end) === 'Male' &&
    TIMES_BEFORE_DE.test(text.slice(Math.max(0, start - 30), start))
  );
}

// A person's name's parts after a hyphen in lower case: Arabic and Dutch particles and Japanese
// honorifics ("Abd-el-Kader", "Naru-chan").
const LOWER_NAME_PARTS = new Set(
  'al el ul ud ad ed ben bin ibn bint de da di du la le van von zu chan san kun sama'.split(' '),
);

/**
 * An English dictionary word (isEnglishWord, a list that leaves out words that are also names:
 * "snow", "candy"), also in a past participle or a superlative ("Augmented", "Sponsored",
 * "Funniest"), which the dictionary's lookup leaves alone.
 */
function englishFormOf(word: string): boolean {
  if (isEnglishWord(word)) return true;
  const w = word.toLowerCase();
  if (w.endsWith('ed')) return isEnglishWord(w.slice(0, -2)) || isEnglishWord(w.slice(0, -1));
  if (w.endsWith('iest')) return isEnglishWord(`${w.slice(0, -4)}y`);
  if (w.endsWith('est')) return isEnglishWord(w.slice(0, -3)) || isEnglishWord(w.slice(0, -2));
  return false;
}

/**
 * German (de48): why a name the tagger reads as a person and the KB does not know is no one's
 * name: 'english', two words or more, each an English common word (the English running text's
 * lower-case lists or dictionary: "Big Data", "Black Mirror", "Social Selling", "Sponsored
 * Posts") and none a given name, a term or a title that German pages quote in English; 'lower',
 * one word with a part after a hyphen in lower case that is no name's particle
 * ("PETA-approved", "Mastitis-verd"): a word the tagger cut or an English compound adjective.
 * Else undefined.
 */
export function notPersonDe(name: string): 'english' | 'lower' | undefined {
  const words = name.split(/\s+/u);
  if (
    words.length >= 2 &&
    words.every(
      (w) =>
        /^\p{Lu}\p{Ll}+$/u.test(w) &&
        !isGivenName(w) &&
        (commonWordBand(w, 'en') !== undefined || englishFormOf(w)),
    )
  ) {
    return 'english';
  }
  // One word only: a Korean or Thai given name is hyphenated in lower case ("Lee Chang-dong",
  // "Prayut Chan-o-cha"; on de-wikineural-val 12 right persons were so hidden).
  const lower =
    words.length === 1 &&
    name
      .split('-')
      .slice(1)
      .some((part) => /^\p{Ll}/u.test(part) && !LOWER_NAME_PARTS.has(part));
  return lower ? 'lower' : undefined;
}

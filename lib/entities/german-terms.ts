/**
 * German words that are no names though the tagger reads them as places or bodies (de42b): common
 * nouns the page itself writes as nouns, and acronyms of terms the page spells out as terms. Read
 * from the page's own text, so they reach nouns no lexicon lists ("geschmolzenes Salz",
 * "Kräutertee") and acronyms no list holds ("gesetzliche Rentenversicherung (GRV)").
 */
import { lookupName } from '../kb/lookup';
import { dictionaryExceptionDe, trainedNameType } from './common-words';
import { foldName } from './fold-name';
import { getGazetteer } from './gazetteer';
import { normalizeKey } from './gazetteer-key';
import { isGivenName } from './given-names';
import { textWords } from './text-words';

/** Whether German's noun evidence read from the page (this file) hides names. */
export const GERMAN_TERMS = true;

const TITLE_CASE = /^\p{Lu}\p{Ll}{2,}$/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** A name the KB, the gazetteer or a German or English training text reads as a name. */
function namedElsewhere(name: string): boolean {
  const f = foldName(name);
  return (
    getGazetteer().get(normalizeKey(name)) !== undefined ||
    lookupName(name) !== undefined ||
    trainedNameType(f, 'de') !== undefined ||
    trainedNameType(f, 'en') !== undefined ||
    isGivenName(name)
  );
}

// An adjective's stem and an ending only the strong declension has ("-es", "-er", "-em"):
// "geschmolzenes", "ausgedehnter", "flüssiges". Not "-e", weak after an article an extended
// attribute puts far before ("das zu Österreich-Ungarn gehörende Galizien"), nor "-en" (a verb's
// infinitive or plural: "besuchten Berlin") nor "-te", a verb's past as often ("gehörte
// Offenthal zu").
const STRONG_ADJECTIVE_DE =
  /^(?:\p{Ll}{2,}(?:ig|isch|lich|end|bar|sam|haft|los|ell|al|iv|är|ös)(?:es|er|em)|\p{Ll}*ge\p{Ll}{2,}(?:t|en)(?:es|er|em))$/u;
// Words whose inflection makes the adjective after them weak: articles, pronouns, contractions
// ("das wiedervereinte Deutschland", "im idyllischen Offenthal": places take these).
const DETERMINER_DE =
  /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|zum|zur|vom|beim|ins|ans|kein\p{Ll}*|mein\p{Ll}*|dein\p{Ll}*|sein\p{Ll}*|ihr\p{Ll}*|unser\p{Ll}*|euer\p{Ll}*|eur\p{Ll}*|dies\p{Ll}*|jed\p{Ll}*|jen\p{Ll}*|welch\p{Ll}*|manch\p{Ll}*|solch\p{Ll}*|all\p{Ll}*|ganz\p{Ll}*)$/iu;

/**
 * Whether the page writes `name` right after an adjective of strong ending that no determiner
 * opens ("etwa 560.000 Tonnen geschmolzenes Salz", "Eigenschaften ausgedehnter Kernmaterie",
 * "gilt flüssiges Ammoniak"): a noun phrase without article, as
 * German writes mass nouns and plurals; a place's name after an adjective takes an article ("das
 * wiedervereinte Deutschland", "im beschaulichen Seligenstadt").
 */
function strongAdjectiveBefore(name: string, text: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (LETTER_OR_MARK.test(text[i + name.length] ?? '') || text[i + name.length] === '-') continue;
    const before = text.slice(Math.max(0, i - 60), i);
    const m = /(?:^|[^\p{L}\p{M}])([\p{L}\p{M}]+)[ \t]+(\p{Ll}+)[ \t]+$/u.exec(before);
    const adjective = m?.[2] ?? /(?:^|[^\p{L}\p{M}])(\p{Ll}+)[ \t]+$/u.exec(before)?.[1];
    if (adjective === undefined || !STRONG_ADJECTIVE_DE.test(adjective)) continue;
    if (m?.[1] !== undefined && DETERMINER_DE.test(m[1])) continue;
    return true;
  }
  return false;
}

// A compound's part before the name: a capital and two letters or more.
const COMPOUND_HEAD = /^\p{Lu}[\p{L}\p{M}]{2,}$/u;
// A place's prefix that opens a place's name made of another ("Ober|harz", "Nord|italien",
// "Latein|amerika", "Mittel|franken"), folded.
const PLACE_PREFIX_DE =
  /^(?:nord|sud|ost|west|ober|nieder|unter|mittel|gross|klein|alt|neu|inner|zentral|gesamt|hinter|vorder|hoch|latein|schwarz|vor|ur|west)/u;

/**
 * Whether the page writes `name` as the last part of a longer capitalised compound, the part
 * before it no place's prefix ("Schlapphut" for "Hut", "Ordnungsgeldbeschluss" for "Beschluss",
 * "Telefon" for "Fon"): the name is the noun the compound ends in. A place's name ends compounds
 * that are places after a place's prefix ("Oberharz", "Norditalien"), which is left out, and
 * towns German's lexicon lists as exceptions are not read so ("Halle" and "Sporthalle").
 */
function compoundTailInText(name: string, text: string): boolean {
  const tail = name.toLowerCase();
  // The text's capitalised words that end as the name does, none joined by a hyphen (textWords).
  for (const word of textWords(text).capitalByEnd.get(tail.slice(-3)) ?? []) {
    if (!word.endsWith(tail)) continue;
    const head = word.slice(0, word.length - tail.length);
    if (!COMPOUND_HEAD.test(head) || /\p{Lu}/u.test(head.slice(1))) continue;
    if (PLACE_PREFIX_DE.test(foldName(head))) continue;
    return true;
  }
  return false;
}

// Kinds of places a town is named beside ("Offenthal und Umgebung", "Hanau und Landkreis"),
// folded: a place's neighbours, no sign of a common noun.
const PLACE_KIND_NEIGHBOUR_DE =
  /(?:umgebung|umland|region|regionen|kreis|kreise|stadt|stadte|gemeinde|gemeinden|land|lander|ort|orte|ortsteil|ortsteile|stadtteil|stadtteile|vorort|vororte|dorf|dorfer|bezirk|bezirke|kanton|kantone|provinz|provinzen|gebiet|gebiete|nachbarschaft|nachbarorte)$/u;

/**
 * Whether the page joins `name` by "und", "oder" or "sowie", or inside a list of commas, to a
 * common noun of German's lexicon (`lexiconNoun`) that no one names: "Hefeteig und
 * Pflaumenschnaps", "aus Tee und Eierschalen", "Museen, Fitnessstudios, Schwimmbäder",
 * "Textnachrichten, Navigationshilfen oder 3D-Objekte". Words are joined so to their own kind;
 * not a place's kind ("Offenthal und Umgebung"), nor a comma after the name alone ("Rostock,
 * Vorstand" opens an apposition).
 */
function joinedToNoun(name: string, text: string, lexiconNoun: (word: string) => boolean): boolean {
  const noun = (w: string | undefined): boolean =>
    w !== undefined &&
    TITLE_CASE.test(w) &&
    !PLACE_KIND_NEIGHBOUR_DE.test(foldName(w)) &&
    !namedElsewhere(w) &&
    lexiconNoun(w);
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const end = i + name.length;
    if (LETTER_OR_MARK.test(text[end] ?? '') || text[end] === '-') continue;
    if (LETTER_OR_MARK.test(text[i - 1] ?? '') || text[i - 1] === '-') continue;
    const left = /([\p{L}\p{M}]+)(,| und| oder| sowie) $/u.exec(text.slice(Math.max(0, i - 40), i));
    const right = /^(,| und| oder| sowie) ([\p{L}\p{M}]+)/u.exec(text.slice(end, end + 40));
    if (left !== null && left[2] !== ',' && noun(left[1])) return true;
    if (right !== null && right[1] !== ',' && noun(right[2])) return true;
    if (left !== null && right !== null && (noun(left[1]) || noun(right[2]))) return true;
  }
  return false;
}

// A town's ending that German's common nouns also have ("Pflege|heim", "Alters|heim",
// "Ferien|dorf"), and what only a common noun is written right after: an article, a contraction.
const TOWN_NOUN_END = /\p{Ll}(?:heim|dorf)$/u;
const ARTICLE_BEFORE_DE =
  /(?:^|[^\p{L}\p{M}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|zum|zur|vom|beim|ins)\s+$/iu;

/**
 * Whether `name` ends as towns do ("Mann|heim", "Düssel|dorf") and the page writes it right after
 * an article or a contraction ("im Pflegeheim", "Bingo-Turnier im Altersheim"): a town's name
 * takes no article ("in Mannheim"), the common noun does.
 */
function townShapedNoun(name: string, text: string): boolean {
  if (!TOWN_NOUN_END.test(name)) return false;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (LETTER_OR_MARK.test(text[i + name.length] ?? '')) continue;
    if (ARTICLE_BEFORE_DE.test(text.slice(Math.max(0, i - 12), i))) return true;
  }
  return false;
}

/**
 * German (de42b): a one-word place or body the KB, the gazetteer and the training text do not
 * name, which the page writes as a common noun: after an adjective of strong ending without
 * article ("geschmolzenes Salz"; strongAdjectiveBefore), as the last part of a compound
 * ("Kräutertee", "Schlapphut"; compoundTailInText), or joined to a noun of German's lexicon
 * (`lexiconNoun`: "Hefeteig und Pflaumenschnaps"; joinedToNoun), or shaped as a town's name
 * after an article ("im Pflegeheim"; townShapedNoun).
 */
export function germanNounInText(
  name: string,
  text: string,
  lexiconNoun: (word: string) => boolean,
): boolean {
  if (!TITLE_CASE.test(name) || namedElsewhere(name)) return false;
  return (
    strongAdjectiveBefore(name, text) ||
    // Towns whose names end common compounds ("Essen": "Mittagessen", "Halle": "Sporthalle"), as
    // German's lexicon lists them.
    (!dictionaryExceptionDe(foldName(name)) && compoundTailInText(name, text)) ||
    joinedToNoun(name, text, lexiconNoun) ||
    townShapedNoun(name, text)
  );
}

// Lower-case words of an expansion that are no adjective of a term: function words.
const FUNCTION_WORD_DE =
  /^(?:und|oder|sowie|für|fur|von|vom|zur|zum|der|die|das|des|dem|den|in|im|am|an|auf|aus|bei|mit|über|nach|gegen|unter|e|v|and|of|for|the|de|du|la|le)$/u;
// A lower-case adjective of a term's expansion: "öffentlicher Personennahverkehr",
// "gesetzlichen Rentenversicherung", "erneuerbare Energien".
const LOWER_ADJECTIVE_DE = /^\p{Ll}{3,}(?:e|en|er|es|em)$/u;
// Heads of bodies' names, folded, that a compound or word of the expansion ends in
// ("Bundes|amt", "Landes|verband", "Deutsche Renten|versicherung"?  no: a lower-case
// adjective before it makes it the system, "gesetzliche Rentenversicherung").
const BODY_HEAD_DE =
  /(?:amt|amtes|institut|instituts|anstalt|ministerium|ministeriums|behorde|verband|verbandes|verein|vereins|gesellschaft|stiftung|zentrum|zentrums|zentrale|kommission|rat|rates|bund|bundes|buro|stelle|agentur|akademie|universitat|hochschule|gericht|gerichtshof|organisation|komitee|ausschuss|konferenz|kammer|kasse|fonds|bank|dienst|werk|werke|union|partei|netzwerk|forum|gruppe|plattform|initiative|allianz|gemeinschaft|gewerkschaft|konzern|verlag|bahn|polizei|wehr|kirche|schule|klinik|klinikum|club|klub|liga|team|center|centre|office|agency|institute|council|committee|commission|association|organization|foundation|fund|board|authority|service|society|university|college|school|party|union)$/u;

/**
 * Whether the letters of `acronym` are found in order in `words`, its first at the start of the
 * first word, each later one anywhere after the one before (Schwartz and Hearst's matching of a
 * short form to its long form): "ÖPNV" in "öffentlicher Personennahverkehr", "GRV" in
 * "gesetzlichen Rentenversicherung". Every word must give a letter, so that no word the acronym
 * leaves out is read into its expansion.
 */
function spells(acronym: string, words: string[]): boolean {
  const letters = [...acronym.toLowerCase()].filter((c) => /\p{L}/u.test(c));
  const lower = words.map((w) => w.toLowerCase());
  if (letters.length < 2 || lower.length === 0 || lower.length > letters.length) return false;
  // The letters from `li` on, found from `pos` in word `wi` or at the start of a later word.
  const from = (li: number, wi: number, pos: number): boolean => {
    if (li === letters.length) return wi === lower.length - 1;
    const c = letters[li] as string;
    if (lower[wi + 1]?.[0] === c && from(li + 1, wi + 1, 1)) return true;
    const w = lower[wi] as string;
    for (let at = w.indexOf(c, pos); at >= 0; at = w.indexOf(c, at + 1)) {
      if (from(li + 1, wi, at + 1)) return true;
    }
    return false;
  };
  return lower[0]?.[0] === letters[0] && from(1, 0, 1);
}

/**
 * Whether `words` spell a term, no body: every word gives the acronym a letter (spells), the
 * content words open with a lower-case adjective ("öffentlicher Personennahverkehr",
 * "gesetzlichen Rentenversicherung", "artificial general intelligence"), and no capitalised word
 * ends in a body's head ("Bundesamt für Sicherheit", "Deutscher Wetterdienst").
 */
function termExpansion(acronym: string, words: string[]): boolean {
  const content = words.filter((w) => !FUNCTION_WORD_DE.test(w));
  if (content.length < 2 || !spells(acronym, content)) return false;
  if (content.some((w) => /^\p{Lu}/u.test(w) && BODY_HEAD_DE.test(foldName(w)))) return false;
  // A capitalised adjective opens a proper name ("Digitales Wörterbuch der deutschen Sprache").
  return /^\p{Ll}/u.test(content[0] as string) && content.some((w) => LOWER_ADJECTIVE_DE.test(w));
}

const EXPANSION_WORDS = /[\p{L}\p{M}]+/gu;

/**
 * German (de42b): an acronym the page spells out as a term in lower case: "öffentlicher
 * Personennahverkehr (ÖPNV)", "der gesetzlichen Rentenversicherung (GRV)", "ÖPNV (öffentlicher
 * Personennahverkehr)", "erneuerbare Energien, kurz EE". A body's expansion is capitalised
 * ("Sozialdemokratische Partei Deutschlands (SPD)") or closed by a body's head.
 */
export function germanAcronymTerm(acronym: string, text: string): boolean {
  if (!/^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}$/u.test(acronym) || acronym.length > 6) return false;
  const n = [...acronym].filter((c) => /\p{Lu}/u.test(c)).length;
  const esc = acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The words before "(ACR)" or ", kurz ACR", at most twice as many as the acronym's letters.
  const after = new RegExp(
    `(?:\\(\\s*|,?\\s+(?:kurz|abgekürzt)\\s*:?\\s*)${esc}(?![\\p{L}\\p{M}])`,
    'gu',
  );
  for (const m of text.matchAll(after)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 120), m.index);
    const phrase = before.slice(
      Math.max(
        ...['.', '!', '?', ':', ';', '(', ')', '\n', '"', '„', '“', '»', '«'].map((c) =>
          before.lastIndexOf(c),
        ),
      ) + 1,
    );
    const words = phrase.match(EXPANSION_WORDS) ?? [];
    for (let k = Math.min(words.length, 2 * n + 2); k >= 2; k--) {
      if (termExpansion(acronym, words.slice(words.length - k))) return true;
    }
  }
  // "ACR (expansion)".
  const before = new RegExp(`(?<![\\p{L}\\p{M}])${esc}\\s*\\(([^()]{4,90})\\)`, 'gu');
  for (const m of text.matchAll(before)) {
    const words = (m[1] as string).match(EXPANSION_WORDS) ?? [];
    if (termExpansion(acronym, words)) return true;
  }
  return false;
}

// Acronyms German writes for things and services, no body's: public transport ("mit dem
// ÖPNV"), small firms, taxes and benefits, a document's identifier.
const TERM_ACRONYMS_DE = new Set('ÖPNV SPNV ÖPV MIV KMU USt ALG DOI MTB TLD'.split(' '));

// Initialisms of sexual and gender minorities, English or German ("LGBTIQ", "LSBTI"): a group
// of people, no body ("Lesben- und Schwulenverband" is "LSVD").
const MINORITY_INITIALISM = /^(?:LGBT|LSBT)\p{Lu}*$/u;

/**
 * German (de42b): an acronym German uses as a common noun ("mit dem ÖPNV", "kleine KMU") or that
 * names a group of people ("80 LSBTI aus Afghanistan").
 */
export function germanTermAcronymWord(name: string): boolean {
  return TERM_ACRONYMS_DE.has(name) || MINORITY_INITIALISM.test(name);
}

/**
 * German cards' names (de44): the name a card shows, read from how the page writes it. A body
 * the page writes only in a case other than the nominative is shown in the nominative ("der
 * Deutschen Telekom" → "Deutsche Telekom"), and a body's head the tagger cut before its "für"
 * is shown whole ("vom Bundesministerium für Bildung und Forschung" → not "Bundesministerium").
 */
import { kbEntry, lookupName } from '../kb/lookup';
import { foldName } from './fold-name';
import { getGazetteer } from './gazetteer';
import { type GenderDe, genderDe } from './german-gender';
import { normalizeKey } from './gazetteer-key';
import { isGivenName } from './given-names';
import type { Entity } from './merge-mentions';
import { hiddenAsVetoed } from './type-conflicts';

/** Whether German cards' names are read from the page (this file). */
export const GERMAN_CARD_NAMES = true;

// A capitalised adjective with the weak "-en" ending ("Deutschen", "Technischen", "Vereinten",
// "Freien"): its stem by a derived adjective's suffix, a participle's or a plain adjective's
// usual last letters.
const WEAK_ADJECTIVE_DE =
  /^\p{Lu}\p{Ll}*(?:isch|sch|lich|ig|al|ar|är|ell|iv|ös|bar|sam|haft|igt|ert|eint|eit|rei|eu|ot|ün|oß|ross|eiß|arz|oh|ld|lt|nd)en$/u;

// Determiners and contractions after which a body's name takes the weak "-en" outside the
// nominative, the noun itself unchanged: dative and accusative, and the feminine's and the
// plural's genitive ("der Deutschen Telekom", "den Deutschen Fussball-Bund", "an der Technischen
// Universität", "zur Freien Universität", "im Weißen Haus"). Not "des", "eines": a masculine or
// neuter genitive declines the noun too ("des Deutschen Wetterdienstes").
const OBLIQUE_DETERMINER_DE =
  /(?:^|[^\p{L}\p{M}])(?:der|den|dem|die|zur|zum|im|am|vom|beim|einer|einem|ihrer|ihrem|seiner|seinem|unserer|unserem|dieser|diesem)[ \t\u00a0]+$/iu;
const GENITIVE_DETERMINER_DE =
  /(?:^|[^\p{L}\p{M}])(?:des|eines|ihres|seines|dieses)[ \t\u00a0]+$/iu;

const LETTER = /[\p{L}\p{M}]/u;

/**
 * A body's or a place's name that opens with `adjective`s before a capitalised head, with the
 * mentions the page writes as the name (not an acronym the name merged: "den Deutschen
 * Fussball-Bund (DFB)"), or undefined: a person, a name the page never writes whole, an
 * adjective that is a given name or a place ("Bremen"; German's noun lexicon lists the
 * adjectives' nouns, "Technischen", so it cannot tell them), an elided compound's first part
 * ("die Nordischen Industrie- und Stahlwerke"), or a mention whose 12 characters before it
 * `after` does not accept (the determiner that tells the case).
 */
function leadingAdjectives(
  name: string,
  type: Entity['type'],
  text: string,
  mentions: readonly { start: number; end: number }[],
  adjective: RegExp,
  after: (before: string) => boolean,
):
  | { written: { start: number; end: number }[]; words: string[]; n: number; head: string }
  | undefined {
  const written = mentions.filter((m) => text.slice(m.start, m.end) === name);
  if (type === 'PER' || written.length === 0) return undefined;
  const words = name.split(' ');
  let n = 0;
  while (n < words.length - 1 && adjective.test(words[n] as string)) n++;
  if (n === 0) return undefined;
  const head = words[n] as string;
  if (!/^\p{Lu}/u.test(head)) return undefined;
  for (const w of words.slice(0, n)) {
    if (isGivenName(w) || getGazetteer().get(normalizeKey(w)) !== undefined) return undefined;
  }
  if (written.some((m) => text[m.end] === '-')) return undefined;
  if (!written.every((m) => after(text.slice(Math.max(0, m.start - 12), m.start)))) {
    return undefined;
  }
  return { written, words, n, head };
}

/**
 * The nominative of a body's or a place's name the page writes with weak "-en" adjectives first
 * after a determiner ("der Deutschen Telekom" → "Deutsche Telekom", "den Deutschen Fussball-Bund"
 * → "Deutscher Fussball-Bund" where the KB so names it, "der Vereinigten Staaten" → "Vereinigte
 * Staaten"), or undefined. Every mention must follow such a determiner (a name written alone
 * with "-en" is a nominative: "Die Grünen"), none a genitive one. The name is the KB's where it
 * has the "-er", "-es" or "-e" form, else the form without an article the head's gender asks for
 * (german-gender.ts: "im Bayerischen Landtag" → "Bayerischer Landtag", "im Weißen Haus" →
 * "Weißes Haus").
 */
export function germanNominative(
  name: string,
  type: Entity['type'],
  text: string,
  mentions: readonly { start: number; end: number }[],
): string | undefined {
  const declined = leadingAdjectives(
    name,
    type,
    text,
    mentions,
    WEAK_ADJECTIVE_DE,
    (before) => OBLIQUE_DETERMINER_DE.test(before) && !GENITIVE_DETERMINER_DE.test(before),
  );
  if (declined === undefined) return undefined;
  const { written, words, n, head } = declined;
  const withEnding = (ending: string): string => adjectivesEnding(words, n, 2, head, ending);
  const known = kbForm(withEnding, type, ['er', 'es', 'e']);
  if (known !== undefined) return known;
  // A plural's dative adds "-n" to the noun ("den Vereinten Nationen", "den Niedersächsischen
  // Motorenwerken"): its nominative is not read off the page.
  if (
    written.some((m) => /den[ \t\u00a0]+$/iu.test(text.slice(Math.max(0, m.start - 5), m.start)))
  ) {
    if (/n$/u.test(words[words.length - 1] as string)) return undefined;
  }
  return withEnding(STRONG_ENDING[genderDe(head) ?? 'f']);
}

// A capitalised adjective with the weak "-e" ending, the same stems as WEAK_ADJECTIVE_DE's
// ("Deutsche", "Internationale", "Österreichische").
const WEAK_E_ADJECTIVE_DE = new RegExp(WEAK_ADJECTIVE_DE.source.replace(/en\$$/u, 'e$'), 'u');

// The definite article or a demonstrative before a weak "-e" adjective: the nominative (or a
// neuter's accusative), "der Deutsche Bundestag", "das Internationale Olympische Komitee".
const NOMINATIVE_DETERMINER_DE = /(?:^|[^\p{L}\p{M}])(?:der|das|die|dieser|dieses)[ \t\u00a0]+$/iu;

/**
 * The name without an article of a masculine or neuter body the page writes only after "der" or
 * "das", its adjectives with the weak "-e" the article asks for ("der Deutsche Bundestag" →
 * "Deutscher Bundestag", "das Internationale Olympische Komitee" → "Internationales Olympisches
 * Komitee"), or undefined: a card names the body as a heading does, without its article. The
 * KB's form where it has one; a head of unknown gender is left as written (a feminine's or a
 * plural's "-e" is already the form without an article: "Deutsche Telekom").
 */
export function germanStrongForm(
  name: string,
  type: Entity['type'],
  text: string,
  mentions: readonly { start: number; end: number }[],
): string | undefined {
  const declined = leadingAdjectives(name, type, text, mentions, WEAK_E_ADJECTIVE_DE, (before) =>
    NOMINATIVE_DETERMINER_DE.test(before),
  );
  if (declined === undefined) return undefined;
  const { words, n, head } = declined;
  const gender = genderDe(head);
  if (gender !== 'm' && gender !== 'n') return undefined;
  const withEnding = (ending: string): string => adjectivesEnding(words, n, 1, head, ending);
  return kbForm(withEnding, type, ['er', 'es']) ?? withEnding(STRONG_ENDING[gender]);
}

/**
 * The nominative of a masculine or neuter body's name the page writes only in the genitive,
 * after "des" or "eines" ("des Deutschen Instituts für Wirtschaftsforschung" → "Deutsches
 * Institut für Wirtschaftsforschung", "des Weißen Hauses" → "Weißes Haus"), or undefined. The
 * genitive declines the head too: its "-es" or "-s" is dropped where what is left is a
 * masculine or neuter noun (german-gender.ts); the KB's form where it has one.
 */
export function germanGenitiveForm(
  name: string,
  type: Entity['type'],
  text: string,
  mentions: readonly { start: number; end: number }[],
): string | undefined {
  const declined = leadingAdjectives(name, type, text, mentions, WEAK_ADJECTIVE_DE, (before) =>
    GENITIVE_DETERMINER_DE.test(before),
  );
  if (declined === undefined) return undefined;
  const { words, n, head } = declined;
  const nominative = [/es$/u, /s$/u]
    .filter((ending) => ending.test(head))
    .map((ending) => head.replace(ending, ''))
    .find((noun) => {
      const g = genderDe(noun);
      return g === 'm' || g === 'n';
    });
  if (nominative === undefined) return undefined;
  const gender = genderDe(nominative) as 'm' | 'n';
  const withEnding = (ending: string): string => adjectivesEnding(words, n, 2, nominative, ending);
  return kbForm(withEnding, type, ['er', 'es']) ?? withEnding(STRONG_ENDING[gender]);
}

/**
 * The name with its first `n` words' last `cut` letters (an adjective's ending) replaced by
 * `ending`, and its head (the word after them) by `head`.
 */
function adjectivesEnding(
  words: readonly string[],
  n: number,
  cut: number,
  head: string,
  ending: string,
): string {
  return [
    ...words.slice(0, n).map((w) => `${w.slice(0, -cut)}${ending}`),
    head,
    ...words.slice(n + 1),
  ].join(' ');
}

/** The first of the name's forms with `endings` that the KB has, as a name of `type`. */
function kbForm(
  form: (ending: string) => string,
  type: Entity['type'],
  endings: readonly string[],
): string | undefined {
  return endings.map(form).find((f) => lookupName(f)?.type === type);
}

// The adjective's ending in the nominative without an article, by the head's gender ("Bayerischer
// Landtag", "Weißes Haus", "Deutsche Telekom"). A head of unknown gender keeps the "-e" form:
// the feminine's and the plural's, the others' after "der"/"das", so German in any case (a plural
// head is mostly unknown: "Werke", "Nationen").
const STRONG_ENDING: Record<GenderDe, string> = { m: 'er', n: 'es', f: 'e' };

// A body's head, folded, that German's bodies complete with "für" and their field
// ("Bundesministerium für Bildung und Forschung", "Institut für Rechtsmedizin").
const FIELD_BODY_HEAD_DE =
  /(?:ministerium|institut|amt|zentrum|akademie|agentur|behorde|kommission|stiftung|gesellschaft|verband|rat|beauftragte|kammer|ausschuss)$/u;

// "für" and the field: nouns (an adjective may open one) joined by commas and "und"
// ("für Familie, Senioren, Frauen und Jugend", "für wirtschaftliche Zusammenarbeit und
// Entwicklung"); each noun one word, so a person after it is not taken in.
const FIELD_WORD = String.raw`(?:\p{Ll}+(?:e|en|er|es)[ \t\u00a0]+)?\p{Lu}[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*`;
const FIELD_AFTER_DE = new RegExp(
  String.raw`^[ \t\u00a0]+für[ \t\u00a0]+(${FIELD_WORD}(?:(?:,[ \t\u00a0]+|[ \t\u00a0]+und[ \t\u00a0]+)${FIELD_WORD})*)`,
  'u',
);

/**
 * A one-word body's head the page writes only with "für" and a field after it
 * ("Bundesministerium" of "vom Bundesministerium für Bildung und Forschung"): the whole name
 * when every mention has the same field, null when they differ (two bodies the tagger cut to
 * one head, no name of either), undefined when a mention stands alone.
 */
export function germanFieldBody(
  name: string,
  text: string,
  mentions: readonly { start: number; end: number }[],
): string | null | undefined {
  if (mentions.length === 0 || name.includes(' ')) return undefined;
  if (!FIELD_BODY_HEAD_DE.test(foldName(name))) return undefined;
  let field: string | undefined;
  for (const m of mentions) {
    const found = FIELD_AFTER_DE.exec(text.slice(m.end, m.end + 120));
    const f = found?.[1];
    if (found === null || f === undefined) return undefined;
    // The field ends a word ("für Bildung und Forschung finanzierten" ends at "Forschung").
    if (LETTER.test(text[m.end + found[0].length] ?? '')) return undefined;
    if (field !== undefined && field !== f) return null;
    field = f;
  }
  return field === undefined ? undefined : `${name} für ${field}`;
}

// A firm's kind, alone or closing a compound ("Hersteller", "Etiketten-Hersteller",
// "Munitionshersteller", "Autobauer"), after which German writes the firm's name.
const FIRM_KIND_DE =
  /^(?:\p{L}*-?(?:[Hh]ersteller|[Aa]nbieter|[Zz]ulieferer|[Aa]utobauer|[Kk]onzern)(?:n|s|es)?|Firma|Firmen|Unternehmens?)$/u;
const LIST_JOIN_DE = /^(?:und|sowie|oder)$/u;

/**
 * Whether a "person" the page writes right after a firm's kind, or in a list that one opens
 * (items of one to three words), is a firm ("der Etiketten-Hersteller Avery Dennison, Herma,
 * CITIZEN", "die Munitionshersteller Nammo Schönebeck, RWS und Ruag Ammotech", "von der Firma
 * Signa Development").
 */
export function germanFirmAfterKind(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 160), start);
  if (!/[ \t\u00a0]$/u.test(before)) return false;
  const words = before.trim().split(/[ \t\u00a0]+/u);
  let i = words.length - 1;
  if (FIRM_KIND_DE.test(words[i] ?? '')) return true;
  for (let items = 0; items < 6; items++) {
    // A separator: a comma closing the word, or "und" / "sowie" / "oder".
    let w = words[i] ?? '';
    if (LIST_JOIN_DE.test(w)) {
      i--;
      w = words[i] ?? '';
      if (w.endsWith(',')) return false;
    } else if (!w.endsWith(',')) return false;
    words[i] = w.replace(/,$/u, '');
    // The item: one to three words back to the firm's kind or to the next separator.
    let k = 0;
    while (k < 3 && i - k >= 0) {
      const word = words[i - k] as string;
      if (k > 0 && (word.endsWith(',') || LIST_JOIN_DE.test(word))) break;
      k++;
      if (FIRM_KIND_DE.test(words[i - k] ?? '')) return true;
    }
    i -= k;
    if (i < 0) return false;
  }
  return false;
}

// A road's kind that German names roads by with their number ("Bundesstraße 224", "Autobahn 7").
const NUMBERED_ROAD_DE =
  /^(?:(?:Bundes|Landes|Kreis|Staats|Europa|Gemeinde)stra(?:ß|ss)e|(?:Bundes)?[Aa]utobahn)$/u;
const ROAD_NUMBER_AFTER = /^[ \t\u00a0]+([A-Z]?\d{1,4})(?![\p{L}\p{N}])/u;

/**
 * A road's kind the page writes only with a number after it ("die Bundesstraße 224"): the
 * road's name with its number; null when the numbers differ (two roads, no name of either).
 */
export function germanNumberedRoad(
  name: string,
  text: string,
  mentions: readonly { start: number; end: number }[],
): string | null | undefined {
  if (mentions.length === 0 || !NUMBERED_ROAD_DE.test(name)) return undefined;
  let number: string | undefined;
  for (const m of mentions) {
    const n = ROAD_NUMBER_AFTER.exec(text.slice(m.end, m.end + 12))?.[1];
    if (n === undefined) return undefined;
    if (number !== undefined && number !== n) return null;
    number = n;
  }
  return number === undefined ? undefined : `${name} ${number}`;
}

/**
 * German entities with the names their cards show (see the file's comment): a renamed entity
 * whose new name another shown entity of its type already has is hidden (one card, not two).
 */
export function germanCardNames(entities: Entity[], text: string): Entity[] {
  if (!GERMAN_CARD_NAMES) return entities;
  const renamed = entities.map((e) => {
    const inText = e.mentions.filter((m) => text.slice(m.start, m.end) === m.text);
    if (e.type === 'PER') {
      const firm =
        inText.length > 0 &&
        kbEntry(e.id)?.type !== 'PER' &&
        inText.every((m) => germanFirmAfterKind(text, m.start));
      return firm ? { ...e, type: 'ORG' as const } : e;
    }
    const field =
      e.type === 'ORG'
        ? germanFieldBody(e.name, text, inText)
        : germanNumberedRoad(e.name, text, inText);
    if (field === null) return hiddenAsVetoed(e);
    const name =
      field ??
      germanNominative(e.name, e.type, text, inText) ??
      germanStrongForm(e.name, e.type, text, inText) ??
      germanGenitiveForm(e.name, e.type, text, inText);
    return name === undefined ? e : { ...e, name };
  });
  const shownNames = new Set(
    renamed.filter((e, i) => e.shown && entities[i] === e).map((e) => `${e.type} ${e.name}`),
  );
  return renamed.map((e, i) =>
    e !== entities[i] && e.shown && shownNames.has(`${e.type} ${e.name}`) ? hiddenAsVetoed(e) : e,
  );
}

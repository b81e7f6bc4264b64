import { foldName, nameWords } from './fold-name';
import type { TokenSpan } from './tags';

// French and Spanish nationality adjectives (masculine singular, folded) and the KB id of their
// country ("loc:Q16", Canada). Only the id's difference from a party's country is read: a
// country the KB lacks (Québec, Scotland) still tells another country's party. Closed list:
// the countries whose parties the news names most, not every demonym.
const ADJECTIVES =
  'canadien canadiense:Q16 quebecois quebequense:Q176 norvegien noruego:Q20 britannique ' +
  'anglais britanico ingles:Q145 ecossais escoces:Q22 gallois gales:Q25 irlandais irlandes:Q27 ' +
  'americain estadounidense norteamericano:Q30 japonais japones:Q17 coreen coreano surcoreano:Q884 ' +
  'italien italiano:Q38 francais frances:Q142 espagnol espanol:Q29 allemand aleman:Q183 ' +
  'belge belga wallon valon flamand flamenco:Q31 suisse suizo:Q39 neerlandais neerlandes holandes:Q55 suedois sueco:Q34 ' +
  'danois danes:Q35 finlandais finlandes:Q33 autrichien austriaco:Q40 portugais portugues:Q45 ' +
  'polonais polaco:Q36 hongrois hungaro:Q28 grec griego:Q41 russe ruso:Q159 ' +
  'ukrainien ucraniano:Q212 turc turco:Q43 marocain marroqui:Q1028 algerien argelino:Q262 ' +
  'tunisien tunecino:Q948 senegalais senegales:Q1041 israelien israeli:Q801 ' +
  'australien australiano:Q408 zelandais neozelandes:Q664 indien indio:Q668 chinois chino:Q148 ' +
  'bresilien brasileno:Q155 mexicain mexicano:Q96 argentin argentino:Q414 chilien chileno:Q298 ' +
  'colombien colombiano:Q739 peruvien peruano:Q419 venezuelien venezolano:Q717 cubain cubano:Q241 ' +
  'uruguayen uruguayo:Q77 paraguayen paraguayo:Q733 bolivien boliviano:Q750 ' +
  'equatorien ecuatoriano:Q736 luxembourgeois luxemburgues:Q32 roumain rumano:Q218 ' +
  'tcheque checo:Q213 croate croata:Q224 serbe serbio:Q403 islandais islandes:Q189 ' +
  'libanais libanes:Q822 iranien irani:Q794 taiwanais taiwanes:Q865 ivoirien marfileno:Q1008 ' +
  'camerounais camerunes:Q1009 nigerian nigeriano:Q1033';
// Feminine forms that do not follow the ending rules below.
const IRREGULAR: Record<string, string> = { grecque: 'grec', turque: 'turc' };

// A masculine singular adjective's other genders and numbers, French and Spanish endings:
// canadien(ne)(s), coréen(ne)(s), japonais(e)(s), noruego/a/os/as, japonés/esa/eses/esas, belga(s), israelí(es).
function inflections(m: string): string[] {
  if (/(?:e|a)$/.test(m)) return [m, `${m}s`];
  if (m.endsWith('o')) return [m, `${m.slice(0, -1)}a`, `${m}s`, `${m.slice(0, -1)}as`];
  if (m.endsWith('i')) return [m, `${m}s`, `${m}es`];
  const forms = [m, `${m}s`, `${m}e`, `${m}es`, `${m}a`, `${m}as`];
  return m.endsWith('en') ? [...forms, `${m}ne`, `${m}nes`] : forms;
}

let countries: Map<string, string> | undefined;

/** The country id ("loc:Q20") a French or Spanish nationality adjective names, any form. */
export function adjectiveCountry(word: string): string | undefined {
  if (!countries) {
    countries = new Map();
    for (const group of ADJECTIVES.split(/(?<=:Q\d+) /u)) {
      const [words, q] = group.split(':');
      for (const m of (words as string).split(' ')) {
        for (const form of inflections(m)) countries.set(form, `loc:${q}`);
      }
    }
    for (const [form, m] of Object.entries(IRREGULAR)) {
      const id = countries.get(m);
      if (id) for (const f of [form, `${form}s`]) countries.set(f, id);
    }
  }
  // "sud-coréen", "néo-zélandais": the last part says the country.
  return countries.get(nameWords(foldName(word)).pop() ?? '');
}

const LOWER_WORD_AFTER = /^\s+(\p{Ll}[\p{L}-]*)/u;

/**
 * The country of a nationality adjective right after a name ("le Parti démocrate japonais",
 * "el Partido Laborista noruego"): the text's word after `end`, in lower case, when it is one.
 */
export function adjectiveCountryAfter(text: string, end: number): string | undefined {
  const next = LOWER_WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
  return next ? adjectiveCountry(next) : undefined;
}

const INITIAL_LOWER = /^\p{Ll}/u;

/**
 * A name whose last word is a nationality adjective ("Parti conservateur canadien", "Partido
 * Laborista noruego"): the name without it, as written, and the adjective's country.
 */
export function nationalName(name: string): { base: string; country: string } | null {
  const parts = name.trim().split(/\s+/u);
  const last = parts[parts.length - 1];
  if (parts.length < 3 || !last || !INITIAL_LOWER.test(last)) return null;
  const country = adjectiveCountry(last);
  return country ? { base: parts.slice(0, -1).join(' '), country } : null;
}

const CAPS_2_6 = /^\p{Lu}{2,6}$/u;

/**
 * An acronym then a nationality adjective ("l'EPA américaine", "le SPD allemand", "la FDA
 * estadounidense"): the adjective is the sentence's, not the name's; the span ends before it.
 */
export function cutAdjectiveAfterAcronym(words: readonly string[], s: TokenSpan): TokenSpan {
  if (s.end - s.start !== 2) return s;
  const acronym = words[s.start] as string;
  const adjective = words[s.start + 1] as string;
  if (!CAPS_2_6.test(acronym) || !INITIAL_LOWER.test(adjective)) return s;
  return adjectiveCountry(adjective) ? { ...s, end: s.end - 1 } : s;
}

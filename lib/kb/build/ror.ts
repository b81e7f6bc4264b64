/**
 * Organisations from the Research Organization Registry (ROR, https://ror.org; its records are
 * CC0, its GitHub record repository MIT): research bodies, universities, agencies, funders,
 * publishers and firms, with names by language, acronyms and Wikidata QIDs. Build-time only:
 * `npm run build:kb -- --ror FILE [--ror-top N]` reads a ROR data dump (a JSON array, schema v1
 * or v2) or JSON Lines of records, keeps the N with a QID that have the most child organisations
 * (ROR's own measure of size: CNRS has about a thousand laboratories), and adds them to kb.json
 * as organisations. The data file is not committed; kb.json is. ror-records.ts writes such a
 * file from a clone of ROR's record repository (how kb.json's was made).
 *
 * Guard: a one-word name that running text writes as an ordinary word (common-words.ts), or that
 * the NER training sets read as a person or place, or that the KB already holds, is not added;
 * an acronym two records share goes to the larger only when it is at least three times larger.
 * `npm run build:kb` runs with BACKSTORY_NER_MODEL=permissive, so the word lists it reads are
 * the permissive model's (common-words-permissive.json) and SCOWL's: kb.json, which both builds
 * bundle, owes nothing to the shipped model's training sets.
 */
import { readFileSync } from 'node:fs';
import { commonWordBand, isEnglishWord, trainedNameType } from '../../entities/common-words';
import { foldName, nameWords } from '../../entities/fold-name';
import { KB_LANGS, type KbEntry, type KbLang } from '../kb-entry';
import { acronymOf, foldedName } from '../lookup';

interface RorName {
  value: string;
  lang: string | null;
  kind: 'display' | 'label' | 'alias' | 'acronym';
}

interface RorOrg {
  qid: string;
  names: RorName[];
  children: number;
  country: string;
  kind: string;
}

/** Reads one record of either ROR schema into the fields the KB uses, or null. */
export function readRorRecord(r: Record<string, unknown>): RorOrg | null {
  const status = r.status;
  if (typeof status === 'string' && status !== 'active') return null;
  const ext = r.external_ids;
  let qid: string | undefined;
  if (Array.isArray(ext)) {
    const wd = ext.find((x: { type?: string }) => x.type?.toLowerCase() === 'wikidata') as
      { preferred?: string | null; all?: string[] } | undefined;
    qid = wd?.preferred ?? wd?.all?.[0];
  } else if (ext && typeof ext === 'object') {
    const wd = (ext as Record<string, { preferred?: string | null; all?: string[] | string }>)
      .Wikidata;
    qid = wd?.preferred ?? (Array.isArray(wd?.all) ? wd.all[0] : wd?.all);
  }
  if (!qid || !/^Q\d+$/.test(qid)) return null;
  const names: RorName[] = [];
  if (Array.isArray(r.names)) {
    for (const n of r.names as { value: string; lang: string | null; types: string[] }[]) {
      const t = n.types ?? [];
      const kind = t.includes('ror_display')
        ? 'display'
        : t.includes('acronym')
          ? 'acronym'
          : t.includes('label')
            ? 'label'
            : 'alias';
      names.push({ value: n.value, lang: n.lang, kind });
    }
  } else {
    if (typeof r.name === 'string') names.push({ value: r.name, lang: null, kind: 'display' });
    for (const l of (r.labels ?? []) as { label: string; iso639: string }[]) {
      names.push({ value: l.label, lang: l.iso639, kind: 'label' });
    }
    for (const a of (r.aliases ?? []) as string[]) {
      names.push({ value: a, lang: null, kind: 'alias' });
    }
    for (const a of (r.acronyms ?? []) as string[]) {
      names.push({ value: a, lang: null, kind: 'acronym' });
    }
  }
  const rels = (r.relationships ?? []) as { type: string }[];
  const children = rels.filter((x) => x.type?.toLowerCase() === 'child').length;
  const types = (r.types ?? []) as string[];
  const kind = (
    types.find((t) => t.toLowerCase() !== 'funder') ??
    types[0] ??
    'other'
  ).toLowerCase();
  let country = '';
  const locs = r.locations as { geonames_details?: { country_name?: string } }[] | undefined;
  if (locs?.[0]?.geonames_details?.country_name) country = locs[0].geonames_details.country_name;
  else if ((r.country as { country_name?: string })?.country_name) {
    country = (r.country as { country_name: string }).country_name;
  }
  return { qid, names, children, country, kind };
}

/** Reads a ROR dump: a JSON array, or one record a line. */
export function readRor(path: string): RorOrg[] {
  const text = readFileSync(path, 'utf8');
  const records: Record<string, unknown>[] = text.trimStart().startsWith('[')
    ? (JSON.parse(text) as Record<string, unknown>[])
    : text
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Record<string, unknown>);
  return records.map(readRorRecord).filter((o): o is RorOrg => o !== null);
}

/**
 * The key under which the KB holds a name, for `taken` (rorEntries): "acronym:NASA" for an
 * acronym (lookup.ts acronymOf), else the folded name ("coree du nord").
 */
export function takenKey(name: string): string {
  const acronym = acronymOf(name);
  return acronym ? `acronym:${acronym}` : foldedName(name);
}

const WORD_LANGS = ['en', 'fr', 'es', 'de', 'it', 'pt'];

/**
 * Whether a one-word name must not become an organisation's name: an ordinary word in one of the
 * KB's languages ("Shell", "Target", "Orange", "Apple") or a word the NER training sets read as
 * a person or a place. Names of two words or more, and acronyms, pass.
 */
export function isWordLike(name: string): boolean {
  if (acronymOf(name)) return false;
  const words = nameWords(foldName(name));
  if (words.length !== 1) return false;
  const w = words[0] as string;
  if (w.length < 4) return true;
  if (isEnglishWord(w)) return true;
  return WORD_LANGS.some((l) => {
    if (commonWordBand(w, l)) return true;
    const t = trainedNameType(w, l);
    return t === 'PER' || t === 'LOC';
  });
}

const KIND: Record<string, string> = {
  education: 'university or school',
  government: 'public body',
  company: 'company',
  nonprofit: 'non-profit organisation',
  healthcare: 'hospital or health body',
  facility: 'research facility',
  archive: 'archive or library',
  funder: 'research funder',
};

/** Acronyms of three letters are kept for the first this many organisations only. */
const SHORT_ACRONYM_RANK = 100;

function isOneWord(name: string): boolean {
  return nameWords(foldName(name)).length === 1;
}

/** Whether the NER training sets of some language tag this one-word name as an organisation. */
function trainedAsOrganisation(name: string): boolean {
  const w = foldedName(name);
  return WORD_LANGS.some((l) => trainedNameType(w, l) === 'ORG');
}

// ROR lists up to twenty spellings of a body; articles use its first few.
const MAX_NAMES = 3;

function cleanName(n: string): string {
  // "Siemens (Germany)", "Meta (United States)": ROR's way to tell firms apart, not a name.
  return n.replace(/\s*\([^)]*\)\s*$/u, '').trim();
}

export interface RorResult {
  entries: KbEntry[];
  /** Names left out, with why, for the build log and the tests. */
  dropped: { name: string; why: string }[];
}

/**
 * The top `top` ROR organisations with a QID, by number of child organisations, as KB entries.
 * `taken` holds the folded names and acronyms of the KB's other entries, `ids` their ids: an
 * entry or name the KB already has is left to it.
 */
export function rorEntries(
  orgs: RorOrg[],
  top: number,
  taken: Set<string>,
  ids: Set<string>,
): RorResult {
  const dropped: RorResult['dropped'] = [];
  // Acronyms over the whole registry: the owner is the largest holder, when clearly larger.
  const holders = new Map<string, RorOrg[]>();
  for (const o of orgs) {
    for (const n of o.names) {
      const a = acronymOf(n.value);
      if (a) {
        const list = holders.get(a) ?? [];
        if (!list.includes(o)) list.push(o);
        holders.set(a, list);
      }
    }
  }
  const owner = (a: string, o: RorOrg): boolean => {
    const list = [...(holders.get(a) ?? [])].sort((x, y) => y.children - x.children);
    if (list[0] !== o) return false;
    const second = list[1];
    return !second || o.children >= 3 * Math.max(1, second.children);
  };
  // Full names over the whole registry: "Ministry of Education", "National Research Council"
  // name a body in many countries, and an article means its own country's.
  const nameHolders = new Map<string, Set<string>>();
  for (const o of orgs) {
    for (const n of o.names) {
      // As written: "Samsung (South Korea)" and "Samsung (United States)" are one firm's
      // branches, the larger of which takes "Samsung".
      const f = foldedName(n.value);
      if (!acronymOf(n.value) && f) {
        const set = nameHolders.get(f) ?? new Set<string>();
        set.add(o.qid);
        nameHolders.set(f, set);
      }
    }
  }
  const ranked = orgs
    .filter((o) => !ids.has(`org:${o.qid}`) && o.children > 0)
    .sort((a, b) => b.children - a.children || a.qid.localeCompare(b.qid));
  const seen = new Set<string>();
  const entries: KbEntry[] = [];
  for (const o of ranked) {
    if (entries.length >= top) break;
    if (seen.has(o.qid)) continue;
    const rank = entries.length;
    seen.add(o.qid);
    const names: Partial<Record<KbLang, string[]>> = {};
    const aliases: string[] = [];
    const add = (n: RorName): void => {
      const value = cleanName(n.value);
      if (!value || /\d/.test(value) || value.length < 2) return;
      const a = acronymOf(value);
      if (a) {
        // "UL", "LG", "UT": two letters name too many things.
        if (a.length < 3) return void dropped.push({ name: value, why: 'short acronym' });
        if (taken.has(`acronym:${a}`)) return void dropped.push({ name: value, why: 'KB has it' });
        if (!owner(a, o)) return void dropped.push({ name: value, why: 'shared acronym' });
        // Three letters name many things ("DHA", "PSL"): only the largest bodies keep theirs.
        if (a.length === 3 && rank >= SHORT_ACRONYM_RANK) {
          return void dropped.push({ name: value, why: 'short acronym' });
        }
        aliases.push(value);
        return;
      }
      const f = foldedName(value);
      if ((nameHolders.get(foldedName(n.value))?.size ?? 0) > 1) {
        return void dropped.push({ name: value, why: 'shared name' });
      }
      if (taken.has(f)) return void dropped.push({ name: value, why: 'KB has it' });
      if (isWordLike(value)) return void dropped.push({ name: value, why: 'ordinary word' });
      if (o.kind === 'company' && isOneWord(value) && !trainedAsOrganisation(value)) {
        return void dropped.push({ name: value, why: 'one-word firm name' });
      }
      const lang = n.lang as KbLang | null;
      if (lang && (KB_LANGS as readonly string[]).includes(lang)) {
        const list = (names[lang] ??= []);
        if (list.length < MAX_NAMES) list.push(value);
      } else if (!n.lang && aliases.length < MAX_NAMES) aliases.push(value);
    };
    // The display name first, then labels, then aliases.
    for (const kind of ['display', 'label', 'alias', 'acronym'] as const) {
      for (const n of o.names) if (n.kind === kind) add(n);
    }
    if (!names.en?.length) {
      const display = o.names.find((n) => n.kind === 'display');
      const first =
        display && names[display.lang as KbLang]?.includes(cleanName(display.value))
          ? cleanName(display.value)
          : (Object.values(names).flat()[0] ?? aliases.find((a) => !acronymOf(a)));
      if (!first) continue;
      names.en = [first];
    }
    const all = [...Object.values(names).flat(), ...aliases];
    for (const n of all) taken.add(takenKey(n));
    const what = KIND[o.kind] ?? 'organisation';
    entries.push({
      id: `org:${o.qid}`,
      type: 'ORG',
      names,
      ...(aliases.length ? { aliases: [...new Set(aliases)] } : {}),
      desc: { en: o.country ? `${what} (${o.country})` : what },
    });
  }
  return { entries, dropped };
}

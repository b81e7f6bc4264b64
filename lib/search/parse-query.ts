import { resolveQueryEntity } from '../kb/canonical-id';
import { foldText } from './fold';
import { tokenize } from './tokenize';

/** A word the documents must contain; `prefix` when it may still be being typed. */
export interface QueryWord {
  word: string;
  prefix: boolean;
}

/** An entity filter: "per", "loc" or "org", and the folded name words or id asked for. */
export interface EntityFilter {
  type: string;
  id: string;
  words: string[];
}

/** A search query, parsed. Dates are epoch ms: a document's date must be < before, >= after. */
export interface ParsedQuery {
  words: QueryWord[];
  /** Quoted phrases as folded words, in order. */
  phrases: string[][];
  entities: EntityFilter[];
  /** Any of these sites (host or suffix); any of these languages. */
  sites: string[];
  langs: string[];
  before?: number;
  after?: number;
  saved?: boolean;
}

const PART_RE = /([\p{L}]+):(?:"([^"]*)"?|([^\s"]*))|"([^"]*)"?|(\S+)/gu;
const ENTITY_KEYS: Record<string, string> = { person: 'per', place: 'loc', org: 'org' };
const OTHER_KEYS = ['site', 'lang', 'before', 'after', 'saved'];
/**
 * The keys as the French interface writes them (« personne:Poutine »): the same filters.
 * Compared accent-folded, so « apres: » and « enregistre: » count too.
 */
const FRENCH_KEYS: Record<string, string> = {
  personne: 'person',
  lieu: 'place',
  organisation: 'org',
  langue: 'lang',
  avant: 'before',
  apres: 'after',
  enregistre: 'saved',
};
const DATE_RE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/**
 * Typographic quotes as the query language's '"': « phrase » (as the French interface writes
 * it, spaces inside included) and “phrase” (what keyboards substitute) quote phrases too.
 */
function straightQuotes(query: string): string {
  return query.replace(/[«“„][\s\u00a0\u202f]*/g, '"').replace(/[\s\u00a0\u202f]*[»”]/g, '"');
}

/**
 * Parses the query language: plain words (all must match), "quoted phrases", person:, place:,
 * org:, site:, lang:, before:, after: (YYYY, YYYY-MM, YYYY-MM-DD; before: means before that
 * period starts, after: after it ends), saved:yes|no, each also by its French name (personne:,
 * lieu:, organisation:, langue:, avant:, après:, enregistré:). A value may be quoted
 * (person:"Kim Jong Un"). An unknown key, or a value that does not parse, is read as plain words.
 */
export function parseQuery(query: string): ParsedQuery {
  const q: ParsedQuery = { words: [], phrases: [], entities: [], sites: [], langs: [] };
  let lastPlain = -1;
  for (const m of straightQuotes(query).matchAll(PART_RE)) {
    const [whole, key, quoted, bare, phrase, plain] = m;
    if (key !== undefined) {
      const value = (quoted ?? bare ?? '').trim();
      if (applyFilter(q, keyOf(key), value)) continue;
      lastPlain = addWords(q, whole);
    } else if (phrase !== undefined) {
      const words = tokenize(phrase).map((t) => t.word);
      if (words.length) q.phrases.push(words);
      lastPlain = -1;
    } else if (plain !== undefined) {
      lastPlain = addWords(q, plain);
    }
  }
  // Results as you type: the last word may be unfinished unless a space follows it.
  if (lastPlain >= 0 && lastPlain === q.words.length - 1 && !/\s$/.test(query)) {
    q.words[lastPlain]!.prefix = true;
  }
  return q;
}

/** A filter's key in English, whichever interface language it is typed in. */
function keyOf(key: string): string {
  const k = key.toLowerCase();
  const folded = k.normalize('NFD').replace(/\p{M}/gu, '');
  return Object.hasOwn(FRENCH_KEYS, folded) ? FRENCH_KEYS[folded]! : k;
}

function addWords(q: ParsedQuery, text: string): number {
  for (const t of tokenize(text)) q.words.push({ word: t.word, prefix: false });
  return q.words.length - 1;
}

/** Applies a known filter; false when the key is unknown or the value unusable. */
function applyFilter(q: ParsedQuery, key: string, value: string): boolean {
  // A key typed without its value yet is ignored rather than searched for.
  if (!value) return Object.hasOwn(ENTITY_KEYS, key) || OTHER_KEYS.includes(key);
  const type = Object.hasOwn(ENTITY_KEYS, key) ? ENTITY_KEYS[key] : undefined;
  if (type) {
    // The same canonical id the article's entity got, whatever language the name is typed in.
    const id = foldText(resolveQueryEntity(type, value));
    q.entities.push({ type, id, words: tokenize(value).map((t) => t.word) });
    return true;
  }
  switch (key) {
    case 'site':
      q.sites.push(
        value
          .toLowerCase()
          .replace(/^[a-z]+:\/\//, '')
          .replace(/[/:].*$/, '')
          .replace(/^\.+|\.+$/g, ''),
      );
      return true;
    case 'lang':
      q.langs.push(value.toLowerCase().split(/[-_]/)[0]!);
      return true;
    case 'before':
    case 'after': {
      const range = parseDateRange(value);
      if (!range) return false;
      if (key === 'before') q.before = Math.min(q.before ?? Infinity, range[0]);
      else q.after = Math.max(q.after ?? -Infinity, range[1]);
      return true;
    }
    case 'saved': {
      const v = value.toLowerCase();
      if (['yes', 'y', 'true', '1', 'oui'].includes(v)) q.saved = true;
      else if (['no', 'n', 'false', '0', 'non'].includes(v)) q.saved = false;
      else return false;
      return true;
    }
  }
  return false;
}

/** The UTC period a YYYY, YYYY-MM or YYYY-MM-DD names, as [start, end) in epoch ms. */
export function parseDateRange(value: string): [number, number] | null {
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  const mo = Number(m[2]) - 1;
  if (mo < 0 || mo > 11) return null;
  if (m[3] === undefined) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1)];
  const d = Number(m[3]);
  const start = Date.UTC(y, mo, d);
  if (d < 1 || new Date(start).getUTCMonth() !== mo) return null;
  return [start, start + 86_400_000];
}

import type { StoredArticle } from '../db/schema';
import { foldText } from './fold';
import type { EntityFilter } from './parse-query';
import { entityNames } from '../kb/lookup';
import { stemWord } from './stem';
import { tokenize, words } from './tokenize';

/** An entity found in an article, as lib/entities names it. */
export interface IndexedEntity {
  id: string;
  type: string;
  name: string;
}

/** What a document contributes to the index: term frequencies and its length in words. */
export interface DocumentTerms {
  tf: Map<string, number>;
  len: number;
}

const ENTITY_PREFIX: Record<string, string> = { PER: 'per', LOC: 'loc', ORG: 'org' };

/** The filter-term prefix of an entity type ("PER" → "per"; anything unknown is "misc"). */
export function entityPrefix(type: string): string {
  const t = type.toUpperCase();
  return Object.hasOwn(ENTITY_PREFIX, t) ? ENTITY_PREFIX[t]! : 'misc';
}

/** Host names a URL's site filter answers to: the host and each suffix ("a.b.fr", "b.fr", "fr"). */
export function siteSuffixes(url: string): string[] {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return [];
  }
  const parts = host.split('.').filter(Boolean);
  return parts.map((_, i) => parts.slice(i).join('.'));
}

/**
 * The terms of an article: words of its title and text (stemmed in its language), plus filter
 * terms that take no part in ranking: "lang:fr", "site:<host suffix>", and per entity
 * "<per|loc|org|misc>:<word of its name or id>" and "<prefix>:=<folded id>".
 */
export function documentTerms(
  article: StoredArticle,
  entities: IndexedEntity[] = [],
): DocumentTerms {
  const lang = article.lang ? article.lang.toLowerCase() : null;
  const all = words(`${article.title ?? ''}\n\n${article.text}`);
  // Each word stemmed once (a text repeats its words), counted in the order words first come,
  // which is the order their stems first come.
  const counts = new Map<string, number>();
  for (const word of all) counts.set(word, (counts.get(word) ?? 0) + 1);
  const tf = new Map<string, number>();
  for (const [word, n] of counts) {
    const t = stemWord(word, lang);
    tf.set(t, (tf.get(t) ?? 0) + n);
  }
  const filters: string[] = [];
  if (lang) filters.push(`lang:${lang}`);
  for (const host of siteSuffixes(article.key)) filters.push(`site:${host}`);
  for (const e of entities) filters.push(...entityTerms(e));
  for (const f of filters) tf.set(f, 1);
  return { tf, len: all.length };
}

/**
 * An entity's filter terms: its id ("per:=per:q7747") and every word of its names ("per:putin").
 */
export function entityTerms(e: IndexedEntity): string[] {
  const prefix = entityPrefix(e.type);
  // Control characters would break the "\n"-separated term lists.
  const out = [`${prefix}:=${foldText(e.id).replace(/\p{Cc}/gu, ' ')}`];
  // The id is a name too (a transliteration key), and the knowledge base knows the entity's
  // names in other languages: "person:Putin" finds the French article's "Vladimir Poutine".
  const names = [e.name, e.id, ...entityNames(e.id)].join(' ');
  for (const w of tokenize(names)) out.push(`${prefix}:${w.word}`);
  return out;
}

/**
 * Whether an entity is one that an entity filter ("person:Putin", parse-query.ts) asks for, as
 * the index answers it: its id, or every word of the filter among its names.
 */
export function entityMatchesFilter(e: IndexedEntity, f: EntityFilter): boolean {
  if (entityPrefix(e.type) !== f.type) return false;
  const terms = new Set(entityTerms(e));
  const asked = filterTerms(f);
  return terms.has(asked.id) || (asked.words.length > 0 && asked.words.every((w) => terms.has(w)));
}

/**
 * The index terms an entity filter looks up (entityTerms wrote them): its id's ("per:=per:q7747"),
 * and one per word of the name asked for ("per:putin").
 */
export function filterTerms(f: EntityFilter): { id: string; words: string[] } {
  return { id: `${f.type}:=${f.id}`, words: f.words.map((w) => `${f.type}:${w}`) };
}

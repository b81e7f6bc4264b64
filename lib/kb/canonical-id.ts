import { nameWords, foldName } from '../entities/fold-name';
import type { EntityType } from '../entities/tags';
import type { KbEntry } from './kb-entry';
import { allNames, lookupWords } from './lookup';
import { keyOfWords, nameKey, nameKeyWords } from './name-key';

const QUERY_TYPES: Record<string, EntityType> = {
  per: 'PER',
  person: 'PER',
  loc: 'LOC',
  place: 'LOC',
  org: 'ORG',
};

/** The id of an entity the KB does not know: "per:sergei-lavrov" for any spelling of the name. */
export function deterministicEntityId(type: string, name: string): string {
  return `${type.toLowerCase()}:${nameKey(name)}`;
}

const namesOf = new WeakMap<KbEntry, Set<string>[]>();

// "Poutine" finds Putin, but "Alexandre Poutine" must not become him through his surname: the
// full name must sit inside one of the entry's names. Words gathered from several of its names
// are no evidence ("Kim Il Sung" is not Kim Jong Un because his names, together, have a Kim,
// an Il and a Sung somewhere).
function fitsPerson(entry: KbEntry, fullName: string): boolean {
  let names = namesOf.get(entry);
  if (!names) {
    names = allNames(entry).map((n) => new Set(nameKeyWords(n)));
    namesOf.set(entry, names);
  }
  const words = nameKeyWords(fullName);
  return names.some((known) => words.every((w) => known.has(w)));
}

/**
 * One id per real-world entity, whatever the article's language: "<type>:<QID>" ("per:Q7747")
 * when the KB knows one of the names (longest first), else a transliteration-neutral key of
 * the longest name ("per:yuri-ushakov" for Yuri Ouchakov, Juri Uschakow and Yuri Ushakov).
 */
export function canonicalEntityId(
  type: EntityType,
  names: readonly string[],
  lang?: string,
): string {
  return canonicalEntity(type, names, lang).id;
}

/**
 * The canonical id with the type it implies: the KB's type on a hit (a "Kremlin" tagged as a
 * place is the organisation), else the given one.
 */
export function canonicalEntity(
  type: EntityType,
  names: readonly string[],
  lang?: string,
): { id: string; type: EntityType; entry?: KbEntry } {
  const sorted = [...new Set(names)]
    .map((name, order) => ({ name, order, words: nameWords(foldName(name)) }))
    .sort(
      (a, b) =>
        b.words.length - a.words.length || b.name.length - a.name.length || a.order - b.order,
    );
  const longest = sorted[0];
  if (!longest) return { id: `${type.toLowerCase()}:x`, type };
  for (const n of sorted) {
    const hit = lookupWords(n.name, n.words, type, lang);
    if (!hit) continue;
    if (type === 'PER' && n !== longest && !fitsPerson(hit, longest.name)) continue;
    return { id: hit.id, type: hit.type, entry: hit };
  }
  return { id: `${type.toLowerCase()}:${keyOfWords(longest.words)}`, type };
}

/** The id for an entity a reader typed ("person:Putin" → "per:Q7747"): the same canonicalisation. */
export function resolveQueryEntity(type: string, name: string): string {
  const t = QUERY_TYPES[type.toLowerCase()] ?? (type.toUpperCase() as EntityType);
  return canonicalEntityId(t, [name.trim()]);
}

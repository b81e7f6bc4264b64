import type { EntityType } from '../entities/tags';
import { description, displayName, kbEntry, lookupName, withoutQualifier } from './lookup';

/**
 * What the bundled KB says about an entity, in the reader's language (English as fallback):
 * its name as the interface shows it (withoutQualifier), one line, its Wikidata QID. By id first, else by name. Fits OfflineLookup
 * (lib/background/entity-background.ts).
 */
export function lookupOfflineFacts(
  entity: { id: string; type: EntityType; name: string },
  lang: string,
): { name?: string; description?: string; qid?: string } | undefined {
  const entry = kbEntry(entity.id) ?? lookupName(entity.name, entity.type, lang);
  if (!entry) return undefined;
  const qid = /:(Q\d+)$/.exec(entry.id)?.[1];
  const line = description(entry, lang);
  return {
    name: withoutQualifier(displayName(entry, lang)),
    ...(line ? { description: line } : {}),
    ...(qid ? { qid } : {}),
  };
}

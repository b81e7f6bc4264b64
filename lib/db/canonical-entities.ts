import { canonicalEntity } from '../kb/canonical-id';
import type { StoredArticle, StoredEntity } from './schema';

/**
 * Gives a stored article's entities their canonical ids (lib/kb) from their type and name, and
 * merges entities that now share an id: mentions joined, the higher salience and its name kept.
 * Rows without entities are left as they are. Returns whether anything changed.
 */
export function canonicalizeStoredEntities(a: StoredArticle): boolean {
  if (!a.entities) return false;
  const byId = new Map<string, StoredEntity>();
  for (const e of a.entities) {
    const { id, type } = canonicalEntity(e.type, [e.name], a.lang ?? undefined);
    const same = byId.get(id);
    if (!same) {
      byId.set(id, { ...e, id, type });
      continue;
    }
    const seen = new Set(same.mentions.map((m) => `${m.start}:${m.end}`));
    const mentions = [
      ...same.mentions,
      ...e.mentions.filter((m) => !seen.has(`${m.start}:${m.end}`)),
    ];
    const top = e.salience > same.salience ? e : same;
    byId.set(id, {
      ...same,
      name: top.name,
      salience: top.salience,
      mentions: mentions.sort((x, y) => x.start - y.start),
    });
  }
  const entities = [...byId.values()].sort((x, y) => y.salience - x.salience);
  const entityIds = entities.map((e) => e.id);
  const changed =
    JSON.stringify(entities) !== JSON.stringify(a.entities) ||
    JSON.stringify(entityIds) !== JSON.stringify(a.entityIds);
  a.entities = entities;
  a.entityIds = entityIds;
  return changed;
}

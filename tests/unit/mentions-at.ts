import type { Mention } from '@/lib/entities/find-mentions';
import type { EntityType } from '@/lib/entities/tags';

/** Mentions of `names` at their occurrences in `text`, each searched after the one before. */
export function mentionsAt(text: string, names: [string, EntityType][]): Mention[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`${name} not in text`);
    from = start + name.length;
    return { start, end: from, text: name, type, lead: false };
  });
}

import { stemWord } from '../search/stem';
import { NAME_WORD } from './article-features';
import type { Weighted } from './rows';

const kept = new WeakMap<Weighted[], { lang: string; terms: Weighted[] }>();

/**
 * The name words of an entity vector (its NAME_WORD features, "~titanfall") as terms of `lang`
 * ("en:titanfal"), with their weights (summed when two words stem alike): the names of a side,
 * to be met by the other side's plain words. A headline's recogniser misses names a story's
 * other headlines gave it (Title Case: "Titanfall had a rocky start" has no entity, its story
 * has Titanfall), and then the name is only a shared word, weighed as any word. Kept with the
 * vector (rows are not changed in place; an article's vector is compared with each candidate).
 */
export function nameTerms(entities: Weighted[], lang: string): Weighted[] {
  const known = kept.get(entities);
  if (known?.lang === lang) return known.terms;
  const sum = new Map<string, number>();
  for (const [id, w] of entities) {
    if (!id.startsWith(NAME_WORD)) continue;
    const t = `${lang}:${stemWord(id.slice(NAME_WORD.length), lang)}`;
    sum.set(t, (sum.get(t) ?? 0) + w);
  }
  const terms = [...sum];
  kept.set(entities, { lang, terms });
  return terms;
}

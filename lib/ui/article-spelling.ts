import type { EntitySummary } from '../messaging/protocol';
import { words } from '../search/tokenize';

/**
 * The article's own spelling of a person the panel names another way (the knowledge base's name
 * in the reader's language), when a reader could doubt they are one person: "Andrei Belousov" in
 * the article, "Andreï Belooussov" on the card. Nothing when they differ only by case, accents or
 * hyphens ("Kim Jong Un", "Kim Jong-un"), or when the article's words are all in the name shown
 * ("Poutine" for "Vladimir Poutine"); nothing for places and organisations, whose names are
 * translated words the reader knows ("Russie", "Russia").
 */
export function articleSpelling(
  shown: string,
  article: Pick<EntitySummary, 'type' | 'name'>,
): string | undefined {
  if (article.type !== 'PER' || shown === article.name) return undefined;
  const have = new Set(words(shown));
  return words(article.name).every((w) => have.has(w)) ? undefined : article.name;
}

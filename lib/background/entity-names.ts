import { lookupOfflineFacts } from '../kb/offline-facts';
import type { ArticleSummary, TabView } from '../messaging/protocol';

/** The primary language subtag, lower case ("fr-FR" → "fr"). */
function primary(lang: string | null | undefined): string {
  return (lang ?? '').split('-')[0]!.toLowerCase();
}

/**
 * An article in another language than the reader's gets its entities' names in the reader's
 * language where the knowledge base knows them ("Vladimir Poutine" → "Vladimir Putin" for an
 * English reader). An article in the reader's language keeps its own names.
 */
export function withReaderNames(article: ArticleSummary, uiLang: string): ArticleSummary {
  const reader = primary(uiLang);
  if (!reader || primary(article.lang) === reader) return article;
  return {
    ...article,
    entities: article.entities.map((e) => {
      const name = lookupOfflineFacts(e, reader)?.name;
      return name && name !== e.name ? { ...e, displayName: name } : e;
    }),
  };
}

/** The same for a tab's view. */
export function viewWithReaderNames(view: TabView, uiLang: string | undefined): TabView {
  if (view.kind !== 'article' || !uiLang) return view;
  return { ...view, article: withReaderNames(view.article, uiLang) };
}

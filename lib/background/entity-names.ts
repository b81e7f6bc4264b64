import { lookupOfflineFacts } from '../kb/offline-facts';
import type { ArticleSummary, EntitySummary, TabView } from '../messaging/protocol';

/** The primary language subtag, lower case ("fr-FR" → "fr"). */
function primary(lang: string | null | undefined): string {
  return (lang ?? '').split('-')[0]!.toLowerCase();
}

/**
 * The one name the interface shows an entity by, on its chip, its card and its hover card: the
 * knowledge base's name in the reader's language (`kbName`) for an article in another language,
 * else the article's own spelling, which the reader sees in the text ("Kim Jong Un" on chip and
 * card alike, not "Kim Jong-un" on one of them).
 */
export function readerName(
  articleName: string,
  articleLang: string | null | undefined,
  uiLang: string,
  kbName: string | undefined,
): string {
  const reader = primary(uiLang);
  if (!reader || primary(articleLang) === reader || !kbName) return articleName;
  return kbName;
}

/**
 * The language to mark an entity's shown name with: the article's, when a place or an
 * organisation is shown as the article writes it, in another language than the reader's,
 * because the knowledge base has no name for it (`kbName`): "Hôtel de Ville (French)" for an
 * English reader, never "Hôtel de Ville" as if it were English. A person's name is a name in
 * every language: not marked.
 */
export function foreignNameLang(
  type: EntitySummary['type'],
  articleLang: string | null | undefined,
  uiLang: string,
  kbName: string | undefined,
): string | undefined {
  const reader = primary(uiLang);
  const own = primary(articleLang);
  if (type === 'PER' || kbName || !reader || !own || own === 'und' || own === reader) {
    return undefined;
  }
  return own;
}

/**
 * An article in another language than the reader's gets its entities' names in the reader's
 * language where the knowledge base knows them ("Vladimir Poutine" → "Vladimir Putin" for an
 * English reader); a place or an organisation it does not know keeps the article's name, its
 * language marked (foreignNameLang). An article in the reader's language keeps its own names.
 */
export function withReaderNames(article: ArticleSummary, uiLang: string): ArticleSummary {
  const reader = primary(uiLang);
  if (!reader || primary(article.lang) === reader) return article;
  return {
    ...article,
    entities: article.entities.map((e) => {
      const kbName = lookupOfflineFacts(e, reader)?.name;
      const name = readerName(e.name, article.lang, reader, kbName);
      const nameLang = foreignNameLang(e.type, article.lang, reader, kbName);
      if (nameLang) return { ...e, nameLang };
      return name !== e.name ? { ...e, displayName: name } : e;
    }),
  };
}

/** The same for a tab's view. */
export function viewWithReaderNames(view: TabView, uiLang: string | undefined): TabView {
  if (view.kind !== 'article' || !uiLang) return view;
  return { ...view, article: withReaderNames(view.article, uiLang) };
}

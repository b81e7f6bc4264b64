import { nameInLanguage } from '../kb/lookup';
import { lookupOfflineFacts } from '../kb/offline-facts';
import { words } from '../search/tokenize';
import type { ArticleSummary, EntitySummary, TabView } from '../messaging/protocol';

/** The primary language subtag, lower case ("fr-FR" → "fr"). */
function primary(lang: string | null | undefined): string {
  return (lang ?? '').split('-')[0]!.toLowerCase();
}

/**
 * The one name the interface shows an entity by, on its chip, its card and its hover card, in
 * every article of a story: for an entity the knowledge base gives its id to, the KB's name in
 * the reader's language (`ownName`, nameInLanguage), whatever the article's language: a French
 * reader sees "Kim Jong-un" on the French article that writes "Kim Jong Un" as on the English
 * and Spanish ones, never two spellings for one id (an acronym of the reader's language, "ONU",
 * stays as the article writes it; the first word of a name is no acronym: "RIA" is shown as
 * "RIA Novosti", abbreviates). Else, for an article in another language,
 * the KB's name found by the article's (`kbName`, English when the KB has none in the reader's
 * language); else the article's own spelling, which the reader sees in the text.
 */
export function readerName(
  articleName: string,
  articleLang: string | null | undefined,
  uiLang: string,
  kbName: string | undefined,
  ownName?: string,
): string {
  const reader = primary(uiLang);
  const sameLang = primary(articleLang) === reader;
  // An acronym the reader's own language writes ("NASA", "ONU") is shorter than the KB's full
  // name and as much the reader's: kept.
  const kept = sameLang && isAcronym(articleName) && !abbreviates(articleName, ownName);
  if (reader && ownName && !kept) return ownName;
  if (!reader || sameLang || !kbName) return articleName;
  return kbName;
}

/** "NASA", "ONU", "KCNA": a short name in capitals, no word of lower-case letters. */
function isAcronym(name: string): boolean {
  return name.length <= 6 && /^[\p{Lu}\d.&-]+$/u.test(name);
}

/**
 * The article writes a name by one of its words in capitals, "RIA" for "RIA Novosti": a short form
 * of the name, not an acronym the reader's language has for it ("ONU", "KCNA" are no word of
 * "Organisation des Nations unies", "Agence centrale de presse coréenne").
 */
export function abbreviates(articleName: string, full: string | undefined): boolean {
  if (!full || !isAcronym(articleName)) return false;
  const short = words(articleName);
  const long = words(full);
  return short.length === 1 && long.length > 1 && long.includes(short[0]!);
}

/**
 * The KB's name for an id in the reader's language, for readerName. When the KB has none in it
 * and the article writes the entity by a word of its English name ("RIA"), that name ("RIA
 * Novosti"): the name a reader recognises, the one readers of every other language see.
 */
export function ownName(id: string, uiLang: string, articleName?: string): string | undefined {
  const reader = primary(uiLang);
  if (!reader) return undefined;
  const own = nameInLanguage(id, reader);
  if (own !== undefined || articleName === undefined) return own;
  const english = nameInLanguage(id, 'en');
  return abbreviates(articleName, english) ? english : undefined;
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
 * The names the interface shows an article's entities by (readerName): the KB's in the reader's
 * language for an entity it gives the id of ("Vladimir Poutine" → "Vladimir Putin" for an English
 * reader, "Kim Jong Un" → "Kim Jong-un" for a French one); for an article in another language, a
 * name the KB finds by the article's, else a place or an organisation it does not know keeps the
 * article's name, its language marked (foreignNameLang). Otherwise the article's own names.
 */
export function withReaderNames(article: ArticleSummary, uiLang: string): ArticleSummary {
  const reader = primary(uiLang);
  if (!reader) return article;
  const sameLang = primary(article.lang) === reader;
  let changed = false;
  const entities = article.entities.map((e) => {
    const own = ownName(e.id, reader, e.name);
    if (sameLang && !own) return e;
    const kbName = sameLang ? undefined : lookupOfflineFacts(e, reader)?.name;
    const name = readerName(e.name, article.lang, reader, kbName, own);
    const nameLang = own ? undefined : foreignNameLang(e.type, article.lang, reader, kbName);
    if (nameLang) return ((changed = true), { ...e, nameLang });
    if (name === e.name) return e;
    changed = true;
    return { ...e, displayName: name };
  });
  return changed ? { ...article, entities } : article;
}

/** The same for a tab's view. */
export function viewWithReaderNames(view: TabView, uiLang: string | undefined): TabView {
  if (view.kind !== 'article' || !uiLang) return view;
  return { ...view, article: withReaderNames(view.article, uiLang) };
}

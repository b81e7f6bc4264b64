import type { Article } from '../article';
import { type DateMention, findDates } from '../dates/find-dates';
import { type DetectedLang, normalizeLang, otherLatinLanguage } from '../entities/detect-language';
import { findEntities, resolveLanguage } from '../entities/find-entities';
import { foldName } from '../entities/fold-name';
import type { Entity } from '../entities/merge-mentions';

/** What the background adds to an article: its entities and dates, offsets into article.text. */
export interface Annotation {
  entities: Entity[];
  dates: DateMention[];
}

/**
 * Finds the entities and dates of an article (synchronous, pure, offline), read in `lang`: by
 * default resolveLanguage's, which readInLanguage has already computed for its article.
 */
export function annotateArticle(
  article: Article,
  lang: DetectedLang = resolveLanguage(article),
): Annotation {
  const reference = article.publishedAt ? new Date(article.publishedAt) : null;
  return {
    entities: withoutAuthors(findEntities(article, lang), article.byline),
    dates: findDates(article.text, lang === 'und' ? 'en' : lang, reference),
  };
}

/**
 * The entities minus the article's authors: a byline that slips into the text ("By Helen
 * Marsh") names who wrote it, not whom it is about, and would tie together a writer's articles.
 */
export function withoutAuthors(entities: Entity[], byline: string | null): Entity[] {
  if (!byline) return entities;
  const authors = foldName(byline);
  return entities.filter((e) => e.type !== 'PER' || !authors.includes(foldName(e.name)));
}

/**
 * The article with the language it is read in: the one resolveLanguage gives the entities and
 * dates, so that what is stored (the language filter, the timeline's language marks, the stories)
 * says the same. A page's own tag stays when it agrees with the text ("fr-CH" stays "fr-CH") or
 * names a language we do not read ("it" stays "it"); a tag the text clearly contradicts gives way
 * (a German blog whose theme says lang="en-US" is stored as "de", a Polish one tagged "es" as
 * "pl"); a page without a tag gets the language detected from its text, else keeps null. Runs
 * where the model lives (background, Node), so the content script stays light.
 */
export function withDetectedLanguage<T extends Article>(article: T): T {
  return readInLanguage(article).article;
}

/**
 * withDetectedLanguage's article and the language it is read in (resolveLanguage's, which the
 * returned article resolves to as well): annotating it with that language detects it only once.
 */
export function readInLanguage<T extends Article>(article: T): { article: T; lang: DetectedLang } {
  const lang = resolveLanguage(article);
  if (lang !== 'und') {
    return { article: normalizeLang(article.lang) === lang ? article : { ...article, lang }, lang };
  }
  // A language we do not read: an untagged page, or one wrongly tagged as ours, says which.
  const untrusted = article.lang === null || normalizeLang(article.lang) !== null;
  const other = untrusted ? otherLatinLanguage(article.text) : null;
  return { article: other ? { ...article, lang: other } : article, lang };
}

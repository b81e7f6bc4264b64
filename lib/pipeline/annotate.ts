import type { Article } from '../article';
import { type DateMention, findDates } from '../dates/find-dates';
import { normalizeLang, otherLatinLanguage } from '../entities/detect-language';
import { findEntities, resolveLanguage } from '../entities/find-entities';
import { foldName } from '../entities/fold-name';
import type { Entity } from '../entities/merge-mentions';

/** What the background adds to an article: its entities and dates, offsets into article.text. */
export interface Annotation {
  entities: Entity[];
  dates: DateMention[];
}

/** Finds the entities and dates of an article (synchronous, pure, offline). */
export function annotateArticle(article: Article): Annotation {
  const lang = resolveLanguage(article);
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
  const lang = resolveLanguage(article);
  if (lang !== 'und') return normalizeLang(article.lang) === lang ? article : { ...article, lang };
  // A language we do not read: an untagged page, or one wrongly tagged as ours, says which.
  const untrusted = article.lang === null || normalizeLang(article.lang) !== null;
  const other = untrusted ? otherLatinLanguage(article.text) : null;
  return other ? { ...article, lang: other } : article;
}

import type { Article } from '../article';
import { type DateMention, findDates } from '../dates/find-dates';
import { detectLanguage } from '../entities/detect-language';
import { findEntities, resolveLanguage } from '../entities/find-entities';
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
    entities: findEntities(article, lang),
    dates: findDates(article.text, lang === 'und' ? 'en' : lang, reference),
  };
}

/**
 * The article with a language: the page's own tag when it gave one, else the language detected
 * from the text (en/fr/es/de), else null. Runs where the model lives (background, Node), so the
 * content script stays light.
 */
export function withDetectedLanguage<T extends Article>(article: T): T {
  if (article.lang) return article;
  const detected = detectLanguage(article.text);
  return detected === 'und' ? article : { ...article, lang: detected };
}

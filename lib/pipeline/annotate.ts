import type { Article } from '../article';
import { type DateMention, findDates } from '../dates/find-dates';
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

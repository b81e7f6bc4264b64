import type { Article } from '../article';
import type { StoredArticle } from './schema';

/** The Article fields of a stored row (without the local bookkeeping). */
export function articleFields(row: StoredArticle): Article {
  return {
    url: row.url,
    canonicalUrl: row.canonicalUrl,
    title: row.title,
    byline: row.byline,
    siteName: row.siteName,
    lang: row.lang,
    publishedAt: row.publishedAt,
    excerpt: row.excerpt,
    text: row.text,
    modifiedAt: row.modifiedAt ?? null,
    section: row.section ?? null,
    imageUrl: row.imageUrl ?? null,
    description: row.description ?? null,
    captions: row.captions ?? [],
  };
}

import * as v from 'valibot';
import { MAX_TEXT_CHARS } from './protocol';

/** A bounded string. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableText = (max: number) => v.nullable(text(max));
const isoDate = v.pipe(v.string(), v.isoTimestamp());
export const httpUrl = v.pipe(v.string(), v.maxLength(8192), v.regex(/^https?:\/\//i), v.url());

/** An extracted article, as it enters the background (content reports, imports). */
export const ArticleSchema = v.object({
  url: v.nullable(httpUrl),
  canonicalUrl: v.nullable(httpUrl),
  title: nullableText(2000),
  byline: nullableText(1000),
  siteName: nullableText(500),
  lang: v.nullable(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/))),
  publishedAt: v.nullable(isoDate),
  excerpt: nullableText(5000),
  text: text(MAX_TEXT_CHARS),
  modifiedAt: v.nullable(isoDate),
  section: nullableText(500),
  imageUrl: v.nullable(httpUrl),
  description: nullableText(5000),
  captions: v.pipe(
    v.array(v.object({ text: text(5000), credit: nullableText(1000) })),
    v.maxLength(500),
  ),
});

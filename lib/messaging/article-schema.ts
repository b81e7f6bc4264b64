import * as v from 'valibot';
import {
  ARTICLE_LIMITS as L,
  MAX_TEXT_CHARS,
  MAX_URL_CHARS,
  saneIsoDate,
  truncate,
} from '../limits';

/** A bounded string: a longer one is refused. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** A string cut to `max`: a page with one long field is still an article. */
const clipped = (max: number) =>
  v.pipe(
    v.string(),
    v.transform((s) => truncate(s, max)),
  );
const nullableClipped = (max: number) => v.nullable(clipped(max));
/** An ISO date; one outside 1900–2200 (lib/limits) is not a real date and becomes null. */
const isoDate = v.nullable(
  v.pipe(
    v.string(),
    v.isoTimestamp(),
    v.transform((s: string) => saneIsoDate(s)),
  ),
);
export const httpUrl = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_CHARS),
  v.regex(/^https?:\/\//i),
  v.url(),
);

/**
 * An extracted article, as it enters the background (content reports, imports). Fields over
 * their limit (lib/limits) are cut, not refused; an unusable canonical or image URL is dropped.
 */
export const ArticleSchema = v.object({
  url: v.nullable(httpUrl),
  canonicalUrl: v.fallback(v.nullable(httpUrl), null),
  title: nullableClipped(L.title),
  byline: nullableClipped(L.byline),
  siteName: nullableClipped(L.siteName),
  lang: v.nullable(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/))),
  publishedAt: isoDate,
  excerpt: nullableClipped(L.excerpt),
  text: clipped(MAX_TEXT_CHARS),
  modifiedAt: isoDate,
  section: nullableClipped(L.section),
  imageUrl: v.fallback(v.nullable(httpUrl), null),
  description: nullableClipped(L.description),
  captions: v.pipe(
    v.array(v.object({ text: clipped(L.captionText), credit: nullableClipped(L.captionCredit) })),
    v.transform((captions) => captions.slice(0, L.captions)),
  ),
});

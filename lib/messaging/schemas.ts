import * as v from 'valibot';
import type { Article } from '../article';
import {
  MAX_HTML_CHARS,
  MAX_TEXT_CHARS,
  type InboundType,
  type PageReport,
  type ProtocolMap,
} from './protocol';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableText = (max: number) => v.nullable(text(max));
const isoDate = v.pipe(v.string(), v.isoTimestamp());
const httpUrl = v.pipe(v.string(), v.maxLength(8192), v.regex(/^https?:\/\//i), v.url());

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

const PageReportSchema = v.variant('kind', [
  v.object({ kind: v.literal('article'), article: ArticleSchema }),
  v.object({ kind: v.literal('not-article'), url: httpUrl, reason: text(500) }),
]);

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

/** One schema per message that enters the background, for its data. */
export const INBOUND_SCHEMAS = {
  reportPage: PageReportSchema,
  getTabView: v.object({ tabId }),
  saveArticle: v.object({ key: httpUrl, tabId: v.optional(tabId) }),
  unsaveArticle: v.object({ key: httpUrl }),
  getSavedArticle: v.object({ key: httpUrl }),
  listRecentArticles: v.object({
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)),
  }),
} satisfies Record<InboundType, v.GenericSchema>;

/** What a content script answers to captureArticle (a response, validated all the same). */
export const CapturedArticleSchema = v.nullable(
  v.object({ url: httpUrl, canonicalUrl: v.nullable(httpUrl), html: text(MAX_HTML_CHARS) }),
);

// Compile-time proof that the schemas and the protocol's types say the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameArticle: Same<v.InferOutput<typeof ArticleSchema>, Article> = true;
const sameReport: Same<v.InferOutput<typeof PageReportSchema>, PageReport> = true;
const sameQuery: Same<
  v.InferOutput<(typeof INBOUND_SCHEMAS)['getTabView']>,
  Parameters<ProtocolMap['getTabView']>[0]
> = true;
void [sameArticle, sameReport, sameQuery];

import * as v from 'valibot';
import type { Article } from '../article';
import { ExportedArticleSchema } from '../archive/export-format';
import { ArticleSchema, httpUrl, text } from './article-schema';
import { MAX_HTML_CHARS, type InboundType, type PageReport, type ProtocolMap } from './protocol';

const PageReportSchema = v.variant('kind', [
  v.object({ kind: v.literal('article'), article: ArticleSchema }),
  v.object({ kind: v.literal('not-article'), url: httpUrl, reason: text(500) }),
]);

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

/** One schema per message that enters the background, for its data. */
export { ArticleSchema };

const empty = v.strictObject({});

/** The reader's language, as the interface reports it ("fr", "en-GB"). */
const langTag = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));

export const INBOUND_SCHEMAS = {
  reportPage: PageReportSchema,
  getTabView: v.object({ tabId }),
  saveArticle: v.object({ key: httpUrl, tabId: v.optional(tabId) }),
  unsaveArticle: v.object({ key: httpUrl }),
  getSavedArticle: v.object({ key: httpUrl }),
  getTimeline: v.object({ key: httpUrl, lang: v.optional(langTag) }),
  getNewInArticle: v.object({ key: httpUrl }),
  search: v.object({
    query: text(500),
    includeHistory: v.boolean(),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50))),
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(49))),
    client: v.optional(v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/))),
  }),
  exportArticles: v.object({
    after: v.nullable(text(8192)),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)),
  }),
  importArticles: v.object({ articles: v.pipe(v.array(ExportedArticleSchema), v.maxLength(500)) }),
  deleteArticle: v.object({ key: httpUrl }),
  deleteSite: v.object({ site: v.pipe(v.string(), v.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/)) }),
  deleteAll: empty,
  getArchiveStats: empty,
  getEntityBackground: v.object({ key: httpUrl, entityId: text(300), lang: langTag }),
  getEntityStories: v.object({ entityId: text(300), lang: v.optional(langTag) }),
  setStoryApart: v.object({ key: httpUrl, apart: v.boolean(), tabId: v.optional(tabId) }),
  getEntityOnline: v.object({ key: httpUrl, entityId: text(300), lang: langTag }),
  getOutsideCoverage: v.object({ key: httpUrl }),
  getPageEntities: v.object({ url: httpUrl }),
  openEntityPanel: v.object({ entityId: text(300) }),
  getSyncStatus: empty,
  setUpSync: v.strictObject({
    url: v.pipe(v.string(), v.maxLength(2048)),
    database: v.pipe(v.string(), v.maxLength(238)),
    username: v.pipe(v.string(), v.maxLength(256)),
    password: v.pipe(v.string(), v.maxLength(1024)),
    // An empty passphrase would encrypt with a key anyone can derive.
    passphrase: v.pipe(v.string(), v.minLength(8), v.maxLength(1024)),
  }),
  signInSync: v.strictObject({
    username: v.pipe(v.string(), v.maxLength(256)),
    password: v.pipe(v.string(), v.maxLength(1024)),
  }),
  syncNow: empty,
  turnOffSync: empty,
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

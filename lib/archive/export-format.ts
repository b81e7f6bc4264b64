import * as v from 'valibot';
import { isSaneTime } from '../limits';
import { ArticleSchema, httpUrl } from '../messaging/article-schema';
import { articleFields } from '../db/article-fields';
import type { StoredArticle } from '../db/schema';

/** The export file's format name and version; a file from a newer version is refused. */
export const EXPORT_FORMAT = 'backstory-archive';
export const EXPORT_VERSION = 1;

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A reading time (epoch ms) from 1970 until 2200 (lib/limits): a file saying 9e15 is damaged. */
const readTime = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(0),
  v.check(isSaneTime, 'a date between 1970 and 2200'),
);

/** An entity found in an article, as stored (lib/db/schema.ts StoredEntity). */
export const ExportedEntitySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  type: v.picklist(['PER', 'LOC', 'ORG']),
  name: v.pipe(v.string(), v.maxLength(500)),
  salience: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  mentions: v.pipe(v.array(v.object({ start: offset, end: offset })), v.maxLength(10_000)),
  shown: v.optional(v.boolean()),
});

/**
 * One article in an export: everything stored about it, lossless, plus its saved HTML. Files
 * written before entities were exported have none: the importer finds them again.
 */
export const ExportedArticleSchema = v.object({
  ...ArticleSchema.entries,
  // Keys become links and addresses: http(s) only, never "javascript:" or "data:".
  key: httpUrl,
  firstReadAt: readTime,
  lastReadAt: readTime,
  readCount: v.pipe(v.number(), v.integer(), v.minValue(1)),
  savedAt: v.nullable(readTime),
  html: v.nullable(v.pipe(v.string(), v.maxLength(5_000_000))),
  entities: v.optional(v.pipe(v.array(ExportedEntitySchema), v.maxLength(2_000))),
});

export type ExportedArticle = v.InferOutput<typeof ExportedArticleSchema>;

const HeaderSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer()),
  articles: v.array(v.unknown()),
});

/** An exported article from what is stored (fields in a fixed order, for identical files). */
export function toExported(a: StoredArticle, html: string | null): ExportedArticle {
  return {
    key: a.key,
    ...articleFields(a),
    firstReadAt: a.firstReadAt,
    lastReadAt: a.lastReadAt,
    readCount: a.readCount,
    savedAt: a.savedAt ?? null,
    html,
    ...(a.entities
      ? {
          entities: a.entities.map((e) => ({
            id: e.id,
            type: e.type,
            name: e.name,
            salience: e.salience,
            mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })),
            ...(e.shown === false ? { shown: false } : {}),
          })),
        }
      : {}),
  };
}

/** The export file's first line; one article per line follows, then EXPORT_TAIL. */
export const EXPORT_HEAD = `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"articles":[\n`;
export const EXPORT_TAIL = '\n]}\n';

/** The export file's text: a header line, then one article per line, sorted by key. */
export function serializeExport(articles: ExportedArticle[]): string {
  const sorted = [...articles].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const lines = sorted.map((a) => JSON.stringify(a));
  return `${EXPORT_HEAD}${lines.join(',\n')}${EXPORT_TAIL}`;
}

export type ParsedExport =
  { ok: true; articles: ExportedArticle[] } | { ok: false; reason: string };

/**
 * Reads an export file completely before anything is imported: a broken file, another format
 * or a newer version is refused with a reason, and then nothing changes.
 */
export function parseExport(text: string): ParsedExport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      reason: `this is not a Backstory export (not valid JSON: ${(e as Error).message})`,
    };
  }
  const header = v.safeParse(HeaderSchema, raw);
  if (!header.success) return { ok: false, reason: 'this is not a Backstory export file' };
  if (header.output.version > EXPORT_VERSION) {
    return {
      ok: false,
      reason: `this export comes from a newer Backstory (format version ${header.output.version}); update Backstory to import it`,
    };
  }
  const articles: ExportedArticle[] = [];
  for (const [i, item] of header.output.articles.entries()) {
    const parsed = v.safeParse(ExportedArticleSchema, item);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return {
        ok: false,
        reason: `article ${i + 1} is damaged (${where}: ${issue.message}); nothing was imported`,
      };
    }
    articles.push(parsed.output);
  }
  return { ok: true, articles };
}

/** A Markdown file of saved articles, for reading elsewhere. */
export function toMarkdown(articles: ExportedArticle[]): string {
  return articles
    .filter((a) => a.savedAt !== null)
    .sort((a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0))
    .map(articleMarkdown)
    .join(MARKDOWN_SEPARATOR);
}

/** What separates two articles in the Markdown file. */
export const MARKDOWN_SEPARATOR = '\n---\n\n';

/** One saved article in Markdown: title, a line of metadata, its text. */
export function articleMarkdown(a: ExportedArticle): string {
  const meta = [a.siteName, a.publishedAt?.slice(0, 10), a.canonicalUrl ?? a.url]
    .filter(Boolean)
    .join(' · ');
  return `# ${a.title ?? 'Untitled article'}\n\n${meta}\n\n${a.text}\n`;
}

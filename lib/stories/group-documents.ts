import { textArticle } from '../article';
import type { StoredArticle } from '../db/schema';
import { findEntities, resolveLanguage } from '../entities/find-entities';
import type { BackstoryDb } from '../db/schema';
import { addToStories } from './add-to-stories';
import { inferDate } from './infer-date';

/** A plain-text document to group, as the stories tool reads it (one JSON Lines row). */
export interface StoryDocument {
  doc_id: string;
  text: string;
  title?: string | null;
  url?: string | null;
  published_at?: string | null;
  lang?: string | null;
}

/**
 * The document as a stored article, with the extension's entities: its language is `lang`
 * when given, else detected; its date published_at, else the first full date in its text. The
 * key is the doc id, so two documents never share a row.
 */
export function documentToArticle(doc: StoryDocument, readAt: number): StoredArticle {
  const detected = resolveLanguage({ lang: doc.lang ?? null, text: doc.text });
  const lang = doc.lang ?? (detected === 'und' ? null : detected);
  const title = doc.title ?? null;
  const entities = findEntities({ text: doc.text, title, lang }, detected).map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    salience: e.salience,
    mentions: e.mentions.map(({ start, end }) => ({ start, end })),
  }));
  return {
    key: `doc:${doc.doc_id}`,
    ...textArticle(doc.text, {
      url: doc.url ?? null,
      title,
      lang,
      publishedAt: doc.published_at ?? inferDate(doc.text, detected),
    }),
    firstReadAt: readAt,
    lastReadAt: readAt,
    readCount: 1,
    entities,
    entityIds: entities.map((e) => e.id),
  };
}

/**
 * Groups documents in order with addToStories, then answers each document's story as it is at
 * the end (a later merge renames earlier documents' story). A document without published_at
 * is dated by the first full date its text gives; failing that it is undated and time plays no
 * part for it.
 */
export async function groupDocuments(
  db: BackstoryDb,
  docs: StoryDocument[],
  readAt = Date.UTC(2026, 0, 1),
): Promise<string[]> {
  return groupArticles(
    db,
    docs.map((d) => documentToArticle(d, readAt)),
  );
}

/** groupDocuments on documents already made articles (documentToArticle). */
export async function groupArticles(db: BackstoryDb, articles: StoredArticle[]): Promise<string[]> {
  for (const a of articles) {
    await addToStories(db, a, { now: a.firstReadAt, readTimeIsDate: false });
  }
  const members = await db.storyMembers.bulkGet(articles.map((a) => a.key));
  return members.map((m) => m!.storyId);
}

import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '@/lib/article';
import { openDb, upsertArticle, type BackstoryDb, type StoredEntity } from '@/lib/db';
import { listArticlesMentioning } from '@/lib/db/mentions';
import { findRelatedByEntities } from '@/lib/timeline/related-by-entities';

const ent = (id: string, salience: number): StoredEntity => ({
  id,
  type: 'PER',
  name: id,
  salience,
  mentions: [],
});
const article = (
  n: number,
  publishedAt: string,
  entities: StoredEntity[],
): Article & { entities: StoredEntity[] } => ({
  url: `https://n.example/${n}`,
  canonicalUrl: null,
  title: `A${n}`,
  byline: null,
  siteName: null,
  lang: 'fr',
  publishedAt,
  excerpt: null,
  text: 'x',
  modifiedAt: null,
  section: null,
  imageUrl: null,
  description: null,
  captions: [],
  entities,
});

let db: BackstoryDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('articles by entity', () => {
  it('are one indexed query, newest read first', async () => {
    db = openDb(`t-${crypto.randomUUID()}`);
    await upsertArticle(db, article(1, '2024-01-01T00:00:00Z', [ent('per:kim', 1)]), 1);
    await upsertArticle(
      db,
      article(2, '2024-02-01T00:00:00Z', [ent('per:putin', 1), ent('per:kim', 0.5)]),
      2,
    );
    await upsertArticle(db, article(3, '2024-03-01T00:00:00Z', [ent('per:putin', 1)]), 3);
    expect((await listArticlesMentioning(db, 'per:kim')).map((a) => a.title)).toEqual(['A2', 'A1']);
    expect(await listArticlesMentioning(db, 'per:nobody')).toEqual([]);
  });

  it('find earlier coverage sharing the main entities, not a single passing one', async () => {
    db = openDb(`t-${crypto.randomUUID()}`);
    await upsertArticle(
      db,
      article(1, '2023-09-13T00:00:00Z', [ent('per:kim', 1), ent('per:putin', 0.9)]),
      1,
    );
    await upsertArticle(
      db,
      article(2, '2024-05-01T00:00:00Z', [ent('per:kim', 1), ent('loc:seoul', 0.8)]),
      2,
    );
    await upsertArticle(
      db,
      article(3, '2024-06-01T00:00:00Z', [ent('per:macron', 1), ent('per:putin', 0.2)]),
      3,
    );
    await upsertArticle(
      db,
      article(4, '2024-06-19T00:00:00Z', [
        ent('per:putin', 1),
        ent('per:kim', 0.9),
        ent('loc:seoul', 0.3),
      ]),
      4,
    );
    const current = (await db.articles.where('key').equals('https://n.example/4').first())!;
    const related = await findRelatedByEntities(db, current);
    // A3 only mentions Putin in passing: not related. Newest first.
    expect(related.map((r) => [r.article.title, r.sharedEntityIds.sort()])).toEqual([
      ['A2', ['loc:seoul', 'per:kim']],
      ['A1', ['per:kim', 'per:putin']],
    ]);
  });
});

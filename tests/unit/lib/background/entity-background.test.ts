import { beforeEach, describe, expect, it } from 'vitest';
import { entityBackground } from '@/lib/background/entity-background';
import { addToStories } from '@/lib/stories';
import type { BackstoryDb, StoredEntity } from '@/lib/db';
import { storedArticle } from '../../../helpers';
import { useTestDb } from '../../use-test-db';

let db: BackstoryDb;

const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 5, 1);

function ent(id: string, name: string, type: StoredEntity['type'] = 'PER'): StoredEntity {
  return { id, type, name, salience: 1, mentions: [{ start: 0, end: name.length }] };
}

function article(n: number, entities: StoredEntity[], publishedAt: string | null = null) {
  return storedArticle({
    key: `https://news.example/${n}`,
    title: `Story ${n}`,
    siteName: `Site ${n}`,
    lang: 'en',
    publishedAt,
    firstReadAt: T0 + n * DAY,
    lastReadAt: T0 + n * DAY,
    entities,
    entityIds: entities.map((e) => e.id),
  });
}

const putin = ent('per:Q7747', 'Vladimir Poutine');
const kim = ent('per:Q56226', 'Kim Jong Un');
const lavrov = ent('per:sergei-lavrov', 'Sergei Lavrov');
const pyongyang = ent('loc:Q18808', 'Pyongyang', 'LOC');

describe('entityBackground', () => {
  it('says how many articles mention it, the first and the last, and who comes with it', async () => {
    await db.articles.bulkAdd([
      article(1, [putin, lavrov], '2024-01-10T08:00:00Z'),
      article(2, [ent('per:joe-bloggs', 'Joe Bloggs')]),
      article(3, [putin, kim, lavrov]),
      article(4, [putin, kim, pyongyang]),
    ]);
    const current = (await db.articles.get({ key: 'https://news.example/4' }))!;
    const bg = await entityBackground(db, current, 'per:Q7747', 'fr', false);
    expect(bg).toMatchObject({
      id: 'per:Q7747',
      type: 'PER',
      name: 'Vladimir Poutine',
      online: false,
      archive: {
        count: 3,
        first: {
          key: 'https://news.example/1',
          title: 'Story 1',
          date: '2024-01-10T08:00:00.000Z',
        },
        last: { key: 'https://news.example/4', siteName: 'Site 4' },
      },
    });
    // Two articles each with Lavrov and Kim; Pyongyang once (on this page already): left out.
    expect(bg!.archive.with.map((w) => [w.name, w.count])).toEqual([
      ['Kim Jong Un', 2],
      ['Sergei Lavrov', 2],
    ]);
  });

  it('uses the knowledge base for the name in the reader’s language and one line', async () => {
    await db.articles.add(article(1, [putin]));
    const current = (await db.articles.get({ key: 'https://news.example/1' }))!;
    const bg = await entityBackground(db, current, 'per:Q7747', 'en', true, (e, lang) =>
      e.id === 'per:Q7747' && lang === 'en'
        ? { name: 'Vladimir Putin', description: 'President of Russia', qid: 'Q7747' }
        : undefined,
    );
    expect(bg).toMatchObject({
      name: 'Vladimir Putin',
      description: 'President of Russia',
      qid: 'Q7747',
      online: true,
      archive: { count: 1, with: [] },
    });
  });

  it('names the entities mentioned with it in the reader’s language too', async () => {
    await db.articles.bulkAdd([article(1, [putin, kim]), article(2, [putin, kim])]);
    const current = (await db.articles.get({ key: 'https://news.example/2' }))!;
    const bg = await entityBackground(db, current, 'per:Q7747', 'fr', false, (e) =>
      e.id === 'per:Q56226' ? { name: 'Kim Jong-un' } : undefined,
    );
    expect(bg!.archive.with).toEqual([
      { id: 'per:Q56226', name: 'Kim Jong-un', type: 'PER', count: 2 },
    ]);
  });

  it('is null for an entity the article does not have', async () => {
    await db.articles.add(article(1, [putin]));
    const current = (await db.articles.get({ key: 'https://news.example/1' }))!;
    expect(await entityBackground(db, current, 'per:Q56226', 'en', false)).toBeNull();
  });

  it('reads a bounded number of articles for an entity met very often', async () => {
    await db.articles.bulkAdd(Array.from({ length: 300 }, (_, i) => article(i + 1, [putin, kim])));
    const current = (await db.articles.get({ key: 'https://news.example/300' }))!;
    const bg = await entityBackground(db, current, 'per:Q7747', 'en', false);
    expect(bg!.archive.count).toBe(300);
    expect(bg!.archive.first!.key).toBe('https://news.example/1');
    expect(bg!.archive.last!.key).toBe('https://news.example/300');
    // Counted over the 100 most recent articles only.
    expect(bg!.archive.with).toEqual([
      { id: 'per:Q56226', name: 'Kim Jong Un', type: 'PER', count: 100 },
    ]);
  });
});

describe('the stories about an entity', () => {
  it('leave out the story of the article being read while it is alone in it', async () => {
    const first = article(1, [putin, kim, pyongyang], '2024-06-18T08:00:00Z');
    await db.articles.add(first);
    const one = (await db.articles.get({ key: first.key }))!;
    await addToStories(db, one);
    expect((await entityBackground(db, one, 'per:Q7747', 'en', false))!.archive.stories).toEqual(
      [],
    );
    const second = {
      ...article(2, [putin, kim, pyongyang], '2024-06-19T08:00:00Z'),
      text: one.text,
    };
    await db.articles.add(second);
    const two = (await db.articles.get({ key: second.key }))!;
    await addToStories(db, two);
    const stories = (await entityBackground(db, two, 'per:Q7747', 'en', false))!.archive.stories;
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articleCount).toBe(2);
    expect((await entityBackground(db, two, 'per:Q7747', 'en', false))!.archive.storyCount).toBe(1);
  });
});

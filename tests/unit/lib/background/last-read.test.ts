import { beforeEach, describe, expect, it } from 'vitest';
import { entityCards } from '@/lib/background/entity-cards';
import { lastReadAbout } from '@/lib/background/last-read';
import type { BackstoryDb, StoredEntity } from '@/lib/db';
import { storedArticle } from '../../../helpers';
import { useTestDb } from '../../use-test-db';
import { QUAKE_EN, QUAKE_EN_2, QUAKE_FR } from '../stories/helpers';

let db: BackstoryDb;
const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

const ent = (id: string, name: string): StoredEntity => ({
  id,
  type: 'PER',
  name,
  salience: 1,
  mentions: [{ start: 0, end: name.length }],
});
const putin = ent('per:Q7747', 'Vladimir Putin');
const kim = ent('per:Q56226', 'Kim Jong Un');
const article = (n: number, title: string | null, entities: StoredEntity[]) =>
  storedArticle({
    key: `https://news.example/${n}`,
    title,
    lang: 'en',
    text: entities.map((e) => e.name).join(' '),
    firstReadAt: Date.UTC(2024, 5, 10 + n, 9),
    lastReadAt: Date.UTC(2024, 5, 10 + n, 9),
    entities,
    entityIds: entities.map((e) => e.id),
  });

describe('the hover card’s line from the reader’s history', () => {
  it('names the last other article about each entity, and nothing for a first meeting', async () => {
    await db.articles.bulkAdd([
      article(1, 'Lavrov visits Beijing', [putin]),
      article(8, 'Putin arrives in Pyongyang for a rare visit', [putin]),
      article(9, 'Kim and Putin sign a pact', [putin, kim]),
    ]);
    const current = (await db.articles.get({ key: 'https://news.example/9' }))!;
    const history = await lastReadAbout(db, current);
    expect(history.get(putin.id)).toEqual({
      readAt: Date.UTC(2024, 5, 18, 9),
      title: 'Putin arrives in Pyongyang for a rare visit',
    });
    expect(history.has(kim.id)).toBe(false);

    const [p, k] = entityCards(current, 'en', history);
    expect(p!.card.history).toBe(
      'Last read about Jun 18, 2024 in “Putin arrives in Pyongyang for a rare visit”',
    );
    expect(k!.card.history).toBeUndefined();
    const [pFr] = entityCards(current, 'fr', history);
    expect(pFr!.card.history).toBe(
      'Dernière lecture le 18 juin 2024\u00a0: «\u202fPutin arrives in Pyongyang for a rare visit\u202f»',
    );
  });

  it('shortens a long headline', async () => {
    const long = `${'A very long headline '.repeat(10)}end`;
    await db.articles.bulkAdd([article(1, long, [putin]), article(2, 'Now', [putin])]);
    const current = (await db.articles.get({ key: 'https://news.example/2' }))!;
    const [p] = entityCards(current, 'en', await lastReadAbout(db, current));
    expect(p!.card.history!.length).toBeLessThan(120);
    expect(p!.card.history).toMatch(/…”$/);
  });

  it('skips the article being read as read on another site, exactly or nearly', async () => {
    const WIRE = `${QUAKE_EN} ${QUAKE_EN_2}`;
    const on = (site: string, n: number, title: string, text: string) => ({
      ...article(n, title, [putin]),
      key: `https://${site}/${n}`,
      url: `https://${site}/${n}`,
      text,
    });
    await db.articles.bulkAdd([
      on('older.example', 1, 'Putin meets Kim in Pyongyang', `${QUAKE_FR} Putin.`),
      on('wire-one.example', 2, 'Quake hits Valparaiso', WIRE),
      on('wire-two.example', 3, 'Earthquake in Valparaiso', `VALPARAISO (AFP) — ${WIRE} With AFP`),
      on('here.example', 4, 'Valparaiso shaken by quake', WIRE),
    ]);
    const current = (await db.articles.get({ key: 'https://here.example/4' }))!;
    const history = await lastReadAbout(db, current);
    // Not "Earthquake in Valparaiso": that is this very text, read yesterday on another site.
    expect(history.get(putin.id)?.title).toBe('Putin meets Kim in Pyongyang');
  });
});

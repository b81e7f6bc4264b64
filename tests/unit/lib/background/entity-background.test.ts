import { beforeEach, describe, expect, it } from 'vitest';
import { entityBackground, RECENT_FOR_COMPANY } from '@/lib/background/entity-background';
import { seededRandom } from '@/lib/seeded-random';
import { addToStories } from '@/lib/stories';
import { setStoryApart } from '@/lib/stories/set-apart';
import type { BackstoryDb, StoredEntity } from '@/lib/db';
import { storedArticle } from '../../../helpers';
import { useTestDb, useTestDbs } from '../../use-test-db';
import { fillCopyLinks } from '@/lib/db/copy-links';
import { lightArticle } from '@/lib/db/light-articles';
import { leftByRelease } from '../../shipped-stores';
import { QUAKE_EN, QUAKE_EN_2 } from '../stories/helpers';
import { tableMiddleware } from '../db/table-middleware';

let db: BackstoryDb;

const testDb = useTestDb();
const dbs = useTestDbs();
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

/** Article n on `site` ("Story n"), in English, published `publishedAt`, first and last read at `readAt`. */
function siteArticle(
  site: string,
  n: number,
  entities: StoredEntity[],
  text: string,
  publishedAt: string | null,
  readAt: number,
) {
  return storedArticle({
    key: `https://${site}/${n}`,
    url: `https://${site}/${n}`,
    title: `Story ${n}`,
    siteName: site,
    lang: 'en',
    text,
    publishedAt,
    firstReadAt: readAt,
    lastReadAt: readAt,
    entities,
    entityIds: entities.map((e) => e.id),
  });
}

describe('entityBackground', () => {
  it('counts the other articles that mention it, the first and the last by publication date', async () => {
    await db.articles.bulkAdd([
      // Read first, published last; read last, published first: the dates decide, not the order.
      article(1, [putin, lavrov], '2024-01-20T08:00:00Z'),
      article(2, [ent('per:joe-bloggs', 'Joe Bloggs')]),
      article(3, [putin, kim, lavrov], '2024-01-10T08:00:00Z'),
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
        // The article being read is not one of "your other articles".
        count: 2,
        first: { key: 'https://news.example/3', date: '2024-01-10T08:00:00.000Z' },
        last: { key: 'https://news.example/1', siteName: 'Site 1' },
      },
    });
    // Lavrov is in two other articles and not on this page; Kim is on the page already.
    expect(bg!.archive.with.map((w) => [w.name, w.count])).toEqual([['Sergei Lavrov', 2]]);
  });

  it('lists nothing for an entity met only in the article being read', async () => {
    await db.articles.bulkAdd([article(1, [kim, lavrov]), article(2, [putin, kim])]);
    const current = (await db.articles.get({ key: 'https://news.example/2' }))!;
    await addToStories(db, current);
    const bg = await entityBackground(db, current, 'per:Q7747', 'en', false);
    expect(bg!.archive).toMatchObject({ count: 0, with: [], stories: [] });
    expect(bg!.archive.first).toBeUndefined();
  });

  it('ranks the company by how distinctive the pairing is, not by raw count', async () => {
    const usa = ent('loc:Q30', 'United States', 'LOC');
    const shoigu = ent('per:Q193707', 'Sergei Shoigu');
    // The United States is in every article; Shoigu only in Putin's.
    const rows = [
      article(1, [putin, usa, shoigu]),
      article(2, [putin, usa, shoigu]),
      article(3, [putin, usa]),
      ...Array.from({ length: 12 }, (_, i) => article(10 + i, [usa, ent(`per:x${i}`, `X ${i}`)])),
      article(30, [putin]),
    ];
    await db.articles.bulkAdd(rows);
    const current = (await db.articles.get({ key: 'https://news.example/30' }))!;
    const bg = await entityBackground(db, current, 'per:Q7747', 'en', false);
    expect(bg!.archive.with.map((w) => [w.name, w.count])).toEqual([
      ['Sergei Shoigu', 2],
      ['United States', 3],
    ]);
  });

  it('never names an entity the recogniser was unsure of (a place read as a person)', async () => {
    // "Kumsusan" read as a person, not shown in those articles: not shown on a card either.
    const unsure = { ...ent('per:kumsusan', 'Kumsusan'), shown: false };
    await db.articles.bulkAdd([
      article(1, [putin, lavrov, unsure]),
      article(2, [putin, lavrov, unsure]),
      article(3, [putin]),
    ]);
    const current = (await db.articles.get({ key: 'https://news.example/3' }))!;
    const bg = await entityBackground(db, current, 'per:Q7747', 'en', false);
    expect(bg!.archive.with.map((w) => w.name)).toEqual(['Sergei Lavrov']);
  });

  it('uses the knowledge base for the name in the reader’s language and one line', async () => {
    await db.articles.add({ ...article(1, [putin]), lang: 'fr' });
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
      archive: { count: 0, with: [] },
    });
  });

  it('keeps the article’s own spelling for a reader of its language, as the chips do', async () => {
    await db.articles.add(article(1, [kim]));
    const current = (await db.articles.get({ key: 'https://news.example/1' }))!;
    const bg = await entityBackground(db, current, 'per:Q56226', 'en', false, () => ({
      name: 'Kim Jong-un',
    }));
    expect(bg!.name).toBe('Kim Jong Un');
  });

  it('names the entities mentioned with it in the reader’s language too', async () => {
    await db.articles.bulkAdd([
      article(1, [putin, kim]),
      article(2, [putin, kim]),
      article(3, [putin]),
    ]);
    const current = (await db.articles.get({ key: 'https://news.example/3' }))!;
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
    await db.articles.bulkAdd([
      ...Array.from({ length: 300 }, (_, i) =>
        article(i + 1, [putin, kim], i === 150 ? '2023-05-01T00:00:00Z' : null),
      ),
      article(301, [putin]),
    ]);
    const current = (await db.articles.get({ key: 'https://news.example/301' }))!;
    const bg = await entityBackground(db, current, 'per:Q7747', 'en', false);
    expect(bg!.archive.count).toBe(300);
    // The one dated article is the first by publication date, though read in the middle.
    expect(bg!.archive.first!.key).toBe('https://news.example/151');
    // Counted over the 100 most recent articles only.
    expect(bg!.archive.with).toEqual([
      { id: 'per:Q56226', name: 'Kim Jong Un', type: 'PER', count: 100 },
    ]);
  });
});

describe('the stories about an entity', () => {
  it('never include the story of the article being read', async () => {
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
    // Both articles make one story, the one on the page: not "another story about it", and
    // the other article is counted as in this story, with no first or last outside it.
    const bg = (await entityBackground(db, two, 'per:Q7747', 'en', false))!;
    expect(bg.archive).toMatchObject({ count: 1, inStory: 1, stories: [], storyCount: 1 });
    expect(bg.archive.first).toBeUndefined();
    // An unrelated article about him is outside the story: it is the one the card cites.
    const other = article(3, [putin, lavrov], '2024-03-01T08:00:00Z');
    await db.articles.add(other);
    await addToStories(db, (await db.articles.get({ key: other.key }))!);
    const after = (await entityBackground(db, two, 'per:Q7747', 'en', false))!;
    expect(after.archive).toMatchObject({ count: 2, inStory: 1 });
    expect(after.archive.first!.key).toBe(other.key);
    expect(after.archive.last!.key).toBe(other.key);
  });
});

describe('entityBackground with texts read on several sites', () => {
  // A wire dispatch of some seventy words: long enough to be told as a copy (COPY_MIN_WORDS).
  const WIRE = `${QUAKE_EN} ${QUAKE_EN_2}`;
  const OTHER =
    'Moscow hosted a summit on Tuesday where ministers from a dozen countries discussed grain ' +
    'exports, shipping insurance and the price of fertiliser, which has doubled since last ' +
    'spring. Delegates left without a joint statement after two days of talks, and several said ' +
    'the question of payments through sanctioned banks had not been settled. Another round is ' +
    'planned for the autumn in Istanbul, officials said, though no date was given.';
  const THIRD =
    'The central bank raised its key rate by two points on Friday, the third rise this year, ' +
    'citing prices that keep climbing faster than wages and a currency that lost a fifth of its ' +
    'value against the dollar since January. Economists had expected a smaller move. Shops in ' +
    'the capital reported queues for imported goods, and the finance ministry promised support ' +
    'for exporters hit by the new rules on foreign currency sales.';
  const on = (site: string, n: number, entities: StoredEntity[], text: string, day: number) =>
    siteArticle(
      site,
      n,
      entities,
      text,
      new Date(T0 + day * DAY).toISOString(),
      T0 + (day + 1) * DAY + n,
    );

  it('counts each text once, never a copy of the article being read, and pairs names by text', async () => {
    await db.articles.bulkAdd([
      on('d.example', 4, [putin, lavrov], OTHER, 1),
      on('e.example', 5, [putin, lavrov], OTHER, 2),
      on('f.example', 6, [putin], THIRD, 3),
      // The article being read, earlier on two other sites: exactly, and with a dateline.
      on('b.example', 2, [putin, kim], WIRE, 4),
      on('c.example', 3, [putin, kim], `VALPARAISO (AFP) — ${WIRE} With AFP`, 4),
      on('a.example', 1, [putin, kim], WIRE, 5),
    ]);
    const current = (await db.articles.get({ key: 'https://a.example/1' }))!;
    const bg = (await entityBackground(db, current, 'per:Q7747', 'en', false))!;
    // Two other texts: the summit (d and e), the rate rise (f). The quake is this article.
    expect(bg.archive).toMatchObject({
      count: 2,
      inStory: 0,
      first: { key: 'https://d.example/4' },
      last: { key: 'https://f.example/6' },
    });
    // Lavrov is in one other text only, read twice: not "often with" him.
    expect(bg.archive.with).toEqual([]);
  });

  it('counts a text once however long ago its copies were read, by their links', async () => {
    const random = seededRandom(5);
    const vocabulary = Array.from({ length: 2000 }, (_, i) => `w${i.toString(36)}x`);
    const words = () =>
      `${Array.from({ length: 80 }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ')}.`;
    // Read long ago: a text on two sites, and the text of the article read now, on a third.
    await db.articles.add(on('a.example', 1, [putin], OTHER, 1));
    await db.articles.add(on('b.example', 2, [putin], `${OTHER} With AFP`, 2));
    await db.articles.add(on('c.example', 3, [putin, kim], WIRE, 3));
    // Then more other texts about him than the card reads (each linked as it is written).
    for (let i = 0; i < RECENT_FOR_COMPANY; i++) {
      await db.articles.add(on(`s${i}.example`, 10 + i, [putin], words(), 10 + i));
    }
    await db.articles.add(on('d.example', 200, [putin, kim], WIRE, 200));
    const current = (await db.articles.get({ key: 'https://d.example/200' }))!;
    const bg = (await entityBackground(db, current, 'per:Q7747', 'en', false))!;
    // 103 other articles, 101 other texts: the summit once, the quake is this article.
    expect(bg.archive.count).toBe(RECENT_FOR_COMPANY + 1);
    // Read as a light row (the panel's lists) the same.
    const light = (await db.lightArticles.get(current.id!))!;
    expect((await entityBackground(db, light, 'per:Q7747', 'en', false))!.archive.count).toBe(
      RECENT_FOR_COMPANY + 1,
    );
    // The first site's text changed since (a live page): the other still names its group, but
    // is no copy of it now; two texts.
    await db.articles.update((await db.articles.get({ key: 'https://a.example/1' }))!.id!, {
      text: THIRD,
    });
    expect((await db.lightArticles.get({ key: 'https://b.example/2' }))!.copyGroups).toEqual([
      (await db.lightArticles.get({ key: 'https://a.example/1' }))!.id,
    ]);
    expect((await entityBackground(db, current, 'per:Q7747', 'en', false))!.archive.count).toBe(
      RECENT_FOR_COMPANY + 2,
    );
  });

  it('counts older copies once linked: an archive from v16, a fill stopped half-way, a deletion', async () => {
    const random = seededRandom(9);
    const vocabulary = Array.from({ length: 2000 }, (_, i) => `w${i.toString(36)}x`);
    const words = () =>
      `${Array.from({ length: 80 }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ')}.`;
    // As v16 left them: signed, with bands, not linked. The summit on three sites long ago.
    const rows = [
      { ...on('a.example', 1, [putin], OTHER, 1), id: 1 },
      { ...on('b.example', 2, [putin], `${OTHER} With AFP`, 2), id: 2 },
      { ...on('c.example', 3, [putin], `MOSCOW (Reuters) — ${OTHER}`, 3), id: 3 },
      ...Array.from({ length: RECENT_FOR_COMPANY }, (_, i) => ({
        ...on(`s${i}.example`, 10 + i, [putin], words(), 10 + i),
        id: 10 + i,
      })),
      { ...on('d.example', 200, [putin, kim], WIRE, 200), id: 200 },
    ];
    const up = dbs(await leftByRelease(16, rows, (r) => lightArticle(r)));
    const count = async () => {
      const current = (await up.articles.get(200))!;
      return (await entityBackground(up, current, 'per:Q7747', 'en', false))!.archive.count;
    };
    // Not linked yet: the older copies are counted as read, as before.
    expect(await count()).toBe(RECENT_FOR_COMPANY + 3);
    // The fill stopped after its first page (the founder linked, its copies not): the same.
    expect(await fillCopyLinks(up, 1, 1)).toBe(true);
    expect(await count()).toBe(RECENT_FOR_COMPANY + 3);
    // Through: the summit once.
    expect(await fillCopyLinks(up)).toBe(false);
    expect((await up.lightArticles.bulkGet([2, 3])).map((l) => l!.copyGroups)).toEqual([[1], [1]]);
    expect(await count()).toBe(RECENT_FOR_COMPANY + 1);
    // The group's founder deleted: its two copies still one text, by the group they carry.
    await up.articles.delete(1);
    expect(await count()).toBe(RECENT_FOR_COMPANY + 1);
    // A copy deleted: one article fewer, the same texts.
    await up.articles.delete(3);
    expect(await count()).toBe(RECENT_FOR_COMPANY + 1);
  });

  it('counts no copy of the article being read, in its story or out of it', async () => {
    await db.articles.bulkAdd([
      on('b.example', 2, [putin, kim], WIRE, 4),
      on('c.example', 3, [putin, kim], `VALPARAISO (AFP) — ${WIRE} With AFP`, 4),
      on('a.example', 1, [putin, kim], WIRE, 5),
    ]);
    for (const n of [2, 3, 1]) {
      const site = ['', 'a', 'b', 'c'][n];
      await addToStories(db, (await db.articles.get({ key: `https://${site}.example/${n}` }))!);
    }
    // The near copy taken out of the story by the reader: outside it.
    await setStoryApart(db, 'https://c.example/3', true, T0 + 9 * DAY);
    const current = (await db.articles.get({ key: 'https://a.example/1' }))!;
    const bg = (await entityBackground(db, current, 'per:Q7747', 'en', false))!;
    expect(bg.archive).toMatchObject({ count: 0, inStory: 0 });
    expect(bg.archive.first).toBeUndefined();
  });
});

describe('entityBackground on a large archive', () => {
  // Texts of some eighty words: long enough to be told as copies (COPY_MIN_WORDS).
  const random = seededRandom(11);
  const vocabulary = Array.from({ length: 2000 }, (_, i) => `w${i.toString(36)}x`);
  const words = () =>
    `${Array.from({ length: 80 }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ')}.`;
  const row = (
    n: number,
    site: string,
    entities: StoredEntity[],
    text: string,
    publishedAt: string | null,
  ) => siteArticle(site, n, entities, text, publishedAt, T0 + n * 60_000);
  /**
   * `texts` texts about `entity`, from n on, each on a site of its own and every `copyEvery`-th
   * read again on another site (a near copy: a credit added), published on day `day(i)`.
   */
  const about = (
    entity: StoredEntity,
    n: number,
    texts: number,
    copyEvery: number,
    day = (i: number) => n + 2 * i,
  ) =>
    Array.from({ length: texts }, (_, i) => {
      const text = words();
      const date = new Date(T0 + day(i) * DAY).toISOString();
      const one = row(n + 2 * i, `s${i % 9}.example`, [entity], text, date);
      if (i % copyEvery) return [one];
      return [one, row(n + 2 * i + 1, `c${i % 7}.example`, [entity], `${text} With AFP`, date)];
    }).flat();

  it('estimates the copies beyond those it reads, and says the count is an estimate', async () => {
    const card = async () => {
      const current = (await db.articles.get({ key: 'https://a.example/5000' }))!;
      return (await entityBackground(db, current, 'per:Q7747', 'en', false))!.archive;
    };
    // 100 texts about him, each read again on another site: every older copy is read, exact.
    await db.articles.bulkAdd([
      ...about(putin, 0, 100, 1),
      row(5000, 'a.example', [putin], words(), null),
    ]);
    await fillCopyLinks(db);
    const exact = await card();
    expect(exact.count).toBe(100);
    expect(exact).not.toHaveProperty('approximate');
    // 300 more: more older copies than it reads (OLDER_COPIES).
    await db.articles.bulkAdd(about(putin, 1000, 300, 1));
    await fillCopyLinks(db);
    const many = await card();
    // Every copy read is one, so are the rest: 400 texts, where counting the copies not read
    // as texts read once said some 500.
    expect(many.approximate).toBe(true);
    expect(Math.abs(many.count - 400)).toBeLessThanOrEqual(8);
  });

  it('reads as many rows and keys whatever the copies of other entities in the archive', async () => {
    // Reads of the light table: rows and keys a query or a bulk read returns.
    let reads = 0;
    db.use(
      tableMiddleware('lightReads', 'lightArticles', (t) => ({
        ...t,
        getMany: (req) => ((reads += req.keys.length), t.getMany(req)),
        query: (req) => t.query(req).then((res) => ((reads += res.result.length), res)),
      })),
    );
    const unrelated = ent('per:someone-else', 'Someone Else');
    await db.articles.bulkAdd([
      ...about(putin, 0, RECENT_FOR_COMPANY + 40, 4),
      row(1000, 'a.example', [putin], words(), null),
    ]);
    await fillCopyLinks(db);
    const current = (await db.articles.get({ key: 'https://a.example/1000' }))!;
    const card = async () => {
      reads = 0;
      const count = (await entityBackground(db, current, 'per:Q7747', 'en', false))!.archive.count;
      return { count, reads };
    };
    const before = await card();
    expect(before.count).toBe(RECENT_FOR_COMPANY + 40);
    // Many more texts on two sites, about someone else, published between his first and his
    // last (the ends of the publication dates the card walks are his): it reads what it read.
    await db.articles.bulkAdd(about(unrelated, 2000, 300, 1, (i) => 10 + (i % 250)));
    await fillCopyLinks(db);
    expect(await db.lightArticles.where('copyGroups').above(0).count()).toBeGreaterThan(300);
    expect(await card()).toEqual(before);
  });
});

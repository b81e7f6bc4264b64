import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type BackstoryDb, type StoredArticle } from '@/lib/db';
import { readPage } from '@/lib/pipeline/read-page';
import type { IndexedEntity } from '@/lib/search/document-terms';
import {
  clearIndex,
  FOLD_DOCS,
  indexArticle,
  indexArticles,
  mergeIndexTail,
  removeFromIndex,
  TAIL_FOLDED_MAX,
  TAIL_HARD_MAX,
  TAIL_MAX,
} from '@/lib/search/index-articles';
import {
  bucketOf,
  emptyColumns,
  shardOf,
  TAIL_SHARDS,
  tailTermRows,
  toColumnDate,
} from '@/lib/search/index-rows';
import { searchArticles, type SearchHit } from '@/lib/search/search-articles';
import { articleKey } from '@/lib/url/article-key';
import { loadFixture, SEED_URL } from '../../../helpers';
import { QUAKE_EN, QUAKE_EN_2 } from '../stories/helpers';

const NOW = Date.UTC(2025, 0, 15);
const DAY = 86_400_000;

let db: BackstoryDb;
// Every suite runs twice: documents still in the tail, and merged into the postings rows.
let merged = false;

beforeEach(() => {
  db = openDb(`t-${crypto.randomUUID()}`);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

type Draft = Partial<StoredArticle> & { key: string; text: string };

function draft(d: Draft): StoredArticle {
  return {
    url: d.key,
    canonicalUrl: null,
    title: null,
    byline: null,
    siteName: null,
    lang: 'en',
    publishedAt: null,
    excerpt: null,
    modifiedAt: null,
    section: null,
    imageUrl: null,
    description: null,
    captions: [],
    firstReadAt: NOW - DAY,
    lastReadAt: NOW - DAY,
    readCount: 1,
    savedAt: NOW - DAY,
    ...d,
  };
}

/** Stores an article as the archive does, then indexes it. */
async function store(d: Draft, entities?: IndexedEntity[]): Promise<StoredArticle> {
  const row = draft(d);
  row.id = await db.articles.add(row);
  await indexArticle(db, row, entities);
  if (merged) await mergeIndexTail(db);
  return row;
}

const search = (q: string, opts = {}) => searchArticles(db, q, { now: NOW, ...opts });
const keys = (hits: SearchHit[]) => hits.map((h) => h.key);

for (const mode of ['in the tail', 'merged'] as const) {
  describe(`with documents ${mode}`, () => {
    beforeEach(() => {
      merged = mode === 'merged';
    });

    describe('the French seed article', () => {
      const result = readPage(loadFixture('news24-putin-pyongyang.fr.html', SEED_URL), SEED_URL);
      if (!result.ok) throw new Error(`seed page not extracted: ${result.reason}`);
      const article = result.article;
      const key = articleKey(article.canonicalUrl, article.url)!;
      // Canonical ids, as lib/entities gives them (lib/kb).
      const entities = [
        { id: 'per:Q7747', type: 'PER', name: 'Vladimir Poutine' },
        { id: 'per:Q56226', type: 'PER', name: 'Kim Jong Un' },
        { id: 'loc:Q423', type: 'LOC', name: 'Corée du Nord' },
      ];

      beforeEach(async () => {
        await store({ ...article, key, firstReadAt: NOW, lastReadAt: NOW, savedAt: NOW }, entities);
        await store({ key: 'https://other.example/a', text: 'Nothing about that here.' });
      });

      it.each(['Pyongyang', 'pyongyang', 'coree', 'Corée', 'COREE', 'poutine russie'])(
        'is found with %s',
        async (q) => {
          expect(keys(await search(q))).toEqual([key]);
        },
      );

      it('is found by person:Putin (an entity named in another language) and place:', async () => {
        expect(keys(await search('person:Putin'))).toEqual([key]);
        expect(keys(await search('person:"Wladimir Putin"'))).toEqual([key]);
        expect(keys(await search('place:"North Korea"'))).toEqual([key]);
        expect(keys(await search('person:Q7747 place:"coree du nord"'))).toEqual([key]);
        expect(await search('person:Biden')).toEqual([]);
      });

      it('returns the hit with its metadata and a highlighted snippet', async () => {
        const [hit] = await search('pyongyang ');
        expect(hit).toMatchObject({
          key,
          title: article.title,
          siteName: 'News 24',
          lang: 'fr',
          publishedAt: '2024-06-19T06:45:00.000Z',
          savedAt: NOW,
        });
        expect(hit!.score).toBeGreaterThan(0);
        const marked = hit!.snippet.highlights.map(([a, b]) => hit!.snippet.text.slice(a, b));
        expect(marked.length).toBeGreaterThan(0);
        for (const m of marked) expect(m.toLowerCase()).toBe('pyongyang');
      });

      it('finds the French stems of other forms: soldat, soutiens', async () => {
        expect(keys(await search('soldat soutiens '))).toEqual([key]);
      });
    });

    describe('the query language', () => {
      beforeEach(async () => {
        await store({
          key: 'https://www.lemonde.fr/1',
          lang: 'fr',
          title: 'Élection présidentielle',
          text: 'Le plein soutien du parti aux candidats. Les électeurs votent.',
          publishedAt: '2024-03-10T00:00:00Z',
        });
        await store({
          key: 'https://news.bbc.co.uk/2',
          lang: 'en',
          title: 'Election night',
          text: 'Voters elected a new president with full support. Soutien plein, they said.',
          publishedAt: null,
          firstReadAt: Date.UTC(2023, 5, 1),
        });
        await store({
          key: 'https://history.example/3',
          lang: 'en',
          text: 'The president spoke about the election in history.',
          savedAt: undefined,
          publishedAt: '2022-01-01T00:00:00Z',
        });
      });

      it('needs every plain word (AND)', async () => {
        expect(keys(await search('president support '))).toEqual(['https://news.bbc.co.uk/2']);
        expect(await search('president nonexistentword ')).toEqual([]);
      });

      it('matches stems: elections finds election, elected finds elect', async () => {
        expect(keys(await search('elections ')).sort()).toEqual(
          ['https://news.bbc.co.uk/2', 'https://www.lemonde.fr/1'].sort(),
        );
      });

      it('matches a quoted phrase only as an exact sequence', async () => {
        expect(keys(await search('"plein soutien"'))).toEqual(['https://www.lemonde.fr/1']);
        expect(keys(await search('"soutien plein"'))).toEqual(['https://news.bbc.co.uk/2']);
        expect(await search('"plein candidats"')).toEqual([]);
      });

      it('matches a phrase in any case or accent, decomposed or not, and CJK in a row', async () => {
        await store({
          key: 'https://a.example/etat',
          text: 'Le Conseil d\u2019ÉTAT de\u0301cide.',
        });
        await store({ key: 'https://a.example/strasse', text: 'Die Hauptstraße Nord ist zu.' });
        await store({
          key: 'https://a.example/tokyo',
          text: '二〇二四年東京で会議があった。',
          lang: 'ja',
        });
        expect(keys(await search('"etat decide"'))).toEqual(['https://a.example/etat']);
        expect(await search('"conseil decide"')).toEqual([]);
        // Whole words only: not the end of one, nor the start of another.
        expect(await search('"tat decide"')).toEqual([]);
        expect(await search('"etat decid"')).toEqual([]);
        expect(keys(await search('"die hauptstrasse"'))).toEqual(['https://a.example/strasse']);
        expect(await search('"die hauptstrass"')).toEqual([]);
        expect(keys(await search('"hauptstrasse nord"'))).toEqual(['https://a.example/strasse']);
        expect(keys(await search('"年東京"'))).toEqual(['https://a.example/tokyo']);
        expect(await search('"東京年"')).toEqual([]);
      });

      it('filters by site, host or suffix', async () => {
        expect(keys(await search('site:lemonde.fr'))).toEqual(['https://www.lemonde.fr/1']);
        expect(keys(await search('site:co.uk election '))).toEqual(['https://news.bbc.co.uk/2']);
        expect(await search('site:monde.fr')).toEqual([]);
      });

      it('filters by language', async () => {
        expect(keys(await search('lang:fr'))).toEqual(['https://www.lemonde.fr/1']);
        expect(keys(await search('lang:en president '))).toEqual(['https://news.bbc.co.uk/2']);
      });

      it('filters by date: publishedAt, else first read', async () => {
        expect(keys(await search('before:2024'))).toEqual(['https://news.bbc.co.uk/2']);
        expect(keys(await search('after:2023-12'))).toEqual(['https://www.lemonde.fr/1']);
        expect(keys(await search('after:2023-05-31 before:2023-06-02'))).toEqual([
          'https://news.bbc.co.uk/2',
        ]);
        expect(await search('after:2024-03-10')).toEqual([]);
      });

      it('searches saved articles only, unless asked for history', async () => {
        expect(await search('history ')).toEqual([]);
        expect(keys(await search('history ', { includeHistory: true }))).toEqual([
          'https://history.example/3',
        ]);
        expect(keys(await search('president saved:no'))).toEqual(['https://history.example/3']);
        expect(keys(await search('history saved:yes', { includeHistory: true }))).toEqual([]);
      });

      it('lists a query of filters alone newest first', async () => {
        expect(keys(await search('lang:en', { includeHistory: true }))).toEqual([
          'https://news.bbc.co.uk/2',
          'https://history.example/3',
        ]);
        expect(keys(await search('saved:yes'))).toEqual([
          'https://www.lemonde.fr/1',
          'https://news.bbc.co.uk/2',
        ]);
      });

      it('reads an unknown key as plain words', async () => {
        await store({ key: 'https://x.example/4', text: 'A note on colour: blue.' });
        expect(keys(await search('colour:blue '))).toEqual(['https://x.example/4']);
      });

      it('returns nothing for an empty query', async () => {
        expect(await search('   ')).toEqual([]);
      });

      it('matches the word being typed as a prefix', async () => {
        expect(keys(await search('suppo'))).toEqual(['https://news.bbc.co.uk/2']);
        expect(await search('suppo ')).toEqual([]);
      });

      it('respects the limit', async () => {
        expect(await search('saved:yes', { limit: 1 })).toHaveLength(1);
      });
    });

    describe('CJK', () => {
      it('finds a word inside a run of Chinese characters', async () => {
        await store({
          key: 'https://zh.example/1',
          lang: 'zh',
          text: '普京访问平壤，会见金正恩。',
        });
        expect(keys(await search('平壤'))).toEqual(['https://zh.example/1']);
        expect(keys(await search('金正恩'))).toEqual(['https://zh.example/1']);
        expect(await search('平京')).toEqual([]);
        expect(keys(await search('"访问平壤"'))).toEqual(['https://zh.example/1']);
        expect(await search('"平壤访问"')).toEqual([]);
      });
    });

    describe('ranking', () => {
      it('ranks more occurrences higher (BM25)', async () => {
        await store({
          key: 'https://a.example/once',
          text: 'Kim met officials. ' + 'Other news. '.repeat(5),
        });
        await store({
          key: 'https://a.example/thrice',
          text: 'Kim, Kim and Kim. ' + 'Other news. '.repeat(5),
        });
        const hits = await search('kim ');
        expect(keys(hits)).toEqual(['https://a.example/thrice', 'https://a.example/once']);
        expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
      });

      it('ranks a rarer word as worth more (IDF)', async () => {
        await store({ key: 'https://a.example/common', text: 'summit summit talks' });
        await store({ key: 'https://a.example/rare', text: 'summit talks treaty treaty' });
        await store({ key: 'https://a.example/x', text: 'summit again' });
        const hits = await search('summit treaty ');
        expect(keys(hits)).toEqual(['https://a.example/rare']);
        const [both] = await search('summit ');
        expect(both).toBeDefined();
      });

      it('breaks a tie by recency', async () => {
        const text = 'Kim visited the border.';
        await store({ key: 'https://a.example/old', text, publishedAt: '2020-01-01T00:00:00Z' });
        await store({ key: 'https://a.example/new', text, publishedAt: '2025-01-10T00:00:00Z' });
        expect(keys(await search('kim border '))).toEqual([
          'https://a.example/new',
          'https://a.example/old',
        ]);
      });
    });

    describe('maintenance', () => {
      it('re-indexing the same key replaces what was indexed', async () => {
        const row = await store({
          key: 'https://a.example/1',
          text: 'First version about tulips.',
        });
        const changed = { ...row, text: 'Second version about roses.' };
        await db.articles.put(changed);
        await indexArticle(db, changed);
        await indexArticle(db, changed);
        expect(await search('tulips ')).toEqual([]);
        expect(keys(await search('roses '))).toEqual(['https://a.example/1']);
        expect(keys(await search('version '))).toEqual(['https://a.example/1']);
        expect(await db.searchMeta.get('stats')).toMatchObject({ docs: 1 });
      });

      it("indexes the article's stored entities when none are given", async () => {
        const row = draft({
          key: 'https://a.example/e',
          text: 'A visit.',
          entities: [
            { id: 'Q7747', type: 'PER', name: 'Vladimir Poutine', salience: 1, mentions: [] },
          ],
        });
        row.id = await db.articles.add(row);
        await indexArticle(db, row);
        expect(keys(await search('person:poutine'))).toEqual([row.key]);
        expect(keys(await search('person:q7747'))).toEqual([row.key]);
      });

      it("marks an entity filter's mentions in the snippet, in the article's own spelling", async () => {
        const text =
          'Le marché ouvre. Plus loin, Vladimir Poutine arrive à Pyongyang, et Poutine parle.';
        const at = (s: string, from = 0) => [
          text.indexOf(s, from),
          text.indexOf(s, from) + s.length,
        ];
        const [s1, e1] = at('Vladimir Poutine');
        const [s2, e2] = at('Poutine', e1);
        const [s3, e3] = at('Pyongyang');
        const row = draft({
          key: 'https://a.example/m',
          text,
          entities: [
            {
              id: 'per:Q7747',
              type: 'PER',
              name: 'Vladimir Poutine',
              salience: 1,
              mentions: [
                { start: s1!, end: e1! },
                { start: s2!, end: e2! },
              ],
            },
            {
              id: 'loc:Q18808',
              type: 'LOC',
              name: 'Pyongyang',
              salience: 0.5,
              mentions: [{ start: s3!, end: e3! }],
            },
          ],
        });
        row.id = await db.articles.add(row);
        await indexArticle(db, row);
        if (merged) await mergeIndexTail(db);
        const marks = (h: SearchHit) =>
          h.snippet.highlights.map(([a, b]) => h.snippet.text.slice(a, b));
        const [putin] = await search('person:Putin');
        expect(marks(putin!)).toEqual(['Vladimir Poutine', 'Poutine']);
        // The passage is the one with the mentions, not the text's start.
        expect(putin!.snippet.text).toContain('Vladimir Poutine arrive');
        const [both] = await search('person:Putin pyongyang');
        expect(marks(both!)).toEqual(['Vladimir Poutine', 'Pyongyang', 'Poutine']);
        // A place filter marks the place, not the person.
        const [place] = await search('place:Pyongyang');
        expect(marks(place!)).toEqual(['Pyongyang']);
      });

      it('indexes an article without its id by looking up its key', async () => {
        const row = draft({ key: 'https://a.example/noid', text: 'Lookup by key.' });
        await db.articles.add({ ...row });
        await indexArticles(db, [{ article: row }]);
        expect(keys(await search('lookup '))).toEqual(['https://a.example/noid']);
        await expect(
          indexArticle(db, draft({ key: 'https://a.example/absent', text: 'x' })),
        ).rejects.toThrow(/not stored/);
      });

      it('removes one article, and then everything', async () => {
        await store({ key: 'https://a.example/1', text: 'Tulips in spring.' });
        await store({ key: 'https://a.example/2', text: 'Tulips in autumn.' });
        await removeFromIndex(db, 'https://a.example/1');
        await removeFromIndex(db, 'https://a.example/never');
        expect(keys(await search('tulips '))).toEqual(['https://a.example/2']);
        expect(await search('spring ')).toEqual([]);
        await clearIndex(db);
        expect(await search('tulips ')).toEqual([]);
        expect(await search('saved:yes')).toEqual([]);
        expect(await db.searchPostings.count()).toBe(0);
        expect(await db.searchTail.count()).toBe(0);
        expect(await db.articles.count()).toBe(2);
      });

      it('indexes many articles in one call', async () => {
        const rows = [1, 2, 5000, 9000].map((id) =>
          draft({ id, key: `https://a.example/${id}`, text: `Batch article number ${id}.` }),
        );
        await db.articles.bulkAdd(rows);
        await indexArticles(
          db,
          rows.map((article) => ({ article })),
        );
        expect(keys(await search('batch ', { limit: 10 })).sort()).toEqual(
          rows.map((r) => r.key).sort(),
        );
        expect(keys(await search('5000 '))).toEqual(['https://a.example/5000']);
        expect(await db.searchMeta.get('stats')).toMatchObject({ docs: 4, nextDoc: 5 });
      });

      it('sees writes made after a query was cached', async () => {
        await store({ key: 'https://a.example/1', text: 'Tulips.' });
        expect(await search('tulips ')).toHaveLength(1);
        await store({ key: 'https://a.example/2', text: 'More tulips.' });
        expect(await search('tulips ')).toHaveLength(2);
      });
    });
  });
}

describe('the tail', () => {
  it('is merged when idle once full, by indexing only at the hard limit, and found the same', async () => {
    const rows = Array.from({ length: TAIL_MAX + TAIL_HARD_MAX + 2 }, (_, i) =>
      draft({ id: i + 1, key: `https://a.example/${i + 1}`, text: `Tulip number w${i + 1}.` }),
    );
    await db.articles.bulkAdd(rows);
    await indexArticles(
      db,
      rows.slice(0, TAIL_MAX - 1).map((article) => ({ article })),
    );
    // Not full yet: the idle merge leaves it (folded: see the next test).
    expect(await mergeIndexTail(db, TAIL_MAX)).toBe(false);
    expect(await db.searchTail.count()).toBe(0);
    expect(await db.searchPostings.count()).toBe(0);
    await indexArticle(db, rows[TAIL_MAX - 1]!);
    // Saving never merges below the hard limit; the idle merge does.
    expect(await db.searchTail.count()).toBe(1);
    expect(await db.searchPostings.count()).toBe(0);
    expect(await search('tulip ', { limit: 5000 })).toHaveLength(TAIL_MAX);
    expect(await mergeIndexTail(db, TAIL_MAX)).toBe(true);
    expect(await db.searchTailTerms.count()).toBe(0);
    expect(await db.searchTail.count()).toBe(0);
    expect(await db.searchPostings.count()).toBeGreaterThan(0);
    // No idle moment: indexing merges by itself when the tail reaches the hard limit.
    await indexArticles(
      db,
      rows.slice(TAIL_MAX, TAIL_MAX + TAIL_HARD_MAX).map((article) => ({ article })),
    );
    expect(await db.searchTail.count()).toBe(0);
    await indexArticle(db, rows[TAIL_MAX + TAIL_HARD_MAX]!);
    await indexArticle(db, rows[TAIL_MAX + TAIL_HARD_MAX + 1]!);
    expect(await db.searchTail.count()).toBe(2);
    // Hits come from the rows and the tail together.
    const all = TAIL_MAX + TAIL_HARD_MAX + 2;
    expect(await search('tulip ', { limit: 5000 })).toHaveLength(all);
    expect(keys(await search('w7 '))).toEqual(['https://a.example/7']);
    expect(keys(await search(`w${all} `))).toEqual([`https://a.example/${all}`]);
  });

  it('saving writes one tail row; the idle worker folds them, FOLD_DOCS at a time, found the same', async () => {
    const rows = Array.from({ length: FOLD_DOCS + 1 }, (_, i) =>
      draft({
        key: `https://a.example/${i + 1}`,
        text: i ? `Tulip number w${i + 1}.` : 'Tulips in Lisse, per person.',
        savedAt: NOW - (i + 1) * DAY,
      }),
    );
    await db.articles.bulkAdd(rows, { allKeys: true }).then((ids) => {
      ids.forEach((id, i) => (rows[i]!.id = id));
    });
    const [a, ...rest] = rows;
    await indexArticle(db, a!);
    expect((await db.searchTail.toArray())[0]!.terms).toContain('tulip');
    // Idle, fewer than FOLD_DOCS saved: nothing to do.
    expect(await mergeIndexTail(db, TAIL_MAX)).toBe(false);
    expect(await db.searchTail.count()).toBe(1);
    expect(await db.searchTailTerms.count()).toBe(0);
    // Its bucket ("per:car") shares a shard with "per" (see shardOf).
    const carl = [{ id: 'Q1', type: 'PER', name: 'Carl Ivan' }];
    for (const r of rest.slice(0, FOLD_DOCS - 1)) {
      await indexArticle(db, r, r === rest[5] ? carl : undefined);
    }
    const before = await search('tulip ', { limit: 100 });
    expect(before).toHaveLength(FOLD_DOCS);
    // FOLD_DOCS saved: folded into one row per shard and the columns rows, no tail row left.
    expect(await mergeIndexTail(db, TAIL_MAX)).toBe(false);
    expect(await db.searchTail.count()).toBe(0);
    expect(await db.searchTailTerms.count()).toBeLessThanOrEqual(TAIL_SHARDS);
    expect(await db.searchColumns.count()).toBe(1);
    expect(await search('tulip ', { limit: 100 })).toEqual(before);
    expect(keys(await search('tulips lisse '))).toEqual([a!.key]);
    expect(keys(await search('lis'))).toEqual([a!.key]);
    expect(keys(await search('w7 '))).toEqual(['https://a.example/7']);
    // Terms of another bucket of the shard that begin with the prefix are not its terms.
    expect(shardOf(bucketOf('per:carl'))).toBe(shardOf(bucketOf('person')));
    expect(keys(await search('per'))).toEqual([a!.key]);
    expect(keys(await search('person:carl'))).toEqual([rest[5]!.key]);
    // Folded documents are still in the tail: re-indexed, unsaved, removed.
    await indexArticle(db, { ...rest[2]!, text: 'Roses.' });
    await indexArticle(db, { ...rest[3]!, savedAt: undefined });
    await removeFromIndex(db, rest[4]!.key);
    // A document saved after: in its own row, found with the folded ones.
    await indexArticle(db, rest.at(-1)!);
    const hits = await search('tulip ', { limit: 100 });
    expect(hits).toHaveLength(FOLD_DOCS - 2);
    expect(keys(await search('roses '))).toEqual([rest[2]!.key]);
    expect(keys(await search('tulip ', { limit: 100, includeHistory: true }))).toHaveLength(
      FOLD_DOCS - 1,
    );
    await mergeIndexTail(db);
    expect(await db.searchTailTerms.count()).toBe(0);
    expect(await db.searchTail.count()).toBe(0);
    expect(await search('tulip ', { limit: 100 })).toEqual(hits);
    expect(keys(await search('roses '))).toEqual([rest[2]!.key]);
  });

  it('folds a batch at once, and merges once the folded tail reaches TAIL_FOLDED_MAX', async () => {
    const batch = 2 * FOLD_DOCS;
    const rows = Array.from({ length: 3 * batch }, (_, i) =>
      draft({ id: i + 1, key: `https://a.example/${i + 1}`, text: `Tulip number w${i + 1}.` }),
    );
    await db.articles.bulkAdd(rows);
    for (let b = 0; b < 2; b++) {
      await indexArticles(
        db,
        rows.slice(b * batch, (b + 1) * batch).map((article) => ({ article })),
      );
    }
    // Folded, not merged: no tail row, a block per batch and shard.
    expect(await db.searchTail.count()).toBe(0);
    expect(await db.searchPostings.count()).toBe(0);
    expect(await db.searchTailTerms.count()).toBeLessThanOrEqual(2 * TAIL_SHARDS);
    expect(await search('tulip ', { limit: 5000 })).toHaveLength(2 * batch);
    expect(keys(await search(`w${2 * batch} `))).toEqual([`https://a.example/${2 * batch}`]);
    // As if an import had folded TAIL_FOLDED_MAX documents (indexing that many takes seconds).
    const stats = (await db.searchMeta.get('stats'))!;
    await db.searchMeta.put({ ...stats, tailCount: TAIL_FOLDED_MAX - batch });
    await indexArticles(
      db,
      rows.slice(2 * batch).map((article) => ({ article })),
    );
    expect(await db.searchTailTerms.count()).toBe(0);
    expect(await db.searchPostings.count()).toBeGreaterThan(0);
    expect(await search('tulip ', { limit: 5000 })).toHaveLength(3 * batch);
    expect(keys(await search('w1 '))).toEqual(['https://a.example/1']);
  });

  it('reads and merges the tail as schema v11 left it (terms in a row per document and shard)', async () => {
    const rows = Array.from({ length: FOLD_DOCS + 3 }, (_, i) =>
      draft({ key: `https://a.example/${i + 1}`, text: `Tulip number w${i + 1}.` }),
    );
    await db.articles.bulkAdd(rows, { allKeys: true }).then((ids) => {
      ids.forEach((id, i) => (rows[i]!.id = id));
    });
    for (const r of rows.slice(0, 3)) await indexArticle(db, r);
    // As v11's idle worker left them: terms in TailTerms rows, columns in the tail rows.
    const tail = await db.searchTail.toArray();
    await db.searchTailTerms.bulkPut(
      tail.flatMap((t) => tailTermRows(t.doc, t.terms!.split('\n'), t.tfs!)),
    );
    await db.searchTail.bulkPut(tail.map(({ terms: _t, tfs: _f, ...rest }) => rest));
    const stats = (await db.searchMeta.get('stats'))!;
    await db.searchMeta.put({ ...stats, shardFrom: stats.nextDoc });
    for (const r of rows.slice(3)) await indexArticle(db, r);
    const all = await search('tulip ', { limit: 100 });
    expect(all).toHaveLength(rows.length);
    expect(keys(await search('w2 '))).toEqual(['https://a.example/2']);
    // Folded with the rest: the v11 rows' columns moved, their terms left where they are.
    expect(await mergeIndexTail(db, TAIL_MAX)).toBe(false);
    expect(await db.searchTail.count()).toBe(0);
    expect(await search('tulip ', { limit: 100 })).toEqual(all);
    expect(keys(await search('w2 '))).toEqual(['https://a.example/2']);
    expect(keys(await search('w35 '))).toEqual(['https://a.example/35']);
    await mergeIndexTail(db);
    expect(await db.searchTailTerms.count()).toBe(0);
    expect(await search('tulip ', { limit: 100 })).toEqual(all);
    expect(keys(await search('w2 '))).toEqual(['https://a.example/2']);
  });

  it('re-indexing unchanged content keeps the document and updates saved and date', async () => {
    const row = draft({ key: 'https://a.example/1', text: 'Tulips.' });
    row.id = await db.articles.add(row);
    await indexArticle(db, row);
    await mergeIndexTail(db);
    const before = await db.searchDocs.get(row.key);
    await indexArticle(db, { ...row, savedAt: undefined });
    expect(await db.searchDocs.get(row.key)).toEqual(before);
    expect(await search('tulips ')).toEqual([]);
    expect(keys(await search('tulips ', { includeHistory: true }))).toEqual([row.key]);
    expect(await db.searchTail.count()).toBe(0);
  });

  it('saving writes no columns row: the tail row carries them until the merge, and rows written before are still read', async () => {
    const a = draft({ key: 'https://a.example/1', text: 'Tulips.', savedAt: NOW - 1 });
    const b = draft({ key: 'https://a.example/2', text: 'More tulips.', savedAt: NOW - 2 });
    a.id = await db.articles.add(a);
    b.id = await db.articles.add(b);
    await indexArticle(db, a);
    expect(await db.searchColumns.count()).toBe(0);
    // An older tail row: its columns in a columns row, none in the tail row.
    const t = (await db.searchTail.toArray())[0]!;
    const cols = emptyColumns(0);
    cols.len[t.doc] = t.len!;
    cols.saved[t.doc] = t.savedAt ? 1 : 0;
    cols.date[t.doc] = toColumnDate(t.date!);
    cols.article[t.doc] = t.article!;
    await db.searchColumns.put(cols);
    await db.searchTail.put({ doc: t.doc, terms: t.terms, tfs: t.tfs });
    await indexArticle(db, b);
    expect(keys(await search('tulips '))).toEqual([a.key, b.key]);
    // Unsaved: the new column values go where the columns are.
    await indexArticle(db, { ...b, savedAt: undefined });
    await indexArticle(db, { ...a, savedAt: undefined });
    expect(await search('tulips ')).toEqual([]);
    await indexArticle(db, b);
    await mergeIndexTail(db);
    expect(await db.searchTail.count()).toBe(0);
    expect(keys(await search('tulips '))).toEqual([b.key]);
    expect(keys(await search('tulips ', { includeHistory: true }))).toEqual([a.key, b.key]);
  });
});

describe('one text on several sites', () => {
  // Some seventy words: a wire dispatch, long enough for a fingerprint and a signature.
  const WIRE = `${QUAKE_EN} ${QUAKE_EN_2}`;

  it('is one result, the best ranked, "also on" the other sites; pages do not list a copy again', async () => {
    merged = false;
    await store({ key: 'https://wire-one.example/1', text: WIRE, title: 'Quake' });
    // Republished with a dateline and a credit line, and as it is.
    await store({
      key: 'https://wire-two.example/2',
      text: `VALPARAISO (AFP) — ${WIRE} With AFP`,
      title: 'Earthquake in Valparaiso',
      publishedAt: '2025-01-10T09:00:00.000Z',
    });
    await store({ key: 'https://wire-three.example/3', text: WIRE, title: 'Quake, again' });
    // Another text about it, and the same site's own other article with the very text.
    await store({
      key: 'https://other.example/4',
      text: 'Valparaiso counted its dead after the earthquake; the port stayed closed.',
    });
    const all = await search('valparaiso');
    expect(all).toHaveLength(2);
    const wire = all.find((h) => h.key.includes('wire'))!;
    expect(wire.copies?.map((c) => c.key).sort()).toEqual(
      ['https://wire-one.example/1', 'https://wire-two.example/2', 'https://wire-three.example/3']
        .filter((k) => k !== wire.key)
        .sort(),
    );
    // Each named by its own headline on its site, linked to its address.
    const titles: Record<string, string> = {
      'https://wire-one.example/1': 'Quake',
      'https://wire-two.example/2': 'Earthquake in Valparaiso',
      'https://wire-three.example/3': 'Quake, again',
    };
    for (const c of wire.copies ?? []) {
      expect(c).toMatchObject({ title: titles[c.key], url: c.key, saved: true });
    }
    // A page at a time: the same two results, no copy as a result of its own.
    const first = await search('valparaiso', { limit: 1 });
    const second = await search('valparaiso', { limit: 1, offset: 1 });
    expect([...keys(first), ...keys(second)]).toEqual(keys(all));
    expect(await search('valparaiso', { limit: 1, offset: 2 })).toEqual([]);
  });

  it('folds the copies it read again without reading them: only what the worker kept is needed', async () => {
    merged = false;
    await store({ key: 'https://wire-one.example/1', text: WIRE, title: 'Quake' });
    await store({ key: 'https://wire-two.example/2', text: `${WIRE} With AFP` });
    await store({ key: 'https://wire-three.example/3', text: WIRE });
    await store({
      key: 'https://other.example/4',
      text: 'Valparaiso counted its dead after the earthquake; the port stayed closed.',
    });
    const reads = async (q: string, opts: { limit?: number; offset?: number } = {}) => {
      const timings = { articlesRead: 0, lightRead: 0 };
      const hits = await search(q, { ...opts, timings });
      return { hits, read: timings.articlesRead, light: timings.lightRead };
    };
    // The second page of one, first asked: the first result is counted, not shown (kept for
    // folding only), and read without its text (its light row); the second's text is read.
    expect(await reads('valparaiso', { limit: 1, offset: 1 })).toMatchObject({ read: 1, light: 1 });
    // Shown now: its text is read, for its snippet.
    const one = await reads('valparaiso', { limit: 1 });
    expect(one.read).toBe(1);
    expect(one.hits[0]!.snippet.highlights.length).toBeGreaterThan(0);
    const all = await reads('valparaiso');
    expect(all.hits).toHaveLength(2);
    expect(all.hits.find((h) => h.key.includes('wire'))!.copies).toHaveLength(2);
    // The same query again reads nothing: the copies were kept with the hits.
    const again = await reads('valparaiso');
    expect(again.read).toBe(0);
    expect(again.hits).toEqual(all.hits);
    expect(one.hits).toEqual([{ ...all.hits[0]!, copies: undefined }]);
  });

  it('stays two results on one site', async () => {
    merged = false;
    await store({ key: 'https://wire-one.example/1', text: WIRE });
    await store({ key: 'https://wire-one.example/2', text: `${WIRE} (Reuters)` });
    expect((await search('valparaiso')).map((h) => [h.key, h.copies])).toEqual([
      [expect.any(String), undefined],
      [expect.any(String), undefined],
    ]);
  });
});

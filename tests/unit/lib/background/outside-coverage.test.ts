import { beforeEach, expect, it } from 'vitest';
import { coverageLabels, outsideCoverage } from '@/lib/background/outside-coverage';
import type { BackstoryDb, StoredEntity } from '@/lib/db';
import { createSourceState } from '@/lib/online/source-state';
import type { FakeApis } from '../../../fake-apis/server';
import { storedArticle } from '../../../helpers';
import { useFakeApis } from '../../use-fake-apis';
import { useTestDb } from '../../use-test-db';
import { QUAKE_EN, QUAKE_EN_2 } from '../stories/helpers';

let server: FakeApis;
let db: BackstoryDb;

const apis = useFakeApis();
const testDb = useTestDb();
beforeEach(() => {
  server = apis();
  db = testDb();
});

const ent = (id: string, name: string, salience: number): StoredEntity => ({
  id,
  type: 'PER',
  name,
  salience,
  mentions: [],
});

const article = storedArticle({
  key: 'https://news24.example/kim',
  title: 'Kim promet son plein soutien',
  siteName: 'News 24',
  lang: 'fr',
  publishedAt: '2024-06-19T06:45:00.000Z',
  text: 'Texte.',
  firstReadAt: Date.UTC(2024, 5, 19),
  lastReadAt: Date.UTC(2024, 5, 19),
  entities: [
    ent('per:Q7747', 'Vladimir Poutine', 1),
    ent('per:Q56226', 'Kim Jong Un', 0.9),
    ent('loc:Q18808', 'Pyongyang', 0.6),
    ent('per:joe-passing', 'Joe Passing', 0.1),
  ],
});

it('asks with the English names of the main entities only', () => {
  expect(coverageLabels(article)).toEqual(['Vladimir Putin', 'Kim Jong Un', 'Pyongyang']);
});

it('lists other outlets’ coverage, and sends nothing about the page', async () => {
  const answer = await outsideCoverage(article, {
    db,
    config: { gdeltApi: `${server.origin}/api/v2/doc/doc` },
    state: createSourceState('gdelt'),
    // GDELT keeps three months: read the day after it was published.
    now: () => Date.UTC(2024, 5, 20),
  });
  expect(answer.status).toBe('ok');
  if (answer.status !== 'ok') return;
  expect(answer.query).toEqual(['Vladimir Putin', 'Kim Jong Un', 'Pyongyang']);
  expect(answer.articles.length).toBeGreaterThan(0);
  expect(answer.articles[0]).toMatchObject({ title: expect.any(String), url: /^https:\/\// });
  const sent = JSON.stringify(server.log);
  expect(sent).not.toContain('news24.example');
  expect(sent).not.toContain('plein soutien');
});

it('says GDELT failed, without throwing, when it is down', async () => {
  server.setMode('down');
  expect(
    await outsideCoverage(article, {
      db,
      config: { gdeltApi: `${server.origin}/api/v2/doc/doc` },
      state: createSourceState('gdelt'),
      timeoutMs: 300,
    }),
  ).toEqual({ status: 'failed', reason: 'offline' });
});

it('leaves out the article’s own text as the reader read it on one of the outlets listed', async () => {
  const WIRE = `${QUAKE_EN} ${QUAKE_EN_2}`;
  // The fake GDELT lists news.example.org's story 1; the reader read this text there too.
  const elsewhere = 'https://news.example.org/world/story-1';
  await db.articles.bulkAdd([
    { ...article, text: WIRE },
    storedArticle({ key: elsewhere, url: elsewhere, title: 'Pact', text: `${WIRE} (Reuters)` }),
  ]);
  const answer = await outsideCoverage(article, {
    db,
    config: { gdeltApi: `${server.origin}/api/v2/doc/doc` },
    state: createSourceState('gdelt'),
    now: () => Date.UTC(2024, 5, 20),
  });
  if (answer.status !== 'ok') throw new Error(answer.status);
  expect(answer.articles.length).toBeGreaterThan(0);
  expect(answer.articles.map((a) => a.url)).not.toContain(elsewhere);
});

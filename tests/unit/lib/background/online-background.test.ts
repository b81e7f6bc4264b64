import { beforeEach, expect, it } from 'vitest';
import { onlineBackground, qidOf } from '@/lib/background/online-background';
import type { BackstoryDb, StoredEntity } from '@/lib/db';
import { createSourceState } from '@/lib/online/source-state';
import type { FakeApis } from '../../../fake-apis/server';
import { useFakeApis } from '../../use-fake-apis';
import { useTestDb } from '../../use-test-db';

let server: FakeApis;
let db: BackstoryDb;

const apis = useFakeApis();
const testDb = useTestDb();
beforeEach(() => {
  server = apis();
  db = testDb();
});

const endpoints = () => ({
  wikidataApi: `${server.origin}/w/api.php`,
  wikipediaRest: `${server.origin}/{lang}/api/rest_v1`,
  gdeltApi: `${server.origin}/api/v2/doc/doc`,
});

const putin: StoredEntity = {
  id: 'per:Q7747',
  type: 'PER',
  name: 'Vladimir Poutine',
  salience: 1,
  mentions: [],
};

it('reads the QID an entity id carries, and only a QID', () => {
  expect(qidOf('per:Q7747')).toBe('Q7747');
  expect(qidOf('per:vladimir-poutine')).toBeUndefined();
  expect(qidOf('per:Q7747x')).toBeUndefined();
});

it('gives the French summary to a French reader, asking by QID when the id has one', async () => {
  const answer = await onlineBackground(putin, 'fr', {
    db,
    endpoints: endpoints(),
    state: createSourceState('wiki'),
  });
  expect(answer).toMatchObject({ status: 'ok', qid: 'Q7747', summary: { lang: 'fr' } });
  // Known QID: no search by name.
  expect(server.log.some((r) => r.query.action === 'wbsearchentities')).toBe(false);
  expect(
    server.log.every((r) => String(r.headers['api-user-agent']).startsWith('Backstory/')),
  ).toBe(true);
});

it('says the source failed, without throwing, when it is down', async () => {
  server.setMode('down');
  expect(
    await onlineBackground({ ...putin, id: 'per:vladimir-poutine' }, 'fr', {
      db,
      endpoints: endpoints(),
      state: createSourceState('wiki'),
      timeoutMs: 300,
    }),
  ).toEqual({ status: 'failed', reason: 'offline' });
});

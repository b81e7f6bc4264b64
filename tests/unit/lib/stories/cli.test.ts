import Dexie from 'dexie';
import { afterEach, expect, it, vi } from 'vitest';
import { parseDocuments } from '@/lib/cli/stories';
import { openDb, type BackstoryDb } from '@/lib/db';
import { groupDocuments } from '@/lib/stories/group-documents';

let db: BackstoryDb | undefined;
afterEach(async () => {
  if (!db) return;
  db.close();
  await Dexie.delete(db.name);
  db = undefined;
});

it('reads JSON Lines, reporting bad lines by number and keeping the good ones', () => {
  const onError = vi.fn();
  const docs = parseDocuments(
    [
      '{"doc_id":"a","text":"One."}',
      '',
      '{not json',
      '{"doc_id":7,"text":"Two.","lang":"fr","published_at":"2024-01-02"}',
      '{"doc_id":"c"}',
      '{"doc_id":"d","text":"x","published_at":"someday"}',
    ].join('\n'),
    onError,
  );
  expect(docs.map((d) => d.doc_id)).toEqual(['a', '7']);
  expect(docs[1]).toMatchObject({ lang: 'fr', published_at: '2024-01-02' });
  expect(onError.mock.calls.map((c) => c[0])).toEqual([3, 5, 6]);
  expect(onError.mock.calls[1]?.[1]).toMatch(/^text: /);
});

it('groups documents with the extension code, answering in input order', async () => {
  db = openDb(`t-${crypto.randomUUID()}`);
  const quake =
    'A powerful earthquake struck Valparaiso in Chile. Rescue teams searched the rubble.';
  const stories = await groupDocuments(db, [
    { doc_id: '1', text: quake, title: 'Earthquake hits Valparaiso' },
    {
      doc_id: '2',
      text: 'Voters in Norway elected Jonas Gahr Store. The Labour Party won in Oslo.',
    },
    { doc_id: '3', text: `${quake} Aftershocks shook Valparaiso again.`, lang: 'en' },
  ]);
  expect(stories).toHaveLength(3);
  expect(stories[2]).toBe(stories[0]);
  expect(stories[1]).not.toBe(stories[0]);
});

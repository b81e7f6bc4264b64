import { expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { sessionSourceMemory } from '@/lib/online/session-memory';

it('keeps a source memory in session storage, per source', async () => {
  const wiki = sessionSourceMemory('wiki');
  expect(await wiki.load()).toBeNull();
  await wiki.save({ blockedUntil: { 'www.wikidata.org': 1_000 }, lastSentAt: 500 });
  expect(await sessionSourceMemory('wiki').load()).toEqual({
    blockedUntil: { 'www.wikidata.org': 1_000 },
    lastSentAt: 500,
  });
  expect(await sessionSourceMemory('gdelt').load()).toBeNull();
});

it('reads anything else in its place as nothing remembered', async () => {
  await storage.setItem('session:onlineSource:wiki', { blockedUntil: 'soon', lastSentAt: 1 });
  expect(await sessionSourceMemory('wiki').load()).toBeNull();
});

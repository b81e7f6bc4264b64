// The background side of the highlights (lib/background/page-entities.ts, entity-cards.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import {
  createBackgroundQueue,
  createHandlers,
  type BackgroundDeps,
} from '@/lib/background/handlers';
import type { TabRecord } from '@/lib/background/tab-view';
import { openDb } from '@/lib/db';
import type { Sender } from '@/lib/messaging/handle';
import { readPage } from '@/lib/pipeline/read-page';
import { loadFixture } from '../../../helpers';

const PAGE = 'https://news24.example/monde/kim';
const seed = (() => {
  const r = readPage(loadFixture('news24-putin-pyongyang.fr.html', PAGE), PAGE);
  if (!r.ok) throw new Error(r.reason);
  return r.article;
})();
const sender = (tabId: number, url = PAGE): Sender => ({
  id: 'x',
  frameId: 0,
  tab: { id: tabId, url, incognito: false },
});

let deps: BackgroundDeps & { recording: boolean; records: Map<number, TabRecord> };
let h: ReturnType<typeof createHandlers>;
beforeEach(async () => {
  const records = new Map<number, TabRecord>();
  deps = {
    db: openDb(`t-${crypto.randomUUID()}`),
    records,
    recording: true,
    isRecording: async () => deps.recording,
    excludedSites: async () => ['bank.example'],
    historyRetentionDays: async () => 365,
    getTab: async () => ({ url: PAGE, incognito: false }),
    readTabRecord: async (id) => records.get(id),
    writeTabRecord: async (id, r) => void records.set(id, r),
    notifyTabChanged: () => {},
    captureArticle: async () => null,
    setBadge: () => {},
    now: () => 42,
    uiLanguage: () => 'fr',
    openSidePanel: vi.fn(async () => {}),
    selectPanelEntity: vi.fn(async () => {}),
  };
  h = createHandlers(deps, createBackgroundQueue(deps));
  await h.reportPage({ kind: 'article', article: seed }, sender(1));
});
afterEach(async () => {
  deps.db.close();
  await Dexie.delete(deps.db.name);
});

describe('getPageEntities', () => {
  it("answers with the tab's article entities, their mention strings and cards", async () => {
    const entities = await h.getPageEntities({ url: `${PAGE}#top` }, sender(1, `${PAGE}#top`));
    const putin = entities.find((e) => e.name === 'Vladimir Poutine')!;
    expect(putin).toMatchObject({
      type: 'PER',
      surfaces: expect.arrayContaining(['Vladimir Poutine', 'Poutine']),
      card: { title: 'Vladimir Poutine', typeLabel: 'Personne' },
    });
    expect(putin.id).toBe('per:Q7747');
    // One line from the bundled knowledge base, in the interface's language.
    expect(putin.card.description).toBe('président de la Russie');
    expect(putin.surfaces[0]).toBe('Vladimir Poutine'); // longest first
    expect(entities.find((e) => e.name === 'Pyongyang')?.card.typeLabel).toBe('Lieu');
  });

  it('says nothing about another page, another tab, while paused or on an excluded site', async () => {
    // The page asks about a URL other than its tab's.
    expect(await h.getPageEntities({ url: 'https://other.example/a' }, sender(1))).toEqual([]);
    // Another tab showing the same URL never reported it.
    expect(await h.getPageEntities({ url: PAGE }, sender(2))).toEqual([]);
    // The tab moved on to another page.
    const moved = 'https://news24.example/sport';
    expect(await h.getPageEntities({ url: moved }, sender(1, moved))).toEqual([]);
    const bank = 'https://bank.example/monde/kim';
    deps.records.set(3, { url: bank, kind: 'article', key: deps.records.get(1)!.key });
    expect(await h.getPageEntities({ url: bank }, sender(3, bank))).toEqual([]);
    deps.recording = false;
    expect(await h.getPageEntities({ url: PAGE }, sender(1))).toEqual([]);
  });

  it('gives English type labels to an English interface', async () => {
    deps.uiLanguage = () => 'en-GB';
    const entities = await h.getPageEntities({ url: PAGE }, sender(1));
    const putin = entities.find((e) => e.name === 'Vladimir Poutine')!;
    expect(putin.card).toMatchObject({ typeLabel: 'Person', title: 'Vladimir Putin' });
  });
});

describe('openEntityPanel', () => {
  it('opens the side panel before any await, then remembers the entity', async () => {
    const [putin] = (await h.getPageEntities({ url: PAGE }, sender(1))).filter(
      (e) => e.name === 'Vladimir Poutine',
    );
    const pending = h.openEntityPanel({ entityId: putin!.id }, sender(1));
    expect(deps.openSidePanel).toHaveBeenCalledWith(1); // still inside the user gesture
    expect(await pending).toEqual({ opened: true });
    expect(deps.selectPanelEntity).toHaveBeenCalledWith(1, {
      id: putin!.id,
      name: 'Vladimir Poutine',
      type: 'PER',
    });
  });

  it('remembers no entity that is not in the tab article, and reports a refused panel', async () => {
    deps.openSidePanel = vi.fn(async () => {
      throw new Error('sidePanel.open() may only be called in response to a user gesture.');
    });
    expect(await h.openEntityPanel({ entityId: 'per:nobody' }, sender(1))).toEqual({
      opened: false,
    });
    expect(deps.selectPanelEntity).not.toHaveBeenCalled();
  });
});

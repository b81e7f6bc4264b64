import { describe, expect, it } from 'vitest';
import { createPanelStore, type PanelConnector } from '@/lib/ui/panel-store';
import type { TabView } from '@/lib/messaging/protocol';

function fakeConnector(views: Record<number, TabView>) {
  let tabId = 1;
  let listener: (() => void) | undefined;
  const conn: PanelConnector = {
    findTabId: async () => tabId,
    getTabView: async (id) => views[id] ?? { kind: 'pending' },
    listRecent: async () => [],
    subscribe: (fn) => ((listener = fn), () => (listener = undefined)),
  };
  return {
    conn,
    switchTo: (id: number) => ((tabId = id), listener?.()),
    subscribed: () => listener !== undefined,
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('panel store', () => {
  it('loads the current tab and follows tab switches until stopped', async () => {
    const fake = fakeConnector({ 1: { kind: 'paused' }, 2: { kind: 'not-article', reason: 'x' } });
    const store = createPanelStore(fake.conn);
    expect(store.state.value.loading).toBe(true);
    const stop = store.start();
    await flush();
    expect(store.state.value).toEqual({ loading: false, view: { kind: 'paused' }, recent: [] });
    fake.switchTo(2);
    await flush();
    expect(store.state.value.view).toEqual({ kind: 'not-article', reason: 'x' });
    stop();
    expect(fake.subscribed()).toBe(false);
  });

  it('keeps what it showed and reports an error when the background fails', async () => {
    const store = createPanelStore({
      findTabId: async () => 1,
      getTabView: async () => Promise.reject(new Error('worker gone')),
      listRecent: async () => [],
      subscribe: () => () => {},
    });
    await store.refresh();
    expect(store.state.value).toMatchObject({ loading: false, error: 'worker gone' });
  });
});

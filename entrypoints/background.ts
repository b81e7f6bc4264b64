import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { defineBackground } from 'wxt/utils/define-background';
import {
  createBackgroundQueue,
  createHandlers,
  type BackgroundDeps,
} from '@/lib/background/handlers';
import type { TabRecord } from '@/lib/background/tab-view';
import { openDb } from '@/lib/db';
import { dispatchMessage, type Sender } from '@/lib/messaging/handle';
import { onMessage, sendMessage } from '@/lib/messaging/messenger';
import { INBOUND, type InboundType } from '@/lib/messaging/protocol';
import { recordingEnabled } from '@/lib/settings';

// Wires browser events to lib/: no logic lives here.
export default defineBackground(() => {
  const db = openDb();
  const tabKey = (tabId: number) => `session:tab:${tabId}` as const;
  const deps: BackgroundDeps = {
    db,
    isRecording: () => recordingEnabled.getValue(),
    getTab: async (tabId) => {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      return tab && { url: tab.url, incognito: tab.incognito };
    },
    readTabRecord: async (tabId) => (await storage.getItem<TabRecord>(tabKey(tabId))) ?? undefined,
    writeTabRecord: (tabId, record) => storage.setItem(tabKey(tabId), record),
    notifyTabChanged: (tabId) => {
      // No extension page open is the usual case, not an error.
      sendMessage('tabViewChanged', { tabId }).catch(() => {});
    },
    now: () => Date.now(),
  };
  const queue = createBackgroundQueue(deps);
  const handlers = createHandlers(deps, queue);
  const self = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };
  for (const type of Object.keys(INBOUND) as InboundType[]) {
    onMessage(type, ({ data, sender }) =>
      dispatchMessage(type, data, sender as Sender, handlers, self),
    );
  }
  browser.tabs.onRemoved.addListener((tabId) => void storage.removeItem(tabKey(tabId)));
  // A worker stopped mid-processing left reports in the queue: finish them now.
  void queue.drain();
});

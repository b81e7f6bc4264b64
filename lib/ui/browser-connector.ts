import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../messaging/messenger';
import type { PanelConnector } from './panel-store';
import type { SearchConnector } from './search-store';

/**
 * The tab the reader is looking at: the active tab of this window, else of the last focused
 * window, never one of Backstory's own pages (the side panel can be open as a tab).
 */
export async function findReaderTabId(): Promise<number | undefined> {
  const own = browser.runtime.getURL('/');
  const candidates = [
    ...(await browser.tabs.query({ active: true, currentWindow: true })),
    ...(await browser.tabs.query({ active: true, lastFocusedWindow: true })),
  ];
  return candidates.find((t) => t.id !== undefined && !t.url?.startsWith(own))?.id;
}

/** A panel connector over runtime messaging and tab events. */
export function createBrowserConnector(
  findTabId: () => Promise<number | undefined>,
): PanelConnector {
  return {
    findTabId,
    getTabView: (tabId) => sendMessage('getTabView', { tabId }),
    listRecent: (limit) => sendMessage('listRecentArticles', { limit }),
    getTimeline: (key, lang) => sendMessage('getTimeline', { key, lang }),
    getNewInArticle: (key) => sendMessage('getNewInArticle', { key }),
    save: (key, tabId) =>
      sendMessage('saveArticle', tabId === undefined ? { key } : { key, tabId }),
    unsave: (key) => sendMessage('unsaveArticle', { key }),
    getEntityBackground: (key, entityId, lang) =>
      sendMessage('getEntityBackground', { key, entityId, lang }),
    getEntityStories: (entityId, lang) => sendMessage('getEntityStories', { entityId, lang }),
    setStoryApart: (key, apart, tabId) =>
      sendMessage('setStoryApart', tabId === undefined ? { key, apart } : { key, apart, tabId }),
    getEntityOnline: (key, entityId, lang) =>
      sendMessage('getEntityOnline', { key, entityId, lang }),
    getOutsideCoverage: (key) => sendMessage('getOutsideCoverage', { key }),
    getSyncStatus: () => sendMessage('getSyncStatus', {}),
    subscribe(onChange) {
      const onUpdated = (id: number, info: { url?: string; status?: string }) => {
        if (info.url || info.status === 'complete') onChange(id);
      };
      const onActivated = () => onChange();
      const onFocus = () => onChange();
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.windows?.onFocusChanged.addListener(onFocus);
      // Any tab's stored article changes the recent list: not filtered (the background coalesces).
      const stopMessages = onMessage('tabViewChanged', () => onChange());
      const stopSync = onMessage('syncStatusChanged', () => onChange());
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.windows?.onFocusChanged.removeListener(onFocus);
        stopMessages();
        stopSync();
      };
    },
  };
}

/** The interface's language, as the browser picked our messages ("fr", "en"). */
export function uiLanguage(): string {
  return browser.i18n.getMessage('locale') || browser.i18n.getUILanguage();
}

// This page's searches: the background stops the previous one when the next one comes.
const SEARCH_CLIENT = crypto.randomUUID();

/** The search box's connector: the background's search over messaging. */
export const browserSearchConnector: SearchConnector = {
  search: (query, includeHistory, { limit, offset }, signal) =>
    new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      sendMessage('search', { query, includeHistory, limit, offset, client: SEARCH_CLIENT }).then(
        resolve,
        reject,
      );
    }),
};

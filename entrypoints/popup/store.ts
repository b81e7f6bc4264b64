import { browser } from 'wxt/browser';
import {
  browserSearchConnector,
  createBrowserConnector,
  findReaderTabId,
  uiLanguage,
} from '@/lib/ui/browser-connector';
import { createPanelStore } from '@/lib/ui/panel-store';
import { createSearchStore } from '@/lib/ui/search-store';

/** `popup.html?tabId=N` shows tab N (used when the popup is opened as a page); else the active tab. */
async function findTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  return findReaderTabId();
}

export const store = createPanelStore(createBrowserConnector(findTabId), uiLanguage());

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

/** Opens the side panel (Chrome) or sidebar (Firefox) for this window; needs the click's gesture. */
export async function openSidePanel(): Promise<void> {
  const win = await browser.windows.getCurrent();
  if (import.meta.env.FIREFOX) {
    await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  } else if (win.id !== undefined) {
    await chrome.sidePanel.open({ windowId: win.id });
  }
  window.close();
}

export const search = createSearchStore(browserSearchConnector);

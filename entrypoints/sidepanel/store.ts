import { browser } from 'wxt/browser';
import {
  browserSearchConnector,
  createBrowserConnector,
  findReaderTabId,
  uiLanguage,
} from '@/lib/ui/browser-connector';
import { createPanelStore } from '@/lib/ui/panel-store';
import { createSearchStore } from '@/lib/ui/search-store';

/** The side panel follows the reader: whatever tab is active, re-read on every switch. */
export const store = createPanelStore(createBrowserConnector(findReaderTabId), uiLanguage());

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

export const search = createSearchStore(browserSearchConnector);

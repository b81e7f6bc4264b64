import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { defineBackground } from 'wxt/utils/define-background';
import {
  annotateForStorage,
  createBackgroundQueue,
  addAllToStories,
  createHandlers,
  pruneOldHistory,
  refuseReport,
  saveTab,
  type BackgroundDeps,
} from '@/lib/background/handlers';
import type { TabRecord } from '@/lib/background/tab-view';
import { openDb } from '@/lib/db';
import { dispatchMessage, type Sender } from '@/lib/messaging/handle';
import { onMessage, sendMessage } from '@/lib/messaging/messenger';
import { INBOUND, type InboundType } from '@/lib/messaging/protocol';
import { createBackfillRunner, type BackfillState } from '@/lib/background/backfill';
import { foldDuplicates, type FoldState } from '@/lib/background/fold-duplicates';
import {
  catchUpDerived,
  createDeriveRunner,
  type DeriveDeps,
} from '@/lib/background/derive-pending';
import { startIdleWork } from '@/lib/background/idle-merge';
import { onlineBackground } from '@/lib/background/online-background';
import { outsideCoverage } from '@/lib/background/outside-coverage';
import { lookupOfflineFacts } from '@/lib/kb/offline-facts';
import { gdeltSource } from '@/lib/online/gdelt';
import { sessionSourceMemory } from '@/lib/online/session-memory';
import { wikiSource } from '@/lib/online/wiki';
import { NOTIFY_GAP_MS } from '@/lib/background/tab-view';
import { coalescePerKey } from '@/lib/timing/coalesce';
import { createReaderFirst } from '@/lib/timing/reader-first';
import { pickedEntity } from '@/lib/ui/picked-entity';
import {
  excludedSites,
  historyRetentionDays,
  onlineEndpoints,
  outsideCoverageEnabled,
  recordingEnabled,
  syncConfig,
  syncState,
  wikipediaBackground,
} from '@/lib/settings';
import { createSyncRunner, originOf } from '@/lib/background/sync';
import { createOwnRequestGuard, manifestCsp, type DynamicRules } from '@/lib/privacy/own-requests';
import {
  applySyncedSettings,
  defaultSyncedSettings,
  readSyncedSettings,
} from '@/lib/background/sync-settings';
import { openBrowserPeers } from '@/lib/sync/browser-peers';

const SAVE_MENU_ID = 'backstory-save-article';
const SYNC_ALARM = 'backstory-sync';
/** How often sync runs while set up (Chrome's alarms fire at most every 30 seconds). */
const SYNC_EVERY_MINUTES = 5;

/** How far bringing old articles up to date got (lib/background/backfill.ts). */
const backfillState = storage.defineItem<BackfillState | null>('local:backfill', {
  fallback: null,
});
/** How far folding the duplicates stored before schema v13 got (lib/background/fold-duplicates.ts). */
const foldState = storage.defineItem<FoldState | null>('local:foldDuplicates', {
  fallback: null,
});

// Wires browser events to lib/: no logic lives here.
export default defineBackground(() => {
  const db = openDb();
  // A 429's Retry-After and GDELT's 5-second spacing outlive a stopped worker.
  wikiSource.memory = sessionSourceMemory('wiki');
  gdeltSource.memory = sessionSourceMemory('gdelt');
  const tabKey = (tabId: number) => `session:tab:${tabId}` as const;
  const deps: BackgroundDeps = {
    db,
    isRecording: () => recordingEnabled.getValue(),
    excludedSites: () => excludedSites.getValue(),
    historyRetentionDays: () => historyRetentionDays.getValue(),
    getTab: async (tabId) => {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      return tab && { url: tab.url, incognito: tab.incognito };
    },
    readTabRecord: async (tabId) => (await storage.getItem<TabRecord>(tabKey(tabId))) ?? undefined,
    writeTabRecord: (tabId, record) => storage.setItem(tabKey(tabId), record),
    notifyTabChanged: coalescePerKey(
      // No extension page open is the usual case, not an error.
      (tabId: number) => sendMessage('tabViewChanged', { tabId }).catch(() => {}),
      NOTIFY_GAP_MS,
    ),
    setBadge: (tabId, text) => {
      const action = browser.action ?? browser.browserAction; // Firefox MV2: browserAction
      void action.setBadgeText({ tabId, text }).catch(() => {});
      void action.setBadgeBackgroundColor({ tabId, color: '#0b57d0' }).catch(() => {});
    },
    captureArticle: (tabId) => sendMessage('captureArticle', {}, tabId),
    now: () => Date.now(),
    wikipediaEnabled: () => wikipediaBackground.getValue(),
    offlineLookup: lookupOfflineFacts,
    outsideEnabled: () => outsideCoverageEnabled.getValue(),
    // The rules allow a source once the reader turned it on: made sure of before asking it.
    fetchOutside: async (article) => {
      await guard.refresh();
      return outsideCoverage(article, {
        db,
        config: { gdeltApi: (await onlineEndpoints.getValue()).gdeltApi },
      });
    },
    fetchOnline: async (entity, lang) => {
      await guard.refresh();
      return onlineBackground(entity, lang, { db, endpoints: await onlineEndpoints.getValue() });
    },
    uiLanguage: () => browser.i18n.getMessage('locale') || browser.i18n.getUILanguage(),
    // Chrome only (Firefox has no sidePanel); must be called before any await (user gesture).
    openSidePanel: (tabId) =>
      typeof globalThis.chrome?.sidePanel?.open === 'function'
        ? chrome.sidePanel.open({ tabId })
        : Promise.reject(new Error('no side panel API')),
    selectPanelEntity: (tabId, entity) => pickedEntity.setValue({ tabId, ...entity }),
  };
  const backfill = createBackfillRunner({
    db,
    read: () => backfillState.getValue(),
    write: (state) => backfillState.setValue(state),
    extra: (articles) => addAllToStories(db, articles),
  });
  // Work in batches (deriving, sync) waits while the reader's pages and tabs are answered.
  const readerFirst = createReaderFirst();
  const deriveDeps: DeriveDeps = {
    db,
    annotate: (article) => annotateForStorage(article).entities,
    extra: (articles) => addAllToStories(db, articles),
    pause: readerFirst.pause,
  };
  const derive = createDeriveRunner(deriveDeps);
  deps.backfillMore = () =>
    void derive
      .run()
      .catch((error: unknown) => console.warn('[Backstory] imported articles not grouped', error));
  // The extension's own requests reach only the online sources turned on and the sync server
  // entered: the rules follow the settings, and are written anew at every worker start.
  const dnr = (browser as unknown as { declarativeNetRequest?: DynamicRules })
    .declarativeNetRequest;
  if (!dnr) console.warn('[Backstory] no declarativeNetRequest');
  const guard = dnr
    ? createOwnRequestGuard({
        dnr,
        extensionHost: new URL(browser.runtime.getURL('/')).hostname,
        csp: manifestCsp(browser.runtime.getManifest()),
        readOnline: async () => ({
          wikipedia: await wikipediaBackground.getValue(),
          outside: await outsideCoverageEnabled.getValue(),
          endpoints: await onlineEndpoints.getValue(),
        }),
        initialServer: syncConfig.getValue().then((config) => (config ? originOf(config) : null)),
        warn: (message, error) => console.warn(message, error),
      })
    : { allowServer: async () => {}, refresh: async () => {} };
  void guard.refresh();
  const refreshRules = () => void guard.refresh();
  wikipediaBackground.watch(refreshRules);
  outsideCoverageEnabled.watch(refreshRules);
  onlineEndpoints.watch(refreshRules);
  const allowServer = (origin: string | null) => guard.allowServer(origin);
  deps.sync = createSyncRunner({
    db,
    now: () => Date.now(),
    readConfig: () => syncConfig.getValue(),
    writeConfig: (config) => syncConfig.setValue(config),
    readState: () => syncState.getValue(),
    writeState: (state) => syncState.setValue(state),
    openPeers: (config) => openBrowserPeers(config, readerFirst.pause),
    historyRetentionDays: () => historyRetentionDays.getValue(),
    readSettings: readSyncedSettings,
    defaultSettings: defaultSyncedSettings,
    applySettings: applySyncedSettings,
    // What came in is pending derivation: entities, index entries and stories, in batches.
    afterIncoming: () =>
      void derive
        .run(true)
        .catch((error: unknown) => console.warn('[Backstory] synced articles not derived', error)),
    notify: () => void sendMessage('syncStatusChanged', {}).catch(() => {}),
    pause: readerFirst.pause,
    allowServer,
    randomId: () => crypto.randomUUID(),
  });
  const queue = createBackgroundQueue(deps);
  const handlers = createHandlers(deps, queue);
  const self = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };
  for (const type of Object.keys(INBOUND) as InboundType[]) {
    onMessage(type, ({ data, sender }) => {
      const answer = dispatchMessage(type, data, sender as Sender, handlers, self, (t, s, reason) =>
        refuseReport(deps, t, s, reason),
      );
      return readerFirst.track(answer);
    });
  }
  // Sync runs every few minutes while set up (and at once from the options' "Sync now").
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_EVERY_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void deps.sync?.run();
  });
  browser.tabs.onRemoved.addListener((tabId) => void storage.removeItem(tabKey(tabId)));
  // Save from the page's context menu or with the keyboard shortcut (manifest "commands").
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: SAVE_MENU_ID,
      title: browser.i18n.getMessage('contextMenuSave') || 'Save article to Backstory',
      contexts: ['page'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined) {
      void saveTab(deps, handlers, tab.id);
    }
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'save-article') return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined) await saveTab(deps, handlers, id);
  });
  // A worker stopped mid-processing left reports in the queue: finish them now, and complete
  // the derived data (entities, index, stories) of every article it stored without. Then
  // forget reading history past its retention period (the worker wakes often enough for this).
  // Then bring articles stored by an older version up to date (index, stories), resumably.
  void queue
    .drain()
    .then(() => catchUpDerived(deriveDeps))
    .then(() => pruneOldHistory(deps))
    // Articles stored twice before v13 become one row each, once, a page at a time (a failure
    // leaves them for the next start, and the backfill still runs).
    .then(() =>
      foldDuplicates({
        db,
        read: () => foldState.getValue(),
        write: (state) => foldState.setValue(state),
        pause: readerFirst.pause,
      }).catch((error: unknown) => console.warn('[Backstory] duplicates not folded', error)),
    )
    .then(() => backfill.run())
    .catch((error: unknown) => console.warn('[Backstory] start-up work not finished', error))
    // Then, whenever the worker is idle, what is left of the links of old rows (copy-links.ts).
    .then(() => startIdleWork(db, { pause: readerFirst.pause }));
});

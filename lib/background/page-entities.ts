import { getArticleByKey, type StoredArticle } from '../db';
import type { Sender } from '../messaging/handle';
import type { PageEntity } from '../messaging/protocol';
import { isExcludedUrl } from '../privacy/excluded-sites';
import { entityCards } from './entity-cards';
import { lastReadAbout } from './last-read';
import type { BackgroundDeps } from './handlers';

/**
 * The article stored for the page the sender tab shows: only that tab's own page (its URL as
 * the browser knows it, not as the page says), and nothing while recording is paused or on an
 * excluded site. Private windows never get here (dispatchMessage refuses them).
 */
async function articleOfSenderTab(
  deps: BackgroundDeps,
  sender: Sender,
  askedUrl?: string,
): Promise<StoredArticle | undefined> {
  const tabId = sender.tab?.id;
  const tabUrl = sender.tab?.url ?? sender.url;
  if (tabId === undefined || !tabUrl || sender.tab?.incognito) return undefined;
  // A content script still asking about the page before a navigation gets nothing.
  if (askedUrl !== undefined && stripHash(askedUrl) !== stripHash(tabUrl)) return undefined;
  if (!(await deps.isRecording())) return undefined;
  if (isExcludedUrl(tabUrl, await deps.excludedSites())) return undefined;
  const record = await deps.readTabRecord(tabId);
  if (record?.kind !== 'article' || !record.key) return undefined;
  if (stripHash(record.url) !== stripHash(tabUrl)) return undefined;
  return getArticleByKey(deps.db, record.key);
}

/**
 * The entities of the sender tab's article, with their cards and the reader's last other article
 * about each; [] when there is none.
 */
export async function pageEntitiesFor(
  deps: BackgroundDeps,
  url: string,
  sender: Sender,
): Promise<PageEntity[]> {
  const article = await articleOfSenderTab(deps, sender, url);
  if (!article) return [];
  return entityCards(article, deps.uiLanguage?.() ?? 'en', await lastReadAbout(deps.db, article));
}

/**
 * Opens the side panel on an entity of the sender tab's article. The panel is opened first,
 * synchronously: Chrome allows sidePanel.open() only while the click's user gesture lasts, and
 * an await would end it. The entity is then checked and remembered for the panel to show.
 */
export async function openEntityPanelFor(
  deps: BackgroundDeps,
  entityId: string,
  sender: Sender,
): Promise<{ opened: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { opened: false };
  const opening = deps.openSidePanel
    ? deps.openSidePanel(tabId).then(
        () => true,
        (e: unknown) => {
          console.debug('[Backstory] side panel not opened:', e);
          return false;
        },
      )
    : Promise.resolve(false);
  const article = await articleOfSenderTab(deps, sender);
  const entity = article?.entities?.find((e) => e.id === entityId);
  if (entity) {
    await deps.selectPanelEntity?.(tabId, { id: entity.id, name: entity.name, type: entity.type });
  }
  return { opened: await opening };
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}

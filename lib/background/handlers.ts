import { getArticleByKey, listRecentArticles, upsertArticle, type BackstoryDb } from '../db';
import type { Handlers } from '../messaging/handle';
import { describeTab, summarize, type TabFacts, type TabRecord } from './tab-view';

/** What the handlers need from the browser, injected so that they run in plain Node tests. */
export interface BackgroundDeps {
  db: BackstoryDb;
  isRecording(): Promise<boolean>;
  getTab(tabId: number): Promise<TabFacts | undefined>;
  readTabRecord(tabId: number): Promise<TabRecord | undefined>;
  writeTabRecord(tabId: number, record: TabRecord): Promise<void>;
  /** Tells open extension pages that a tab's view changed. */
  notifyTabChanged(tabId: number): void;
  now(): number;
}

/** The background's answers to every inbound message. */
export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    async reportPage(report, sender) {
      const tabId = sender.tab!.id!; // dispatchMessage has checked that a tab sent it.
      if (!(await deps.isRecording())) return { stored: false };
      if (report.kind === 'not-article') {
        await deps.writeTabRecord(tabId, {
          url: report.url,
          kind: 'not-article',
          reason: report.reason,
        });
        deps.notifyTabChanged(tabId);
        return { stored: false };
      }
      const stored = await upsertArticle(deps.db, report.article, deps.now());
      const url = report.article.url ?? sender.tab?.url ?? stored.key;
      await deps.writeTabRecord(tabId, { url, kind: 'article', key: stored.key });
      deps.notifyTabChanged(tabId);
      return { stored: true };
    },

    async getTabView({ tabId }) {
      const [tab, record, recording] = await Promise.all([
        deps.getTab(tabId),
        deps.readTabRecord(tabId),
        deps.isRecording(),
      ]);
      const article = record?.key ? await getArticleByKey(deps.db, record.key) : undefined;
      return describeTab(tab, record, recording, article);
    },

    async listRecentArticles({ limit }) {
      return (await listRecentArticles(deps.db, limit)).map(summarize);
    },
  };
}

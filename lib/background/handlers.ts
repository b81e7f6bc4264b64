import { enqueueReport, getArticleByKey, listRecentArticles, type BackstoryDb } from '../db';
import type { Handlers } from '../messaging/handle';
import { articleKey } from '../url/article-key';
import { createQueueRunner, type QueueRunner } from './process-queue';
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

/** The queue runner wired to tab state: a stored or failed report updates its tab's view. */
export function createBackgroundQueue(deps: BackgroundDeps): QueueRunner {
  return createQueueRunner({
    db: deps.db,
    now: deps.now,
    async onStored(item, stored) {
      const url = item.article.url ?? stored.key;
      await deps.writeTabRecord(item.tabId, { url, kind: 'article', key: stored.key });
      deps.notifyTabChanged(item.tabId);
    },
    async onFailed(item, error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const url = item.article.url ?? item.article.canonicalUrl ?? '';
      await deps.writeTabRecord(item.tabId, { url, kind: 'failed', reason }).catch(() => {});
      deps.notifyTabChanged(item.tabId);
    },
  });
}

/**
 * The background's answers to every inbound message. An article report is first written to the
 * persisted queue, then processed; a worker stopped in between finishes it when it wakes.
 */
export function createHandlers(deps: BackgroundDeps, queue: QueueRunner): Handlers {
  return {
    async reportPage(report, sender) {
      const tabId = sender.tab!.id!; // dispatchMessage has checked that a tab sent it.
      if (!(await deps.isRecording())) return { accepted: false };
      if (report.kind === 'not-article') {
        await deps.writeTabRecord(tabId, {
          url: report.url,
          kind: 'not-article',
          reason: report.reason,
        });
        deps.notifyTabChanged(tabId);
        return { accepted: false };
      }
      const article = { ...report.article, url: report.article.url ?? sender.tab?.url ?? null };
      if (!articleKey(article.canonicalUrl, article.url)) return { accepted: false };
      try {
        await enqueueReport(deps.db, { tabId, article, receivedAt: deps.now(), attempts: 0 });
      } catch (error) {
        // Not even the queue could be written (storage full): nothing changed; say so.
        await deps.writeTabRecord(tabId, {
          url: article.url ?? '',
          kind: 'failed',
          reason: String(error),
        });
        deps.notifyTabChanged(tabId);
        return { accepted: false };
      }
      await queue.drain();
      return { accepted: true };
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

import {
  completeQueued,
  nextQueued,
  type BackstoryDb,
  type QueuedReport,
  type StoredArticle,
  type StoredEntity,
} from '../db';
import type { Article } from '../article';

/** A report that fails this many times is dropped and reported as failed. */
export const MAX_ATTEMPTS = 3;

export interface QueueDeps {
  db: BackstoryDb;
  now(): number;
  /** Completes the article (language) and finds its entities: CPU only, before the write. */
  annotate(article: Article): { article: Article; entities: StoredEntity[] };
  /** After an article is stored (and left the queue). */
  onStored(item: QueuedReport, stored: StoredArticle): Promise<void>;
  /** After a report was given up on. */
  onFailed(item: QueuedReport, error: unknown): Promise<void>;
}

export interface QueueRunner {
  /** Processes every queued report, one at a time; resolves when the queue is empty. */
  drain(): Promise<void>;
}

/**
 * Processes the persisted queue one report at a time (bounded concurrency: 30 tabs reporting
 * at once are stored in turn). Calls made while a drain runs make it go round once more, so
 * nothing enqueued meanwhile is left behind.
 */
export function createQueueRunner(deps: QueueDeps): QueueRunner {
  let running: Promise<void> | null = null;
  let again = false;

  const processAll = async () => {
    for (;;) {
      const item = await nextQueued(deps.db);
      if (!item) return;
      try {
        const { article, entities } = deps.annotate(item.article);
        const stored = await completeQueued(deps.db, { ...item, article }, deps.now(), entities);
        await deps.onStored(item, stored);
      } catch (error) {
        if (item.attempts + 1 >= MAX_ATTEMPTS) {
          await deps.db.queue.delete(item.id!).catch(() => {});
          await deps.onFailed(item, error);
        } else {
          await deps.db.queue.update(item.id!, { attempts: item.attempts + 1 });
        }
      }
    }
  };

  return {
    drain() {
      again = true;
      running ??= (async () => {
        try {
          while (again) {
            again = false;
            await processAll();
          }
        } finally {
          running = null;
        }
      })();
      return running;
    },
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './fixtures';

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

const TITLE = 'Report left in the queue by a stopped worker';

describe('a service worker stopped in the middle of processing', () => {
  it('finishes the article when it wakes', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    await popup.getByText(/Nothing yet/).waitFor();

    // What a worker stopped right after receiving a report leaves behind: the report in the
    // persisted queue, nothing stored yet. Written with the raw IndexedDB API.
    await ext.worker.evaluate(async (title) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('backstory');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('queue', 'readwrite');
        tx.objectStore('queue').add({
          tabId: 424242,
          receivedAt: Date.now(),
          attempts: 0,
          article: {
            url: 'https://news.example/queued',
            canonicalUrl: null,
            title,
            byline: null,
            siteName: 'News',
            lang: 'en',
            publishedAt: null,
            excerpt: null,
            text: 'Body of the article.',
            modifiedAt: null,
            section: null,
            imageUrl: null,
            description: null,
            captions: [],
          },
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, TITLE);

    const cdp = await ext.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const workerRunning = async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      return targetInfos.some(
        (t) => t.type === 'service_worker' && t.url.includes(ext.extensionId),
      );
    };
    await expect.poll(workerRunning).toBe(false);

    // The reader opens the popup again: the message wakes the worker, which drains the queue.
    await popup.reload();
    await popup.getByRole('link', { name: TITLE }).waitFor({ timeout: 15_000 });
    expect(await popup.locator('.recent-list li').count()).toBe(1);
    expect(await workerRunning()).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { textArticle } from '../../lib/article';
import { serializeExport, type ExportedArticle } from '../../lib/archive/export-format';
import { launchWithExtension, type ExtensionBrowser } from './fixtures';

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
});

// Four chunks of 100 (lib/ui/archive-transfer.ts): the worker is stopped once the first is in,
// with three still to send, each a second or more of entity finding.
const COUNT = 400;

/** An old export file: no entities, so the import finds them (slow enough to stop it mid-way). */
function archive(): ExportedArticle[] {
  return Array.from({ length: COUNT }, (_, i) => {
    const key = `https://old.example/${i}`;
    const text = `Olaf Scholz met Emmanuel Macron in Geneva on day ${i}. `.repeat(20);
    return {
      key,
      ...textArticle(text, { url: key, title: `Old story ${i}`, lang: 'en' }),
      firstReadAt: 1_700_000_000_000 + i,
      lastReadAt: 1_700_000_000_000 + i,
      readCount: 1,
      savedAt: null,
      html: null,
    };
  });
}

/** What the database holds, read with the raw IndexedDB API from an extension page. */
function readState(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('backstory');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['articles', 'searchDocs', 'storyMembers', 'pendingDerive']);
    const ask = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const rows = (await ask(tx.objectStore('articles').getAll())) as { entities?: unknown }[];
    const state = {
      articles: rows.length,
      withoutEntities: rows.filter((r) => !Array.isArray(r.entities)).length,
      indexed: await ask(tx.objectStore('searchDocs').count()),
      grouped: await ask(tx.objectStore('storyMembers').count()),
      pending: await ask(tx.objectStore('pendingDerive').count()),
    };
    db.close();
    return state;
  });
}

describe('a worker stopped in the middle of an import', () => {
  it('says how far it got, completes what it stored, and importing again finishes it', async () => {
    const options = await ext.openExtensionPage('options.html');
    await options.getByText(/0 articles read, 0 saved/).waitFor();
    const file = {
      name: 'backstory-old.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeExport(archive())),
    };
    await options.getByLabel('Import an export…').setInputFiles(file);
    await options.getByText(new RegExp(`Importing… [1-9]\\d* of ${COUNT}`)).waitFor();

    const cdp = await ext.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    // The reader is told the truth: part of the file is in, and what to do.
    const status = options.getByRole('status');
    await status.getByText(/^Import stopped/).waitFor({ timeout: 30_000 });
    const said = Number(
      new RegExp(`: (\\d+) of ${COUNT} articles imported`).exec((await status.textContent())!)![1],
    );
    expect(said).toBeLessThan(COUNT);

    // The worker wakes (the page asks for its counts): every article it stored, the chunk in
    // flight included, gets its entities, search entry and story.
    await expect
      .poll(() => readState(options), { timeout: 60_000, interval: 250 })
      .toMatchObject({ withoutEntities: 0, pending: 0 });
    const woken = await readState(options);
    console.log(`stopped: ${said} said imported, ${woken.articles} stored`);
    expect(woken.articles).toBeGreaterThanOrEqual(said);
    expect(woken).toMatchObject({ indexed: woken.articles, grouped: woken.articles });

    // Importing the file again merges what is there and adds the rest.
    await options.getByLabel('Import an export…').setInputFiles(file);
    await status
      .getByText(
        `Imported: ${COUNT - woken.articles} new, ${woken.articles} merged with articles already here.`,
      )
      .waitFor({ timeout: 120_000 });
    await options.getByText(`${COUNT.toLocaleString('en')} articles read, 0 saved`).waitFor();
    await expect
      .poll(() => readState(options), { timeout: 60_000, interval: 250 })
      .toEqual({ articles: COUNT, withoutEntities: 0, indexed: COUNT, grouped: COUNT, pending: 0 });
  }, 240_000);
});

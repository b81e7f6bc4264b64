import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useExtensionBrowser } from '../setup-browser';
import { openFloodingPage, serveAdversarialPages } from './serve-adversarial';

const env = useExtensionBrowser();

// Characters of text in each long article: long articles are what made every re-read costly.
const LONG_CHARS = 1_000_000;
// URLs the page pushes, one every 10 ms (10 s or more: the popup is opened during the flood).
const COUNT = 1_000;
const EVERY_MS = 10;
const WORDS =
  'the minister said on Tuesday that talks with Berlin and Warsaw about energy prices and the budget would continue next week in Brussels'.split(
    ' ',
  );

/** A news article of about `chars` characters, in paragraphs. */
function longArticle(n: number, chars: number): string {
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const words = Array.from({ length: 90 }, (_, j) => WORDS[(i * 7 + j * 3) % WORDS.length]);
    const p = `${words.join(' ')}.`;
    paragraphs.push(`<p>${p}</p>`);
    length += p.length + 2;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Long report ${n}</title><meta property="og:type" content="article">
<meta property="og:site_name" content="Long Reads"></head>
<body><article><h1>Long report ${n}</h1>${paragraphs.join('\n')}</article></body></html>`;
}

/** Opens the popup for a tab; how long until it shows its answer (the tab's status, the list). */
async function timePopup(tabId: number, timeout = 30_000): Promise<{ ms: number; popup: Page }> {
  const popup = await env.ext.context.newPage();
  const started = Date.now();
  await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('main.panel[aria-busy="false"]').waitFor({ timeout });
  return { ms: Date.now() - started, popup };
}

/** How many articles the worker has indexed for search and put in stories. */
function derivedCounts() {
  return env.ext.worker.evaluate(
    () =>
      new Promise<{ indexed: number; grouped: number }>((done, fail) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['searchDocs', 'storyMembers']);
          const indexed = tx.objectStore('searchDocs').count();
          const grouped = tx.objectStore('storyMembers').count();
          tx.oncomplete = () => {
            db.close();
            done({ indexed: indexed.result, grouped: grouped.result });
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

describe('a page flooding navigations while the side panel is open', () => {
  it('leaves the popup answering throughout, and the panel asks a bounded number of times', async () => {
    await serveAdversarialPages(env);
    let lastLong = 0;
    for (const n of [1, 2]) {
      const html = longArticle(n, LONG_CHARS);
      await env.ext.context.route(`**/adversarial/long-${n}.html`, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
      );
      const long = await openPage(env, `/adversarial/long-${n}.html`);
      const { popup } = await timePopup(long.tabId);
      await popup
        .getByRole('article', { name: 'Recognised article' })
        .getByText(`Long report ${n}`)
        .first()
        .waitFor({ timeout: 90_000 });
      await popup.close();
      lastLong = long.tabId;
    }

    // Indexing and grouping two long articles is seconds of work that is not the flood's doing:
    // let it finish first (the idle merge after it has nothing to merge with two documents).
    await expect
      .poll(derivedCounts, { timeout: 60_000, interval: 200 })
      .toEqual({ indexed: 2, grouped: 2 });
    // The popup before the flood, for comparison.
    const calm: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { ms, popup } = await timePopup(lastLong);
      calm.push(ms);
      await popup.close();
    }

    // The side panel, as an extension page, counting every message it sends.
    const panel = await env.ext.context.newPage();
    await panel.addInitScript(() => {
      const w = window as unknown as { __sent: number };
      w.__sent = 0;
      const send = chrome.runtime.sendMessage.bind(chrome.runtime);
      chrome.runtime.sendMessage = ((...args: Parameters<typeof send>) => {
        w.__sent += 1;
        return send(...args);
      }) as typeof send;
    });
    await panel.goto(`chrome-extension://${env.ext.extensionId}/sidepanel.html`);
    await panel.locator('main.panel[aria-busy="false"]').waitFor();
    const sentBefore = await panel.evaluate(() => (window as unknown as { __sent: number }).__sent);

    const floodStarted = Date.now();
    const flood = await openFloodingPage(
      env,
      `/adversarial/history-burst.html?count=${COUNT}&everyMs=${EVERY_MS}`,
    );
    await flood.page.bringToFront();
    const pushed = () =>
      flood.page.evaluate(() => (window as unknown as { __pushed: number }).__pushed);
    const timings: number[] = [];
    // The popup opened three times while the page floods, and once after.
    for (let i = 0; i < 3; i++) {
      const { ms, popup } = await timePopup(flood.tabId);
      const n = await pushed();
      timings.push(ms);
      await popup.close();
      await flood.page.bringToFront(); // The side panel follows the flooding tab again.
      if (i < 2) expect(n, 'the popup was measured during the flood').toBeLessThan(COUNT);
    }
    await flood.page.waitForFunction(() => '__floodDone' in window, null, { timeout: 120_000 });
    const floodMs =
      (await flood.page.evaluate(
        () => (window as unknown as { __floodDone: number }).__floodDone,
      )) - floodStarted;
    const { ms, popup } = await timePopup(flood.tabId);
    timings.push(ms);
    await popup.close();
    // Let the panel catch up with the last change, then count.
    await new Promise((r) => setTimeout(r, 1_500));
    const sent =
      (await panel.evaluate(() => (window as unknown as { __sent: number }).__sent)) - sentBefore;
    console.log(
      `[burst] before the flood the popup answered in ${calm.join(', ')} ms; during it in ` +
        `${timings.join(', ')} ms; the page pushed 1,000 URLs in ` +
        `${floodMs} ms; the side panel sent ${sent} messages; slowest during / median before: ` +
        `${(Math.max(...timings) / ([...calm].sort((a, b) => a - b)[1] ?? 1)).toFixed(2)}`,
    );
    // The 2 s target is a figure to read in the line above (and in the note), not a timed
    // assertion: on a loaded machine a healthy popup sometimes takes longer. What is asserted is
    // that the worker is never wedged: before the fix an options request waited 97 s.
    expect(Math.max(...timings), 'the popup answered while the page flooded').toBeLessThan(15_000);
    // One refresh (tab view, recent list, timeline) per 250 ms at most, where every change
    // made one before (4,048 messages for 1,000 URLs).
    expect(sent).toBeLessThanOrEqual(3 * Math.ceil(floodMs / 250) + 30);
  }, 300_000);
});

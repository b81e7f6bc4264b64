import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from '../setup-browser';
import { openFloodingPage, serveAdversarialPages } from './serve-adversarial';

const env = useExtensionBrowser();

const TITLE = 'Markets steady as central bank holds rates';

describe('a page pushing a new URL every 450 ms with the same article', () => {
  it('is one article in the archive, shown for the URL it ends on', async () => {
    await serveAdversarialPages(env);
    const flood = await openFloodingPage(
      env,
      '/adversarial/history-flood.html?everyMs=450&forMs=9000',
    );
    await flood.page.bringToFront();
    await flood.page.waitForFunction(() => '__floodDone' in window, null, { timeout: 30_000 });
    const finalUrl = flood.page.url();
    expect(finalUrl).toMatch(/\?page=\d{2,}$/); // 20 URLs
    // The content script looks at a new URL within a second and reports it after 400 ms of calm.
    await new Promise((r) => setTimeout(r, 3_000));

    const popup = await env.ext.openExtensionPage(`popup.html?tabId=${flood.tabId}`);
    await popup
      .getByRole('article', { name: 'Recognised article' })
      .getByText(TITLE)
      .first()
      .waitFor({ timeout: 25_000 });
    const recent = await popup.locator('.recent-list a.recent-title').allTextContents();
    console.log(
      `[history-flood] ${finalUrl.split('?page=')[1]} URLs pushed; recently read: ${JSON.stringify(recent)}`,
    );
    // One record: the article being read, whose card is above. "Recently read" and the story
    // list other reading only, so a second record of it would show there as a link.
    expect(recent.filter((t) => t === TITLE)).toHaveLength(0);
    expect(await popup.getByRole('link', { name: TITLE, exact: true }).count()).toBe(0);
  });
});

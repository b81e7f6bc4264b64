import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './setup-browser';

const env = useExtensionBrowser();

const TABS = 30;

describe('under load', () => {
  it('30 article tabs opened at once are all stored, each exactly once', async () => {
    await Promise.all(
      Array.from({ length: TABS }, async (_, i) => {
        const page = await env.ext.context.newPage();
        await page.goto(`${env.server.origin}/gen/${i}.html`);
      }),
    );
    const options = await env.ext.openExtensionPage('options.html');
    await expect
      .poll(
        async () => (
          await options.reload(),
          options.locator('.setting-block .meta').last().textContent()
        ),
        {
          timeout: 45_000,
          interval: 1000,
        },
      )
      .toMatch(new RegExp(`^${TABS} articles read`));
    // Read counts through the export: every article once.
    const counts = await options.evaluate(async () => {
      const res = (await chrome.runtime.sendMessage({
        id: 1,
        type: 'exportArticles',
        data: { after: null, limit: 100 },
        timestamp: Date.now(),
      })) as {
        res: { articles: { key: string; readCount: number }[] };
      };
      return res.res.articles.map((a) => a.readCount);
    });
    expect(counts).toEqual(Array(TABS).fill(1));
  }, 90_000);
});

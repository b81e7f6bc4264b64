import { describe, expect, it } from 'vitest';
import { recognisedArticle, saveFirefoxScreenshot, useFirefox, waitInPage } from './firefox';

const SEED_TITLE =
  'Kim promet son « plein soutien » à la Russie en Ukraine alors que Poutine se rend à Pyongyang';

const env = useFirefox();

describe('Backstory in Firefox', () => {
  it('recognises and stores the seed article, and the popup shows it', async () => {
    const { tabId } = await env.openTab('/news24-putin-pyongyang.fr.html');
    const popup = await env.openExtensionPage(`popup.html?tabId=${tabId}`);
    const card = await recognisedArticle(popup, SEED_TITLE);
    expect(card).toMatch(/News 24 · French/);
    expect(card).toMatch(/Jun 19, 2024/);
    // Its people, listed after the story (not in the compact card).
    const entities = await waitInPage(
      popup,
      () => document.querySelector<HTMLElement>('section.entities')?.innerText ?? '',
    );
    expect(entities).toContain('Vladimir Putin');
    expect(entities).toContain('Kim Jong Un');
    // Shown once, as the article being read: "Recently read" lists only other reading.
    expect(
      await popup.evaluate(() =>
        Array.from(document.querySelectorAll('.recent-list a.recent-title'), (a) => a.textContent),
      ),
    ).not.toContain(SEED_TITLE);
    // Background on the people, from the bundled knowledge base, offline.
    await waitInPage(popup, () =>
      Array.from(document.querySelectorAll<HTMLElement>('.entity-card')).some((c) =>
        c.innerText.includes('President of Russia'),
      ),
    );
    await saveFirefoxScreenshot(popup, 'firefox-popup-article');
  });

  it('the sidebar shows the tab being read and follows tab switches', async () => {
    const seed = await env.openTab('/news24-putin-pyongyang.fr.html?sidebar');
    const panel = await env.openExtensionPage('sidepanel.html');
    await seed.page.bringToFront();
    await recognisedArticle(panel, SEED_TITLE);
    // The page read at a second address (and at others by the files before) is one article:
    // not a story of the seed's copies ("4 articles", each the seed). Its story, if any, loads
    // after the card: given two seconds to show.
    await new Promise((r) => setTimeout(r, 2000));
    expect(await panel.evaluate(() => document.body.innerText)).not.toMatch(/\d+ articles,/);
    await saveFirefoxScreenshot(panel, 'firefox-sidebar-article');

    const front = await env.openTab('/front-page.html');
    await front.page.bringToFront();
    await waitInPage(panel, () =>
      /does not look like a news article/.test(document.body.innerText),
    );
    await seed.page.bringToFront();
    await recognisedArticle(panel, SEED_TITLE);
  });
});

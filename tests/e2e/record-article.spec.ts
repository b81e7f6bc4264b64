import { describe, expect, it } from 'vitest';
import { openPage, useExtensionBrowser } from './setup-browser';
import type { Page } from 'playwright-core';
import { saveScreenshot } from './fixtures';

const SEED_TITLE =
  'Kim promet son « plein soutien » à la Russie en Ukraine alors que Poutine se rend à Pyongyang';

const ENGLISH_TITLE = "Putin lands in Pyongyang as Kim pledges backing for Russia's war";

const env = useExtensionBrowser();

/** The popup, opened as a page for one tab (what the toolbar button shows for that tab). */
function openPopupFor(tabId: number): Promise<Page> {
  return env.ext.openExtensionPage(`popup.html?tabId=${tabId}`);
}

const recentTitles = (popup: Page) =>
  popup.locator('.recent-list a.recent-title').allTextContents();

describe('Backstory in Chromium', () => {
  let seedTabId: number;
  let seedPage: Page;

  it('recognises and stores the seed article, and the popup shows it', async () => {
    ({ tabId: seedTabId, page: seedPage } = await openPage(env, '/news24-putin-pyongyang.fr.html'));
    const popup = await openPopupFor(seedTabId);
    const card = popup.getByRole('article', { name: 'Recognised article' });
    await card.getByText(SEED_TITLE).waitFor();
    expect(await card.textContent()).toMatch(/News 24 · French · .*2024/);
    // Shown once, as the article being read: "Recently read" lists only other reading.
    expect(await recentTitles(popup)).not.toContain(SEED_TITLE);
    // Its people, places and organisations, merged and typed; the French article's names in
    // the English reader's language where the knowledge base knows them.
    // Listed after the story, with the background cards they bring up.
    const entities = popup.getByRole('region', { name: 'In this article' });
    const group = async (name: string) =>
      entities.getByRole('list', { name }).getByRole('listitem').allTextContents();
    expect(await group('People')).toEqual(
      expect.arrayContaining([
        'Vladimir Putin',
        'Kim Jong Un',
        'Antony Blinken',
        'Jens Stoltenberg',
        'Sergey Lavrov',
      ]),
    );
    expect(await group('Places')).toEqual(
      expect.arrayContaining(['Pyongyang', 'North Korea', 'Russia', 'Ukraine', 'United States']),
    );
    expect(await group('Organisations')).toEqual(
      expect.arrayContaining(['NATO', 'Korean Central News Agency']),
    );
    expect((await group('People')).filter((n) => /Put/.test(n))).toEqual(['Vladimir Putin']);
    // The article's own name is one hover away.
    expect(
      await entities
        .getByRole('listitem')
        .filter({ hasText: 'Vladimir Putin' })
        .getAttribute('title'),
    ).toMatch(/^Vladimir Poutine · \d+ mentions$/);
    await saveScreenshot(popup, 'popup-article');
    await popup.close();
  });

  it('the side panel shows the tab being read and follows tab switches', async () => {
    const panel = await env.ext.openExtensionPage('sidepanel.html');
    await seedPage.bringToFront();
    await panel
      .getByRole('article', { name: 'Recognised article' })
      .getByText(SEED_TITLE)
      .first()
      .waitFor();
    await saveScreenshot(panel, 'sidepanel-article');

    const front = await openPage(env, '/front-page.html');
    await front.page.bringToFront();
    await panel.getByText(/is a list of articles, not an article/).waitFor();
    await seedPage.bringToFront();
    await panel.getByRole('article', { name: 'Recognised article' }).waitFor();
    await panel.close();
    await front.page.close();
  });

  it('stores nothing for a news front page, and says why', async () => {
    const { tabId, page } = await openPage(env, '/front-page.html');
    const popup = await openPopupFor(tabId);
    await popup.getByText(/is a list of articles, not an article/).waitFor();
    expect(await recentTitles(popup)).toEqual([SEED_TITLE]);
    await saveScreenshot(popup, 'popup-front-page');
    await popup.close();
    await page.close();
  });

  it('re-checks after a history-API navigation in a single-page site', async () => {
    const { tabId, page } = await openPage(env, '/spa.html');
    const popup = await openPopupFor(tabId);
    await popup.getByText(/too little text to be a news article/).waitFor();
    await page.click('#open-article');
    await popup
      .getByRole('article', { name: 'Recognised article' })
      .getByText('Séoul : des tirs de semonce à la frontière')
      .first()
      .waitFor({ timeout: 15_000 });
    // Recorded (recognised above); "Recently read" lists the reader's other reading.
    expect(await recentTitles(popup)).toEqual([SEED_TITLE]);
    await popup.close();
    await page.close();
  });

  it('waits for an article body that arrives after load', async () => {
    const { tabId, page } = await openPage(env, '/lazy.html');
    const popup = await openPopupFor(tabId);
    await popup
      .getByRole('article', { name: 'Recognised article' })
      .getByText('Warning shots at the inter-Korean border')
      .first()
      .waitFor({ timeout: 15_000 });
    await popup.close();
    await page.close();
  });

  it('records nothing while paused, and records the open article when turned back on', async () => {
    const options = await env.ext.openExtensionPage('options.html');
    const toggle = options.getByRole('checkbox', { name: 'Record the articles I read' });
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    await toggle.uncheck();
    await options.getByText(/Paused: Backstory does not read or remember/).waitFor();

    const { tabId, page } = await openPage(env, '/world-desk-putin-pyongyang.en.html');
    const popup = await openPopupFor(tabId);
    await popup.getByText(/Recording is paused/).waitFor();
    expect(await recentTitles(popup)).not.toContain(ENGLISH_TITLE);

    await toggle.check();
    await popup.reload();
    await popup
      .getByRole('article', { name: 'Recognised article' })
      .getByText(ENGLISH_TITLE)
      .first()
      .waitFor();
    // Recorded: recognised above, and not repeated under "Recently read".
    expect(await recentTitles(popup)).not.toContain(ENGLISH_TITLE);
    await options.close();
    await popup.close();
    await page.close();
  });
});

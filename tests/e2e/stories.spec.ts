import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './fixtures';
import { openPage, useExtensionBrowser } from './setup-browser';

const env = useExtensionBrowser();

const FIRE = 'Fire tears through Notre-Dame cathedral in Paris, toppling its spire';
const PLEDGE = "Notre-Dame : Emmanuel Macron veut rebâtir la cathédrale d'ici cinq ans";
const SPIRE = 'France to hold contest for new Notre-Dame spire as pledges near €1bn';
const GOLF = 'Tiger Woods wins the Masters for his 15th major title';
const STORY_LIST = 'Articles of this story you read, newest first';

describe('stories', () => {
  it('the side panel of the third article on a story lists the first two, not the unrelated one', async () => {
    // Read in order of publication: day 1 (English), golf (unrelated), day 2 (French), day 3.
    for (const path of [
      '/stories/courier-notre-dame-fire.en.html',
      '/stories/courier-masters-woods.en.html',
      '/stories/quotidien-notre-dame-reconstruction.fr.html',
    ]) {
      const { openPopup, page } = await openPage(env, path);
      const popup = await openPopup();
      await popup.getByRole('article', { name: 'Recognised article' }).waitFor();
      await popup.close();
      await page.close();
    }
    const { page, tabId } = await openPage(
      env,
      '/stories/courier-notre-dame-spire-contest.en.html',
    );
    const panel = await env.ext.openExtensionPage('sidepanel.html');
    await page.bringToFront();
    const earlier = panel.getByRole('region', { name: 'This story' });
    const story = earlier.getByRole('list', { name: STORY_LIST });
    // Newest first, in any language, this article first as the latest, marked in place.
    await story.getByRole('link', { name: PLEDGE }).waitFor();
    // (Each entry under its own headline, the one the story is named after too.)
    expect(await linkNames(story)).toEqual([
      expect.stringContaining(PLEDGE),
      expect.stringContaining(FIRE),
    ]);
    expect(await earlier.textContent()).not.toContain(GOLF);
    const items = story.getByRole('listitem');
    expect(await items.nth(0).getAttribute('aria-current')).toBe('true');
    const here = (await items.nth(0).textContent())!;
    expect(here).toMatch(/^You are reading this/);
    // The card is the article's: headed by its own headline (English, no language mark), which
    // its entry does not repeat; no language nor "Read" on it (the reader has it in front of
    // them).
    expect(await earlier.getByRole('heading', { level: 2 }).textContent()).toBe(SPIRE);
    expect(here).not.toContain(SPIRE);
    expect(here).toMatch(/The Daily Courier$/);
    // The others' state in words that are no command.
    expect(await items.nth(1).textContent()).toMatch(/French · Already read/);
    await saveScreenshot(panel, 'sidepanel-story-timeline');
    const badge = await panel.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe('2');

    // The article's card is the story's header, Save at hand; no second card above it.
    const header = earlier.getByRole('article', { name: 'Recognised article' });
    await header.getByRole('button', { name: 'Save to archive' }).waitFor();
    expect(await panel.getByRole('article', { name: 'Recognised article' }).count()).toBe(1);

    // The cards are what the article is about: France and Notre-Dame (not Viollet-le-Duc nor
    // the Élysée, each named once). Its main actor, the prime minister, has no description
    // offline and was never read about: his card would say nothing his chip does not, and opens
    // only when asked for.
    const cards = panel.getByRole('region', { name: 'Background' });
    await expect
      .poll(() => cards.getByRole('heading', { level: 3 }).allTextContents())
      .toEqual([expect.stringMatching(/^France/), expect.stringMatching(/^Notre-Dame de Paris/)]);
    // A card never offers the story on the page as "all stories about" it: Notre-Dame has no
    // other.
    const card = cards.getByRole('article', { name: /^Notre-Dame de Paris/ });
    await card.and(panel.locator('[aria-busy="false"]')).waitFor();
    await expect.poll(() => cards.locator('[aria-busy="true"]').count()).toBe(0);
    await panel.getByRole('button', { name: 'Background on Édouard Philippe' }).click();
    const philippe = cards.getByRole('article', { name: /^Édouard Philippe/ });
    await philippe.getByText('No description offline.').waitFor();
    await expect
      .poll(() => cards.getByRole('heading', { level: 3 }).allTextContents())
      .toEqual([
        expect.stringMatching(/^Édouard Philippe/),
        expect.stringMatching(/^France/),
        expect.stringMatching(/^Notre-Dame de Paris/),
      ]);
    // What several cards would say alike is said once, above them, naming those it is true of.
    expect(await cards.locator('.archive-note.none').textContent()).toBe(
      'You have not read about these before: Édouard Philippe and France.',
    );
    expect(await card.textContent()).toContain('only in this story');
    expect(await card.getByRole('button', { name: /^All stories about/ }).count()).toBe(0);

    // The reader disagrees with the grouping: the French article leaves this story, and returns.
    await earlier.getByRole('button', { name: `Not this story: ${PLEDGE}` }).click();
    await earlier.getByRole('status').waitFor();
    expect(await earlier.getByRole('status').textContent()).toContain(
      `“${PLEDGE}” is no longer grouped with this story.`,
    );
    await story.getByRole('link', { name: PLEDGE }).waitFor({ state: 'detached' });
    expect(await linkNames(story)).toEqual([expect.stringContaining(FIRE)]);
    await saveScreenshot(panel, 'sidepanel-story-apart');
    await earlier.getByRole('button', { name: 'Undo' }).click();
    await story.getByRole('link', { name: PLEDGE }).waitFor();
    // (Each entry under its own headline, the one the story is named after too.)
    expect(await linkNames(story)).toEqual([
      expect.stringContaining(PLEDGE),
      expect.stringContaining(FIRE),
    ]);
    expect(await earlier.getByRole('status').count()).toBe(0);
  });

  it('an article read after a later one lists the later one above it, and counts it', async () => {
    // The French article (Apr 16) again, after the spire contest (Apr 17) was read.
    const { page } = await openPage(env, '/stories/quotidien-notre-dame-reconstruction.fr.html');
    const panel = await env.ext.openExtensionPage('sidepanel.html');
    await page.bringToFront();
    const region = panel.getByRole('region', { name: 'This story' });
    const story = region.getByRole('list', { name: STORY_LIST });
    await story.getByRole('link', { name: SPIRE }).waitFor();
    const items = await story.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(3);
    expect(await linkNames(story.getByRole('listitem').nth(0))).toEqual([
      expect.stringContaining(SPIRE),
    ]);
    // Its headline heads the card (no language said: it is the page in front of the reader);
    // not again in its entry.
    expect(items[1]).toMatch(/^You are reading thisApr 16/);
    expect(await linkNames(story.getByRole('listitem').nth(2))).toEqual([
      expect.stringContaining(FIRE),
    ]);
    expect(await story.locator('[aria-current="true"]').textContent()).toBe(
      'You are reading thisApr 16 · Le Quotidien',
    );
    // One span, its shared month and year written once (spaces as the browser's ICU puts them).
    expect(await region.textContent()).toMatch(/3 articles, Apr 15\s–\s17, 2019/);
    expect(await region.getByRole('heading', { level: 2 }).textContent()).toBe(PLEDGE);
    // Each headline once: the one the story is named after (FIRE or SPIRE, English) in its entry.
    const text = (await region.textContent())!;
    for (const h of [FIRE, SPIRE, PLEDGE]) expect(text.split(h)).toHaveLength(2);
    await saveScreenshot(panel, 'sidepanel-story-later');
  });
});

/** The names its links are read out by (aria-label, else their text). */
function linkNames(list: Locator): Promise<string[]> {
  return list
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? a.textContent ?? ''));
}

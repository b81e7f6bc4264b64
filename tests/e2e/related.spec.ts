import { describe, expect, it } from 'vitest';
import { openPage, useExtensionBrowser } from './setup-browser';

const env = useExtensionBrowser();

describe('earlier coverage', () => {
  it('a second article on the same story lists the first, and the toolbar counts it', async () => {
    await openPage(env, '/gen/100.html');
    const second = await openPage(env, '/gen/101.html');
    const popup = await second.openPopup();
    const related = popup.getByRole('region', { name: 'This story' });
    await related.getByRole('link', { name: /^Story 100: Putin lands in Pyongyang/ }).waitFor();
    // The card is headed by the article's own headline; its entry, the story's latest, is
    // marked in place by its mark and facts alone: the headline is not said twice.
    await expect
      .poll(() => related.getByRole('heading', { level: 2 }).textContent())
      .toMatch(/^Story 101: Putin lands in Pyongyang/);
    const items = await related.getByRole('listitem').allTextContents();
    expect(items[0]).toMatch(/^You are reading this[A-Z][a-z]{2} \d/);
    expect(items[1]).toMatch(/^Story 100: Putin lands in Pyongyang/);
    const badge = await popup.evaluate(
      (tabId) => chrome.action.getBadgeText({ tabId }),
      second.tabId,
    );
    expect(badge).toBe('1');
  });
});

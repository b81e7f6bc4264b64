import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './fixtures';
import { openPage, useExtensionBrowser } from './setup-browser';

const SEED_TITLE =
  'Kim promet son « plein soutien » à la Russie en Ukraine alors que Poutine se rend à Pyongyang';

const env = useExtensionBrowser();

describe('search', () => {
  it('finds the saved article from the popup as you type, diacritics folded', async () => {
    const { openPopup } = await openPage(env, '/news24-putin-pyongyang.fr.html');
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Save to archive' }).click();
    await popup.getByRole('button', { name: 'Saved — remove from archive' }).waitFor();
    const box = popup.getByRole('searchbox', { name: 'Search your archive' });
    const results = popup.getByRole('list', { name: 'Search results' });
    for (const query of ['Pyongyang', 'pyongyang', 'coree']) {
      await box.fill(query);
      await results.getByRole('link', { name: SEED_TITLE }).waitFor();
      await expect
        .poll(() => results.locator('mark').count(), { message: query })
        .toBeGreaterThan(0);
    }
    // An entity query matches the article's entities, not its words: found, nothing to mark.
    // (It passed with marks only while the previous query's results were still on screen.)
    for (const query of ['person:Poutine', 'person:Putin']) {
      await box.fill(query);
      await results.getByRole('link', { name: SEED_TITLE }).waitFor();
    }
    await saveScreenshot(popup, 'popup-search');
    await box.fill('zanzibar');
    await popup.getByText('Nothing in your archive matches.').waitFor();
    // Keyboard: down into the results, Escape back to an empty box.
    await box.fill('pyongyang');
    await results.getByRole('link', { name: SEED_TITLE }).waitFor();
    await box.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe(SEED_TITLE);
    await popup.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
    // The popup still shows the page's article after all this.
    await popup.getByRole('article', { name: 'Recognised article' }).waitFor();
  });
});

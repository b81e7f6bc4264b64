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
    // The results of what the box says: the last query's stay on screen, faded, until they come.
    const settled = popup.locator('section.search [aria-live="polite"][aria-busy="false"]');
    const marked = async (query: string) => {
      await box.fill(query);
      await settled.waitFor();
      await results.getByRole('link', { name: SEED_TITLE }).waitFor();
      return [...new Set(await results.locator('mark').allTextContents())];
    };
    expect(await marked('Pyongyang')).toEqual(['Pyongyang']);
    expect(await marked('pyongyang')).toEqual(['Pyongyang']);
    // The last word is a prefix while typing: "coréenne" too.
    expect(await marked('coree')).toEqual(expect.arrayContaining(['Corée']));
    for (const word of await marked('coree')) {
      expect(word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toMatch(/^coree/);
    }
    // An entity query marks the entity's mentions, in the article's spelling: "Poutine" for
    // person:Putin too; and only them.
    for (const query of ['person:Poutine', 'person:Putin']) {
      const words = await marked(query);
      expect(words.length, query).toBeGreaterThan(0);
      for (const word of words) expect(word, query).toMatch(/^(Vladimir )?Poutine$/);
    }
    await saveScreenshot(popup, 'popup-search');
    await box.fill('zanzibar');
    await popup.getByText('No saved article matches.').waitFor();
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

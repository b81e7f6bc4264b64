import { describe, expect, it } from 'vitest';
import { openPage, useExtensionBrowser } from './setup-browser';
import { saveScreenshot } from './fixtures';

const env = useExtensionBrowser({ lang: 'fr' });

describe('in a French browser', () => {
  it('the popup and the side panel speak French', async () => {
    const { page, openPopup } = await openPage(env, '/news24-putin-pyongyang.fr.html');
    const popup = await openPopup();
    const card = popup.getByRole('article', { name: 'Article reconnu' });
    await card.waitFor();
    expect(await card.textContent()).toContain('News 24 · français · 19 juin 2024');
    await popup.getByRole('button', { name: 'Enregistrer dans les archives' }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^fr/);
    await saveScreenshot(popup, 'popup-fr');

    const panel = await env.ext.openExtensionPage('sidepanel.html');
    await page.bringToFront();
    await panel.getByRole('article', { name: 'Article reconnu' }).waitFor();
    await panel.getByRole('region', { name: 'Dans cet article' }).waitFor();
    await saveScreenshot(panel, 'sidepanel-fr');

    const options = await env.ext.openExtensionPage('options.html');
    await options.getByRole('heading', { name: 'Options de Backstory' }).waitFor();
    await options.getByRole('checkbox', { name: 'Enregistrer les articles que je lis' }).waitFor();
  });
});

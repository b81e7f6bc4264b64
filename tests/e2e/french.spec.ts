import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  saveScreenshot,
  startFixtureServer,
  type ExtensionBrowser,
  type FixtureServer,
} from './fixtures';

let server: FixtureServer;
let ext: ExtensionBrowser;
beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension({ lang: 'fr' });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('in a French browser', () => {
  it('the popup and the side panel speak French', async () => {
    const page = await ext.context.newPage();
    const url = `${server.origin}/news24-putin-pyongyang.fr.html`;
    await page.goto(url);
    const popup = await ext.openExtensionPage(`popup.html?tabId=${await ext.tabIdOf(url)}`);
    const card = popup.getByRole('article', { name: 'Article reconnu' });
    await card.waitFor();
    expect(await card.textContent()).toContain('News 24 · français · 19 juin 2024');
    await popup.getByRole('button', { name: 'Enregistrer dans les archives' }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^fr/);
    await saveScreenshot(popup, 'popup-fr');

    const panel = await ext.openExtensionPage('sidepanel.html');
    await page.bringToFront();
    await panel.getByRole('article', { name: 'Article reconnu' }).waitFor();
    await panel.getByText('Lus récemment').waitFor();
    await saveScreenshot(panel, 'sidepanel-fr');

    const options = await ext.openExtensionPage('options.html');
    await options.getByRole('heading', { name: 'Options de Backstory' }).waitFor();
    await options.getByRole('checkbox', { name: 'Enregistrer les articles que je lis' }).waitFor();
  });
});

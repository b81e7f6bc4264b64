import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  saveScreenshot,
  startFixtureServer,
  type ExtensionBrowser,
  type FixtureServer,
} from './fixtures';

const SEED_TITLE =
  'Kim promet son « plein soutien » à la Russie en Ukraine alors que Poutine se rend à Pyongyang';

let server: FixtureServer;
let ext: ExtensionBrowser;
beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the archive', () => {
  it('saves the seed article from the popup and opens the saved copy offline', async () => {
    const page = await ext.context.newPage();
    const url = `${server.origin}/news24-putin-pyongyang.fr.html`;
    await page.goto(url);
    const popup = await ext.openExtensionPage(`popup.html?tabId=${await ext.tabIdOf(url)}`);
    await popup.getByRole('button', { name: 'Save to archive' }).click();
    await popup.getByRole('button', { name: 'Saved — remove from archive' }).waitFor();
    await popup.getByText('Article saved in your archive').waitFor();

    // Offline: the page's server is gone; the saved copy comes from the archive.
    await server.close();
    const [reader] = await Promise.all([
      ext.context.waitForEvent('page'),
      popup.getByRole('link', { name: 'Read saved copy' }).click(),
    ]);
    await reader.waitForLoadState();
    await reader.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    const body = reader.locator('.reader-body');
    await body
      .getByText('Poutine et Kim se sont rencontrés pour la dernière fois', { exact: false })
      .waitFor();
    // Headings of the article survive as headings; page furniture and captions are not there.
    await body.getByRole('heading', { name: 'Bienvenue sur le tapis rouge' }).waitFor();
    expect(await body.textContent()).not.toContain('Les plus lus');
    expect(await body.locator('img, script, iframe, form').count()).toBe(0);
    await reader
      .getByLabel('Image captions')
      .getByText(/Gavriil Grigorov/)
      .first()
      .waitFor();
    await saveScreenshot(reader, 'reader-saved-copy');

    // Unsave from the popup: the copy goes, the reading history stays.
    await popup.getByRole('button', { name: 'Saved — remove from archive' }).click();
    await popup.getByRole('button', { name: 'Save to archive' }).waitFor();
    await reader.reload();
    await reader.getByText('In your reading history (not saved)').waitFor();
  });
});

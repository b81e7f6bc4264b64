import { describe, expect, it } from 'vitest';
import { openPage, useExtensionBrowser } from './setup-browser';
import { saveScreenshot } from './fixtures';

const SEED_TITLE =
  'Kim promet son « plein soutien » à la Russie en Ukraine alors que Poutine se rend à Pyongyang';

const env = useExtensionBrowser();

describe('the archive', () => {
  it('saves the seed article from the popup and opens the saved copy offline', async () => {
    const { openPopup } = await openPage(env, '/news24-putin-pyongyang.fr.html');
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Save to archive' }).click();
    await popup.getByRole('button', { name: 'Saved — remove from archive' }).waitFor();
    await popup.getByText('Article saved in your archive').waitFor();

    // Offline: the page's server is gone; the saved copy comes from the archive.
    await env.server.close();
    const [reader] = await Promise.all([
      env.ext.context.waitForEvent('page'),
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
    // Its entities (in the reader's language) and its earlier coverage, offline too.
    await reader
      .getByRole('region', { name: 'In this article' })
      .getByText('Vladimir Putin', { exact: true })
      .waitFor();
    await reader
      .getByRole('region', { name: 'This story' })
      .getByText('Nothing else on this story in your reading yet.')
      .waitFor();
    await saveScreenshot(reader, 'reader-saved-copy');

    // Unsave from the popup: the copy goes, the reading history stays.
    await popup.getByRole('button', { name: 'Saved — remove from archive' }).click();
    await popup.getByRole('button', { name: 'Save to archive' }).waitFor();
    await reader.reload();
    await reader.getByText('In your reading history (not saved)').waitFor();
  });

  it('exports the archive, deletes everything, and imports it back from the file', async () => {
    const options = await env.ext.openExtensionPage('options.html');
    await options.getByText(/1 article read, 0 saved/).waitFor();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export everything (JSON)' }).click(),
    ]);
    const file = await download.path();
    await options.getByRole('status').getByText('Exported 1 article.').waitFor();

    options.once('dialog', (d) => void d.accept());
    await options.getByRole('button', { name: 'Delete everything' }).click();
    await options.getByText(/0 articles read, 0 saved/).waitFor();

    await options.getByLabel('Import an export…').setInputFiles(file);
    await options
      .getByRole('status')
      .getByText('Imported: 1 new, 0 merged with articles already here.')
      .waitFor();
    await options.getByText(/1 article read, 0 saved/).waitFor();
    const popup = await env.ext.openExtensionPage('popup.html');
    await popup.getByRole('link', { name: SEED_TITLE }).waitFor();

    // A file that is not an export is refused, and nothing changes.
    await options.getByLabel('Import an export…').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    });
    await options
      .getByRole('status')
      .getByText(/Import refused: this is not a Backstory export file/)
      .waitFor();
    await options.getByText(/1 article read, 0 saved/).waitFor();
  });
});

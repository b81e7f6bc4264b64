import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FAKE_APIS_PORT, launchWithExtension, type ExtensionBrowser } from './fixtures';
import { openPage, useExtensionBrowser } from './setup-browser';
import { useCouchServer } from '../unit/lib/sync/couch-server';

const SEED_TITLE =
  'Kim promet son « plein soutien » à la Russie en Ukraine alors que Poutine se rend à Pyongyang';

// PouchDB Server in memory on the one origin the test build's CSP admits besides the fixtures'
// (package.json "test:e2e"); the end-to-end files run one at a time.
const couch = useCouchServer(FAKE_APIS_PORT);
const a = useExtensionBrowser();
let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

async function setUpSync(ext: ExtensionBrowser): Promise<Page> {
  const options = await ext.openExtensionPage('options.html');
  await options.getByLabel('Server address').fill(couch());
  await options.getByLabel('Database').fill('e2e-archive');
  await options.getByLabel('Passphrase').fill('correct horse battery staple');
  await options.getByRole('button', { name: 'Turn sync on' }).click();
  await options.getByText(/^Last synced: /).waitFor({ timeout: 30_000 });
  return options;
}

describe('sync between two browsers through one CouchDB', () => {
  it('an article saved on A is on B, readable offline, and the server holds no text', async () => {
    const { openPopup } = await openPage(a, '/news24-putin-pyongyang.fr.html');
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Save to archive' }).click();
    await popup.getByText('Article saved in your archive').waitFor();
    const href = await popup.getByRole('link', { name: 'Read saved copy' }).getAttribute('href');
    await setUpSync(a.ext);
    // The page's server is gone: B reads the copy that came through the server.
    await a.server.close();

    await setUpSync(b);
    const reader = await b.openExtensionPage(href!);
    await reader.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    await reader
      .locator('.reader-body')
      .getByText('Poutine et Kim se sont rencontrés pour la dernière fois', { exact: false })
      .waitFor();
    // Its entities were derived on B from the text that arrived.
    await reader
      .getByRole('region', { name: 'In this article' })
      .getByText('Vladimir Putin', { exact: true })
      .waitFor();

    const docs = await (await fetch(`${couch()}/e2e-archive/_all_docs?include_docs=true`)).text();
    expect(docs).not.toContain('Poutine');
    expect(docs).not.toContain('news24');
    expect(docs).toContain('"ct"');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, useExtensionBrowser } from './setup-browser';

const env = useExtensionBrowser();
const requests: string[] = [];
beforeAll(() => {
  // Requests made by pages, extension pages, content scripts and the service worker. The
  // browser's own start-up calls (to Google hosts) come from the browser process: not here.
  env.ext.context.on('request', (r) => requests.push(r.url()));
});

describe('privacy with online sources off', () => {
  it('makes no network request of its own while reading, showing and configuring', async () => {
    const { url, openPopup } = await openPage(env, '/news24-putin-pyongyang.fr.html');
    const popup = await openPopup();
    await popup.getByRole('article', { name: 'Recognised article' }).waitFor();
    await env.ext.openExtensionPage('sidepanel.html');
    const options = await env.ext.openExtensionPage('options.html');
    await options.getByRole('checkbox', { name: 'Record the articles I read' }).waitFor();

    const own = `chrome-extension://${env.ext.extensionId}/`;
    const foreign = requests.filter((r) => !r.startsWith(own) && r !== url);
    expect(foreign).toEqual([]);
    // The test server saw the one page the reader opened (and the tab's favicon, which the
    // browser itself asks for), nothing else.
    expect(env.server.log.filter((r) => r !== 'GET /favicon.ico')).toEqual([
      'GET /news24-putin-pyongyang.fr.html',
    ]);
  });

  it('cannot reach the network from the service worker or its pages (CSP connect-src)', async () => {
    const probe = `${env.server.origin}/probe`;
    expect(
      await env.ext.worker.evaluate(
        (u) =>
          fetch(u).then(
            () => 'reached',
            () => 'blocked',
          ),
        probe,
      ),
    ).toBe('blocked');
    const popup = await env.ext.openExtensionPage('popup.html');
    expect(
      await popup.evaluate(
        (u) =>
          fetch(u).then(
            () => 'reached',
            () => 'blocked',
          ),
        probe,
      ),
    ).toBe('blocked');
    expect(env.server.log).not.toContain('GET /probe');
  });
});

describe('a site the reader excluded', () => {
  it('is not recorded, and the popup says why', async () => {
    const options = await env.ext.openExtensionPage('options.html');
    await options.getByLabel('Add a site').fill('http://127.0.0.1/');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options
      .getByRole('list', { name: 'Sites never recorded' })
      .getByText('127.0.0.1', { exact: true })
      .waitFor();

    const { page, openPopup } = await openPage(env, '/world-desk-putin-pyongyang.en.html');
    const popup = await openPopup();
    await popup.getByText(/Backstory never records this site/).waitFor();
    // Give a content script time to misbehave, then check nothing came of it.
    await page.waitForTimeout(1500);
    await popup.reload();
    await popup.getByText(/Backstory never records this site/).waitFor();
    expect(await popup.locator('.recent-list a.recent-title').allTextContents()).not.toContain(
      "Putin lands in Pyongyang as Kim pledges backing for Russia's war",
    );
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  });
});

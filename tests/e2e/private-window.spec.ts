import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './setup-browser';

const env = useExtensionBrowser({ incognitoAllowed: true });

describe('a private window', () => {
  it('is never recorded, and the popup says why', async () => {
    const control = await env.ext.openExtensionPage('popup.html');
    const url = `${env.server.origin}/news24-putin-pyongyang.fr.html`;
    const tab = await control.evaluate(async (u) => {
      const allowed = await chrome.extension.isAllowedIncognitoAccess();
      const win = (await chrome.windows.create({ incognito: true, url: u }))!;
      // Wait until the page has loaded in the private window.
      for (let i = 0; i < 50; i++) {
        const [t] = await chrome.tabs.query({ windowId: win.id });
        if (t?.status === 'complete' && t.url === u) {
          return { allowed, id: t.id!, incognito: t.incognito };
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the private window did not load the page');
    }, url);
    // Backstory runs in private windows (so that it can say so), and records nothing there.
    expect(tab).toMatchObject({ allowed: true, incognito: true });
    expect(env.server.log).toContain('GET /news24-putin-pyongyang.fr.html');

    const popup = await env.ext.openExtensionPage(`popup.html?tabId=${tab.id}`);
    await popup
      .getByText('This is a private window. Backstory never records private browsing.')
      .waitFor();
    // Give a content script time to misbehave, then check nothing was stored.
    await popup.waitForTimeout(2000);
    const options = await env.ext.openExtensionPage('options.html');
    await options.getByText(/^0 articles read, 0 saved/).waitFor();
  });
});

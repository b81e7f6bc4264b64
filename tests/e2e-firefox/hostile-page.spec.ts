import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { recognisedArticle, useFirefox } from './firefox';

const env = useFirefox();

// The page's JSON-LD headline, with its payload, exactly as the page gives it.
const HOSTILE_TITLE = `</script><img src=x onerror="window.__pwned=['jsonld']">Hostile headline about a summit`;

/** Nothing from the page became markup, and no payload ran, in this extension page. */
async function expectNothingRan(page: Page) {
  const seen = await page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned ?? null,
    markup: document.querySelectorAll('#app img, #app svg, #app iframe, #app script, #app object')
      .length,
    hrefs: Array.from(document.querySelectorAll('#app a'), (a) => a.getAttribute('href')),
  }));
  expect(seen.pwned).toBeNull();
  expect(seen.markup).toBe(0);
  for (const href of seen.hrefs) expect(href).toMatch(/^https?:\/\//);
}

describe('a hostile page in Firefox', () => {
  it('is recorded as text, and none of its payloads runs in the popup or the sidebar', async () => {
    const { page, tabId } = await env.openTab('/hostile.html');
    const popup = await env.openExtensionPage(`popup.html?tabId=${tabId}`);
    expect(await recognisedArticle(popup, HOSTILE_TITLE)).toContain(
      `<svg onload="window.__pwned=['site']">Evil Site`,
    );
    await expectNothingRan(popup);

    const panel = await env.openExtensionPage('sidepanel.html');
    await page.bringToFront();
    await recognisedArticle(panel, HOSTILE_TITLE);
    await expectNothingRan(panel);
    // The page's own scripts did not run either: the payloads sit in text and attributes.
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
  });

  it('cannot run inline script in extension pages (the MV2 manifest’s strict CSP)', async () => {
    const popup = await env.openExtensionPage('popup.html');
    const ran = await popup.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
      return (window as { __inline?: number }).__inline ?? null;
    });
    expect(ran).toBeNull();
    const csp = await env.inExtension(
      () => browser.runtime.getManifest().content_security_policy,
      null,
    );
    expect(csp).toEqual(expect.stringContaining("object-src 'none'"));
  });
});

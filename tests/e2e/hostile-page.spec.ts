import { describe, expect, it } from 'vitest';
import { openPage, useExtensionBrowser } from './setup-browser';
import type { Page } from 'playwright-core';

const env = useExtensionBrowser();

// The page's JSON-LD headline, with its payload, exactly as the page gives it.
const HOSTILE_TITLE = `</script><img src=x onerror="window.__pwned=['jsonld']">Hostile headline about a summit`;

/** Nothing from the page became markup, and no payload ran, in this extension page. */
async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(
    await page.locator('#app img, #app svg, #app iframe, #app script, #app object').count(),
  ).toBe(0);
  for (const href of await page
    .locator('#app a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^https?:\/\//);
  }
}

describe('a hostile page', () => {
  it('is recorded as text, and none of its payloads runs in the popup or the side panel', async () => {
    const { page, openPopup } = await openPage(env, '/hostile.html');

    const popup = await openPopup();
    const card = popup.getByRole('article', { name: 'Recognised article' });
    await card.getByText(HOSTILE_TITLE, { exact: true }).waitFor();
    expect(await card.textContent()).toContain(`<svg onload="window.__pwned=['site']">Evil Site`);
    await expectNothingRan(popup);

    const panel = await env.ext.openExtensionPage('sidepanel.html');
    await page.bringToFront();
    await panel
      .getByRole('article', { name: 'Recognised article' })
      .getByText(HOSTILE_TITLE, { exact: true })
      .first()
      .waitFor();
    await expectNothingRan(panel);
  });

  it('cannot run inline script in extension pages (strict CSP)', async () => {
    const popup = await env.ext.openExtensionPage('popup.html');
    const ran = await popup.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
      return (window as { __inline?: number }).__inline;
    });
    expect(ran).toBeUndefined();
    const csp = await env.ext.worker.evaluate(
      () => chrome.runtime.getManifest().content_security_policy,
    );
    expect(csp).toMatchObject({ extension_pages: expect.stringContaining("object-src 'none'") });
  });
});

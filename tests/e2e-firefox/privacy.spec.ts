import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeApis, type FakeApis } from '../fake-apis/server';
import { FAKE_APIS_PORT, holdFakeApisPort } from '../e2e/fixtures';
import { recognisedArticle, useFirefox, waitInPage } from './firefox';

const env = useFirefox();
let apis: FakeApis;
let releasePort: (() => void) | undefined;

// npm test runs these files beside the Chromium ones: wait while one of those holds the port
// (sync.spec.ts may hold it for its whole run on a busy machine).
beforeAll(async () => {
  releasePort = await holdFakeApisPort();
  apis = await startFakeApis(FAKE_APIS_PORT);
  // The online sources, were they on, would ask the fake APIs (allowed by the test build's CSP).
  await env.inExtension(
    (origin) =>
      browser.storage.local.set({
        onlineEndpoints: {
          wikidataApi: `${origin}/w/api.php`,
          wikipediaRest: `${origin}/{lang}/api/rest_v1`,
          gdeltApi: `${origin}/api/v2/doc/doc`,
        },
      }),
    apis.origin,
  );
}, 240_000);
afterAll(async () => {
  await apis?.close();
  releasePort?.();
});

/** Waits until the sidebar shows a background card for Vladimir Putin; gives its text. */
const putinCard = (panel: Page, text: string) =>
  waitInPage(
    panel,
    (want) =>
      Array.from(document.querySelectorAll<HTMLElement>('.entity-card'))
        .map((c) => c.innerText)
        .find((t) => t.includes('Vladimir Putin') && t.includes(want)),
    text,
  );

describe('privacy in Firefox', () => {
  it('sends nothing while the online sources are off: reading, showing and configuring', async () => {
    const { page, tabId } = await env.openTab('/news24-putin-pyongyang.fr.html');
    const popup = await env.openExtensionPage(`popup.html?tabId=${tabId}`);
    const panel = await env.openExtensionPage('sidepanel.html');
    await page.bringToFront();
    await putinCard(panel, 'President of Russia');
    await recognisedArticle(popup);
    const options = await env.openExtensionPage('options.html');
    await waitInPage(options, () => !!document.querySelector('#wikipedia'));
    // Give a source that should not be asked the time to be asked anyway.
    await new Promise((r) => setTimeout(r, 1000));
    expect(apis.log).toEqual([]);
    // The test server saw the page the reader opened (and the tab's favicon), nothing else.
    expect(env.server.log.filter((r) => r !== 'GET /favicon.ico')).toEqual([
      'GET /news24-putin-pyongyang.fr.html',
    ]);
    expect(await options.$eval('#wikipedia', (box) => (box as HTMLInputElement).checked)).toBe(
      false,
    );
  });

  it("blocks the extension's own requests to an online source's origin until it is turned on", async () => {
    // Firefox took the rules (an invalid one is refused whole): they name the extension's host.
    // The fake APIs' origin, which the test build's CSP admits, is the sources' while they are
    // off: the block rule stops a request to it until a source is turned on.
    const outcome = await env.inExtension(async (origin) => {
      const dnr = browser.declarativeNetRequest;
      const allowsIt = async () =>
        (await dnr.getDynamicRules()).some((r) => r.condition.regexFilter?.includes('47213'));
      const until = async (want: boolean) => {
        for (let i = 0; i < 100 && (await allowsIt()) !== want; i++) {
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      const get = () =>
        fetch(`${origin}/w/api.php`, { credentials: 'omit', referrerPolicy: 'no-referrer' }).then(
          () => 'reached',
          () => 'blocked',
        );
      const rules = await dnr.getDynamicRules();
      const off = await get();
      await browser.storage.local.set({ wikipediaBackground: true });
      await until(true);
      const on = await get();
      await browser.storage.local.set({ wikipediaBackground: false });
      await until(false);
      return { block: rules[0], host: location.host, off, on, offAgain: await get() };
    }, apis.origin);
    expect(outcome).toMatchObject({
      block: { action: { type: 'block' }, condition: { initiatorDomains: [outcome.host] } },
      off: 'blocked',
      on: 'reached',
      offAgain: 'blocked',
    });
    apis.log.length = 0;
  });

  it('asks Wikipedia once the reader turns it on, sending names only', async () => {
    const options = await env.openExtensionPage('options.html');
    await waitInPage(
      options,
      () => !document.querySelector<HTMLInputElement>('#wikipedia')?.disabled,
    );
    await options.click('#wikipedia');
    try {
      const { page, url } = await env.openTab('/news24-putin-pyongyang.fr.html?online');
      const panel = await env.openExtensionPage('sidepanel.html');
      await page.bringToFront();
      await putinCard(panel, 'Read more on Wikipedia');
      expect(apis.log.length).toBeGreaterThan(0);
      for (const r of apis.log) {
        expect(JSON.stringify(r)).not.toContain(url);
        expect(JSON.stringify(r)).not.toContain(new URL(url).host);
        expect(r.headers['cookie']).toBeUndefined();
        expect(r.headers['referer']).toBeUndefined();
      }
    } finally {
      // The other files share this browser: leave the source off.
      await env.inExtension(() => browser.storage.local.set({ wikipediaBackground: false }), null);
    }
  });
});

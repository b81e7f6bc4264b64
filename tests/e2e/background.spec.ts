import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeApis, type FakeApis } from '../fake-apis/server';
import { FAKE_APIS_PORT, holdFakeApisPort, saveScreenshot } from './fixtures';
import { openPage, useExtensionBrowser } from './setup-browser';

// The French interface, as a French reader of the French seed article has it.
const env = useExtensionBrowser({ lang: 'fr' });
let apis: FakeApis;
let releasePort: (() => void) | undefined;

// Waits while sync.spec.ts holds the port (up to its whole run on a busy machine).
beforeAll(async () => {
  releasePort = await holdFakeApisPort();
  apis = await startFakeApis(FAKE_APIS_PORT);
}, 240_000);
afterAll(async () => {
  await apis?.close();
  releasePort?.();
});

async function setStorage(values: Record<string, unknown>) {
  await env.ext.worker.evaluate((v) => chrome.storage.local.set(v), values);
}

describe('background on the article’s entities', () => {
  it('shows cards for Kim Jong Un and Poutine offline, and asks nothing online while it is off', async () => {
    await setStorage({
      onlineEndpoints: {
        wikidataApi: `${apis.origin}/w/api.php`,
        wikipediaRest: `${apis.origin}/{lang}/api/rest_v1`,
        gdeltApi: `${apis.origin}/api/v2/doc/doc`,
      },
    });
    const { page } = await openPage(env, '/news24-putin-pyongyang.fr.html');
    const panel = await env.ext.openExtensionPage('sidepanel.html');
    await page.bringToFront();
    const cards = panel.getByRole('region', { name: 'Contexte' });
    const kim = cards.getByRole('article', { name: /Kim Jong[- ]un/i });
    const putin = cards.getByRole('article', { name: /Vladimir Poutine/ });
    await kim.waitFor();
    await putin.waitFor();
    await putin.getByText('Personne', { exact: false }).waitFor();
    // Nothing read about any of them yet: said once, above the cards, not in each.
    await cards.getByText('Vous n’avez encore rien lu à leur sujet.').waitFor();
    expect(await putin.textContent()).not.toContain('rien lu');
    // One line from the bundled knowledge base, in French, without asking anyone.
    await putin.getByText('président de la Russie').waitFor();
    await saveScreenshot(panel, 'sidepanel-background-offline');
    expect(await panel.locator('.entity-card .online').count()).toBe(0);
    expect(apis.log).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('adds Wikipedia’s summary in French once the reader turns it on, sending only names', async () => {
    const options = await env.ext.openExtensionPage('options.html');
    const wiki = options.getByRole('checkbox', { name: /Contexte Wikipédia/ });
    expect(await wiki.isChecked()).toBe(false);
    await wiki.check();
    const { page, url } = await openPage(env, '/news24-putin-pyongyang.fr.html');
    const panel = await env.ext.openExtensionPage('sidepanel.html');
    await page.bringToFront();
    const putin = panel
      .getByRole('region', { name: 'Contexte' })
      .getByRole('article', { name: /Vladimir Poutine/ });
    await putin.getByText(/homme d'État russe, président de la fédération de Russie/).waitFor();
    const link = putin.getByRole('link', { name: 'En savoir plus sur Wikipédia' });
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    await saveScreenshot(panel, 'sidepanel-background-wikipedia');
    expect(apis.log.length).toBeGreaterThan(0);
    for (const r of apis.log) {
      // Nothing about the page: not its address, not its text, no cookies, no referrer.
      expect(JSON.stringify(r)).not.toContain(url);
      expect(JSON.stringify(r)).not.toContain('127.0.0.1:' + new URL(url).port);
      expect(r.headers['cookie']).toBeUndefined();
      expect(r.headers['referer']).toBeUndefined();
      expect(String(r.headers['api-user-agent'])).toMatch(/^Backstory\//);
    }
    await panel.close();
    await page.close();
    await options.close();
  });

  it('keeps what it knows offline and says so quietly when Wikipedia is down', async () => {
    apis.setMode('down');
    // What was asked before is in the cache: forget it, as if it had expired.
    await env.ext.worker.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('backstory');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('onlineCache', 'readwrite');
            tx.objectStore('onlineCache').clear();
            tx.oncomplete = () => (open.result.close(), resolve());
          };
        }),
    );
    const { page } = await openPage(env, '/world-desk-putin-pyongyang.en.html');
    const panel = await env.ext.openExtensionPage('sidepanel.html');
    await page.bringToFront();
    const cards = panel.getByRole('region', { name: 'Contexte' });
    await cards
      .getByText(/Wikipédia est injoignable/)
      .first()
      .waitFor();
    // The archive part is there: the reader met Kim Jong Un in the French article before, in
    // this same story (which the timeline shows, so the cards only say so, once above them).
    const kim = cards.getByRole('article', { name: /Kim Jong[- ]un/i });
    await expect.poll(() => cards.locator('[aria-busy="true"]').count()).toBe(0);
    expect(await cards.locator('.archive-note.in-story').textContent()).toMatch(
      /^Absents de vos lectures hors de ce sujet(\.|\s: .*Kim Jong-un.*)$/,
    );
    expect(await kim.textContent()).not.toContain('seulement dans ce sujet');
    apis.setMode('ok');
    await panel.close();
    await page.close();
  });

  it('lists other outlets’ coverage apart once the reader turns GDELT on, asking with names only', async () => {
    const options = await env.ext.openExtensionPage('options.html');
    await options.getByRole('checkbox', { name: /Couverture extérieure/ }).check();
    apis.log.length = 0;
    const { page, url } = await openPage(env, '/news24-putin-pyongyang.fr.html');
    const panel = await env.ext.openExtensionPage('sidepanel.html');
    await page.bringToFront();
    const outside = panel.getByRole('region', { name: 'Ailleurs dans la presse (GDELT)' });
    await outside.getByText(/^Requête\s: .*Vladimir Putin/).waitFor();
    // The seed is from June 2024, beyond the three months GDELT keeps: nothing to list.
    await outside.getByText('GDELT ne recense pas d’autre couverture.').waitFor();
    const asked = apis.log.filter((r) => r.path === '/api/v2/doc/doc');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.query.query).toMatch(/"Vladimir Putin"/);
    expect(JSON.stringify(asked[0])).not.toContain(new URL(url).host);
    await options.getByRole('checkbox', { name: /Couverture extérieure/ }).uncheck();
    await panel.close();
    await page.close();
    await options.close();
  });
});

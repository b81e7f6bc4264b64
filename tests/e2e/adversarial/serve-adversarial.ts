import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { BrowserEnv } from '../setup-browser';

/**
 * Serves the adversarial pages of this folder at `<fixture origin>/adversarial/<name>.html`
 * (a route of the browser context: the fixture server serves tests/fixtures only).
 */
export async function serveAdversarialPages(env: BrowserEnv): Promise<void> {
  await env.ext.context.route(`${env.server.origin}/adversarial/*.html*`, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    if (!/^[a-z0-9-]+\.html$/.test(name)) return route.fulfill({ status: 404 });
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(join(import.meta.dirname, name), 'utf8'),
    });
  });
}

/**
 * Opens a page that changes its own URL at once (so its tab is found by the path it was
 * opened at, not by its exact URL).
 */
export async function openFloodingPage(
  env: BrowserEnv,
  path: string,
): Promise<{ page: Page; tabId: number }> {
  const page = await env.ext.context.newPage();
  const url = `${env.server.origin}${path}`;
  await page.goto(url);
  const prefix = url.replace(/\?.*/, '');
  const tabId = await env.ext.worker.evaluate(async (p) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url?.startsWith(p))?.id;
  }, prefix);
  if (tabId === undefined) throw new Error(`no tab shows ${prefix}`);
  return { page, tabId };
}

import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  startFixtureServer,
  type ExtensionBrowser,
  type FixtureServer,
  type LaunchOptions,
} from './fixtures';

export interface BrowserEnv {
  server: FixtureServer;
  ext: ExtensionBrowser;
}

/** A fixture server and a browser with Backstory, started before the file's tests, then closed. */
export function useExtensionBrowser(opts: LaunchOptions = {}): BrowserEnv {
  const env = {} as BrowserEnv;
  beforeAll(async () => {
    env.server = await startFixtureServer();
    env.ext = await launchWithExtension(opts);
  });
  afterAll(async () => {
    await env.ext?.close();
    await env.server?.close();
  });
  return env;
}

/** Opens a fixture page in a new tab; with `popup`, also the popup for that tab. */
export async function openPage(
  env: BrowserEnv,
  path: string,
): Promise<{ page: Page; url: string; tabId: number; openPopup(): Promise<Page> }> {
  const page = await env.ext.context.newPage();
  const url = `${env.server.origin}${path}`;
  await page.goto(url);
  const tabId = await env.ext.tabIdOf(url);
  return {
    page,
    url,
    tabId,
    openPopup: () => env.ext.openExtensionPage(`popup.html?tabId=${tabId}`),
  };
}

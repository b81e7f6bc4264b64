import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  startFixtureServer,
  type ExtensionBrowser,
  type FixtureServer,
  type LaunchOptions,
  ROOT,
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

/**
 * Reads the seed story's English article (tests/fixtures/world-desk-…en.html) as published the
 * day before the seed, so that the seed page then has earlier coverage to show.
 */
export async function readEarlierEnglish(env: BrowserEnv): Promise<void> {
  const english = readFileSync(
    join(ROOT, 'tests/fixtures/world-desk-putin-pyongyang.en.html'),
    'utf8',
  )
    .replace(/2024\/06\/19\/putin-pyongyang-visit/g, '2024/06/18/putin-pyongyang-visit')
    .replace('"datePublished":"2024-06-19T08:30:00Z"', '"datePublished":"2024-06-18T08:30:00Z"');
  expect(english).toContain('2024-06-18T08:30:00Z');
  await env.ext.context.route('**/world-desk-day-before.html', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: english }),
  );
  const earlier = await openPage(env, '/world-desk-day-before.html');
  const popup = await earlier.openPopup();
  await popup.getByRole('article', { name: 'Recognised article' }).waitFor({ timeout: 20_000 });
  await popup.close();
}

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { ARTIFACTS_DIR, startFixtureServer, type FixtureServer } from '../e2e/fixtures';

export interface FirefoxEnv {
  browser: Browser;
  server: FixtureServer;
  /** Opens one of the extension's pages (popup.html, sidepanel.html, options.html) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Opens a fixture page in a new tab; gives its tab id (what `popup.html?tabId=` takes). */
  openTab(path: string): Promise<{ page: Page; url: string; tabId: number }>;
  /** Runs `fn` in an extension page, where `browser.*` is the extension's API. */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/**
 * Connects to the run's one Firefox (global-setup.ts) and starts a fixture server, before the
 * file's tests; closes the tabs it opened and disconnects after them.
 */
export function useFirefox(): FirefoxEnv {
  const env = {} as FirefoxEnv;
  const opened: Page[] = [];
  let helperPage: Page | undefined;

  beforeAll(async () => {
    const { wsEndpoint, extensionOrigin } = inject('firefox');
    env.server = await startFixtureServer();
    env.browser = await puppeteer.connect({
      browserWSEndpoint: wsEndpoint,
      protocol: 'webDriverBiDi',
    });
    env.openExtensionPage = async (path) => {
      const page = await env.browser.newPage();
      opened.push(page);
      await page.setViewport({ width: 420, height: 640 }); // a popup's or sidebar's size
      await gotoExtensionPage(page, `${extensionOrigin}/${path}`);
      return page;
    };
    env.inExtension = async (fn, arg) => {
      helperPage ??= await env.openExtensionPage('options.html');
      return helperPage.evaluate(fn as (a: unknown) => unknown, arg) as never;
    };
    env.openTab = async (path) => {
      const page = await env.browser.newPage();
      opened.push(page);
      const url = `${env.server.origin}${path}`;
      await page.goto(url);
      const tabId = await env.inExtension(async (u) => {
        const tabs = await browser.tabs.query({});
        return tabs.find((t) => t.url === u)?.id;
      }, url);
      if (tabId === undefined) throw new Error(`no tab shows ${url}`);
      return { page, url, tabId };
    };
  });
  afterAll(async () => {
    for (const page of opened) await page.close().catch(() => {});
    await env.browser?.disconnect();
    await env.server?.close();
  });
  return env;
}

/**
 * Firefox's WebDriver BiDi sends no load events for extension documents (it leaves extension
 * contexts out, Bug 1755014), so `page.goto` would never resolve there: start the navigation,
 * then wait for the document itself.
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url, { timeout: 0 }).catch(() => {}); // Settles only when the tab closes.
  await waitInPage(page, (u) => location.href === u && document.readyState === 'complete', url);
}

/** Waits until `fn`, run in the page, returns something truthy (serialisable); gives it. */
export async function waitInPage<R>(page: Page, fn: () => R): Promise<R>;
export async function waitInPage<A, R>(page: Page, fn: (arg: A) => R, arg: A): Promise<R>;
export async function waitInPage(
  page: Page,
  fn: (arg: unknown) => unknown,
  arg?: unknown,
): Promise<unknown> {
  const deadline = Date.now() + 20_000;
  let last: unknown;
  for (;;) {
    last = await page.evaluate(fn, arg).catch((e: Error) => e);
    if (last && !(last instanceof Error)) return last;
    if (Date.now() > deadline) throw new Error(`waited 20 s for ${fn} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The text of the "Recognised article" card once the popup or sidebar shows one (with `title`
 * as its title, when given).
 */
export function recognisedArticle(page: Page, title?: string): Promise<string> {
  return waitInPage(
    page,
    (want) => {
      const card = document.querySelector<HTMLElement>('article[aria-label="Recognised article"]');
      // Alone, the article's card names it; in a story, the card is the story's header and the
      // headline is the story's name or the entry marked "You are reading this".
      const heading = card?.querySelector('h2')?.textContent;
      return heading && (want === null || card!.innerText.includes(want)) ? card!.innerText : '';
    },
    title ?? null,
  );
}

/** Saves a screenshot as a test artifact (test-artifacts/, never committed). */
export async function saveFirefoxScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({
    path: join(ARTIFACTS_DIR, `${name}.png`) as `${string}.png`,
    fullPage: true,
  });
}

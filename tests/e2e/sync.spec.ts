import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  FAKE_APIS_PORT,
  holdFakeApisPort,
  launchWithExtension,
  startFixtureServer,
  type ExtensionBrowser,
  type FixtureServer,
} from './fixtures';
import { openPage, useExtensionBrowser, type BrowserEnv } from './setup-browser';
import { tcpRelay, type TcpRelay } from './tcp-relay';
import { useCouchServer } from '../unit/lib/sync/couch-server';

const SEED_TITLE =
  'Kim promet son « plein soutien » à la Russie en Ukraine alors que Poutine se rend à Pyongyang';
const EN_TITLE = "Putin lands in Pyongyang as Kim pledges backing for Russia's war";
const ES_TITLE = 'Putin aterriza en Pionyang y Kim le promete "pleno apoyo" en Ucrania';
const ES = 'diario-global-putin-pyongyang.es.html';
const STORY_LIST = 'Articles of this story you read, newest first';

// PouchDB Server in memory, reached by both browsers through a TCP relay on the one origin the
// test build's CSP admits besides the fixtures' (package.json "test:e2e"): closing the relay
// takes the server off the network and opening it brings it back. The file holds that port
// from its first test to its last (holdFakeApisPort): no other end-to-end file may take it while
// the relay is down.
const couch = useCouchServer();
const SYNC_ORIGIN = `http://127.0.0.1:${FAKE_APIS_PORT}`;
let relay: TcpRelay;
let releasePort: (() => void) | undefined;
const a = useExtensionBrowser();
let b: ExtensionBrowser;
/** Pages both browsers open once A's own fixture server is gone. */
let pages: FixtureServer;
// Waits while background.spec.ts holds the port (up to its whole run on a busy machine).
beforeAll(async () => {
  releasePort = await holdFakeApisPort();
  relay = tcpRelay(FAKE_APIS_PORT, Number(new URL(couch()).port));
  await relay.up();
  [b, pages] = await Promise.all([launchWithExtension(), startFixtureServer()]);
}, 240_000);
afterAll(async () => {
  await b?.close();
  await pages?.close();
  await relay?.down();
  releasePort?.();
});

async function setUpSync(ext: ExtensionBrowser): Promise<Page> {
  const options = await ext.openExtensionPage('options.html');
  await options.getByLabel('Server address').fill(SYNC_ORIGIN);
  await options.getByLabel('Database').fill('e2e-archive');
  await options.getByLabel('Passphrase').fill('correct horse battery staple');
  await options.getByRole('button', { name: 'Turn sync on' }).click();
  await options.getByText(/^Last synced: /).waitFor({ timeout: 30_000 });
  return options;
}

/** Clicks "Sync now" in the options and waits until that sync has ended. */
async function syncNow(options: Page): Promise<void> {
  await options.getByRole('button', { name: 'Sync now' }).click();
  await options.locator('button:not([disabled])', { hasText: 'Sync now' }).waitFor();
}

/** Reads a page in a new tab, until the popup shows it recognised. */
async function read(env: BrowserEnv, path: string): Promise<void> {
  const { page, openPopup } = await openPage(env, path);
  const popup = await openPopup();
  await popup.getByRole('article', { name: 'Recognised article' }).waitFor({ timeout: 20_000 });
  await popup.close();
  await page.close();
}

/** Each article's key (its canonical address) and read count, from the browser's archive. */
const archive = (ext: ExtensionBrowser) =>
  ext.worker.evaluate(
    () =>
      new Promise<Record<string, number>>((done, fail) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('articles').objectStore('articles').getAll();
          all.onsuccess = () =>
            done(
              Object.fromEntries(
                (all.result as { key: string; readCount: number }[]).map((r) => [
                  r.key,
                  r.readCount,
                ]),
              ),
            );
        };
      }),
  );

let optionsA: Page;
let optionsB: Page;
let savedHref: string;

describe('sync between two browsers through one CouchDB', () => {
  it('what A reads and saves is on B with its entities and story; the server holds no text', async () => {
    await read(a, '/world-desk-putin-pyongyang.en.html');
    const { openPopup } = await openPage(a, '/news24-putin-pyongyang.fr.html');
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Save to archive' }).click();
    // The article's card is its story's header (with the English one read before).
    const copy = popup.getByRole('link', { name: 'Read saved copy' });
    await copy.waitFor();
    savedHref = (await copy.getAttribute('href'))!;
    optionsA = await setUpSync(a.ext);
    // The pages' server is gone: B reads the copy that came through the server.
    await a.server.close();

    optionsB = await setUpSync(b);
    const reader = await b.openExtensionPage(savedHref);
    await reader.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    await reader
      .locator('.reader-body')
      .getByText('Poutine et Kim se sont rencontrés pour la dernière fois', { exact: false })
      .waitFor();
    // Its entities and its story were derived on B from what arrived: the English article
    // read on A (not saved) is in the French one's story.
    await reader
      .getByRole('region', { name: 'In this article' })
      .getByText('Vladimir Putin', { exact: true })
      .waitFor();
    await expect
      .poll(
        async () => {
          await reader.reload();
          await reader.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
          return reader
            .getByRole('region', { name: 'This story' })
            .getByRole('list', { name: STORY_LIST })
            .getByRole('link', { name: EN_TITLE })
            .count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);

    const docs = await (await fetch(`${couch()}/e2e-archive/_all_docs?include_docs=true`)).text();
    expect(docs).toContain('"ct"');
    for (const clear of [
      'Poutine',
      'Pyongyang',
      'Putin',
      'news24',
      'worlddesk',
      '127.0.0.1',
      'putin-pyongyang',
      'Vladimir',
    ]) {
      expect(docs).not.toContain(clear);
    }
  });

  it("the extension's own requests reach the sync server and the online sources turned on, nothing else", async () => {
    // Answered here: no test reaches the internet.
    const answer = { status: 200, body: '{}', headers: { 'access-control-allow-origin': '*' } };
    for (const url of [
      'https://www.wikidata.org/**',
      'https://*.wikipedia.org/**',
      'https://api.gdeltproject.org/**',
      'https://elsewhere.example/**',
    ]) {
      await b.context.route(url, (r) => r.fulfill(answer));
    }
    const status = (url: string) =>
      optionsB.evaluate(
        (u) =>
          fetch(u, { credentials: 'omit' }).then(
            (r) => r.status,
            () => 'blocked',
          ),
        url,
      );
    const sources = () =>
      Promise.all(
        [
          'https://www.wikidata.org/w/api.php',
          'https://de.wikipedia.org/api/rest_v1/page/summary/Kim',
          'https://api.gdeltproject.org/api/v2/doc/doc',
        ].map(status),
      );
    // The CSP admits any HTTPS origin (the server's is known only once entered) and names the
    // online sources; the browser's rules narrow it to the one entered and the sources turned on.
    expect(await sources()).toEqual(['blocked', 'blocked', 'blocked']);
    const wikipedia = optionsB.getByRole('checkbox', {
      name: 'Wikipedia background on people, places and organisations',
    });
    await wikipedia.check();
    await expect.poll(sources).toEqual([200, 200, 'blocked']);
    await wikipedia.uncheck();
    await expect.poll(sources).toEqual(['blocked', 'blocked', 'blocked']);
    expect(await status(`${SYNC_ORIGIN}/`)).toBe(200);
    expect(await status('https://elsewhere.example/collect')).toBe('blocked');
    // The service worker's requests (sync's) too: without the allow rule, the server is out of reach.
    expect(
      await b.worker.evaluate(async (origin) => {
        const dnr = chrome.declarativeNetRequest;
        const rules = await dnr.getDynamicRules();
        const allow = rules.find((r) => r.condition.regexFilter?.includes('47213'))!;
        const get = () =>
          fetch(`${origin}/`).then(
            () => 'reached',
            () => 'blocked',
          );
        const allowed = await get();
        await dnr.updateDynamicRules({ removeRuleIds: [allow.id] });
        try {
          return [allowed, await get()];
        } finally {
          await dnr.updateDynamicRules({ addRules: [allow] });
        }
      }, SYNC_ORIGIN),
    ).toEqual(['reached', 'blocked']);
    // A page's own requests are the page's business: not touched.
    const page = await b.context.newPage();
    await page.goto(`${pages.origin}/spa/x`);
    expect(
      await page.evaluate(() => fetch('https://elsewhere.example/collect').then((r) => r.status)),
    ).toBe(200);
    await page.close();
    await b.context.unrouteAll();
  });

  it('both offline a while, then both online: B\'s "Not this story" is on A, nothing lost or duplicated', async () => {
    await relay.down();
    const envA = { server: pages, ext: a.ext };
    const envB = { server: pages, ext: b };
    // Offline, both read the Spanish article of the story, and B takes the English one out.
    const decide = async () => {
      const { page } = await openPage(envB, `/${ES}`);
      const panel = await b.openExtensionPage('sidepanel.html');
      await page.bringToFront();
      const story = panel.getByRole('region', { name: 'This story' });
      await story.getByRole('link', { name: EN_TITLE }).waitFor({ timeout: 30_000 });
      await story.getByRole('button', { name: `Not this story: ${EN_TITLE}` }).click();
      await story.getByRole('link', { name: EN_TITLE }).waitFor({ state: 'detached' });
    };
    await Promise.all([read(envA, `/${ES}`), decide()]);
    const readerA = await a.ext.openExtensionPage(savedHref);
    const storyA = readerA
      .getByRole('region', { name: 'This story' })
      .getByRole('list', { name: STORY_LIST });
    await storyA.getByRole('link', { name: ES_TITLE }).waitFor();
    expect(await storyA.getByRole('link', { name: EN_TITLE }).count()).toBe(1);
    await Promise.all(
      [optionsA, optionsB].map(async (options) => {
        await syncNow(options);
        await options.getByText('The server could not be reached', { exact: false }).waitFor();
        await options.getByText(/changes? not sent yet/).waitFor();
      }),
    );

    await relay.up();
    // Both at once, twice: the second round brings each what the other sent in the first.
    for (let round = 0; round < 2; round++) await Promise.all([optionsA, optionsB].map(syncNow));
    for (const options of [optionsA, optionsB]) {
      await options.getByText('Everything is sent').waitFor();
      expect(await options.getByText('The server could not be reached').count()).toBe(0);
    }
    const [onA, onB] = await Promise.all([archive(a.ext), archive(b)]);
    expect(onA).toEqual(onB);
    // The three articles, each once; the one read on both counted twice on each.
    expect(Object.keys(onA)).toHaveLength(3);
    expect(onA[`${pages.origin}/${ES}`]).toBe(2);
    // The English article, set apart on B, leaves the story on A too.
    await expect
      .poll(
        async () => {
          await readerA.reload();
          await storyA.getByRole('link', { name: ES_TITLE }).waitFor();
          return storyA.getByRole('link', { name: EN_TITLE }).count();
        },
        { timeout: 30_000 },
      )
      .toBe(0);
  });
});

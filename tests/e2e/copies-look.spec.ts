import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, ROOT, saveScreenshot } from './fixtures';
import {
  openPage,
  readEarlierEnglish,
  useExtensionBrowser,
  type BrowserEnv,
} from './setup-browser';

const env = useExtensionBrowser();
const RECOGNISED = 'Recognised article';

/** A fixture's text republished as it is by another site, under its own name and address. */
async function readCopy(env: BrowserEnv, fixture: string, url: string, site: string) {
  const html = readFileSync(join(ROOT, 'tests/fixtures', fixture), 'utf8')
    .replace(/content="(News 24|The Daily Courier)"/g, `content="${site}"`)
    .replace(/"name": "(News 24|The Daily Courier)"/g, `"name": "${site}"`)
    .replace(/\| (News 24|The Daily Courier)<\/title>/g, `| ${site}</title>`)
    .replace(/<link rel="canonical" href="[^"]*">/, `<link rel="canonical" href="${url}">`);
  await env.ext.context.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await env.ext.context.newPage();
  await page.goto(url);
  const popup = await env.ext.openExtensionPage(`popup.html?tabId=${await env.ext.tabIdOf(url)}`);
  await popup.getByRole('article', { name: RECOGNISED }).waitFor({ timeout: 20_000 });
  await popup.close();
  await page.close();
}

async function read(env: BrowserEnv, path: string) {
  const { openPopup, page } = await openPage(env, path);
  const popup = await openPopup();
  await popup.getByRole('article', { name: RECOGNISED }).waitFor({ timeout: 20_000 });
  await popup.close();
  await page.close();
}

async function settled(p: Page) {
  await p.getByRole('article', { name: RECOGNISED }).first().waitFor({ timeout: 20_000 });
  await p.locator('.entity-card').first().waitFor({ timeout: 20_000 });
  await p.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
    timeout: 20_000,
  });
  await p.waitForTimeout(500);
}

// Screenshots for people to look at (test-artifacts/), with what a copy must not do on screen.
describe('texts read on several sites, as the panels show them', () => {
  it('lists each text once in recent reading and on the cards', async () => {
    await readEarlierEnglish(env);
    await read(env, '/stories/courier-notre-dame-fire.en.html');
    await readCopy(
      env,
      'stories/courier-notre-dame-fire.en.html',
      'http://wire-copy.example/world/notre-dame-fire.html',
      'Wire Copy',
    );
    await read(env, '/stories/courier-masters-woods.en.html');
    await readCopy(
      env,
      'news24-putin-pyongyang.fr.html',
      'http://wire-copy.example/monde/kim-poutine.html',
      'Wire Copy',
    );
    const seed = await openPage(env, '/news24-putin-pyongyang.fr.html');
    // One popup and one side panel, shot light then dark: the scheme is a media query
    // (components/panel.css), so switching it on the loaded page needs no second load.
    const popup = await seed.openPopup();
    await popup.setViewportSize({ width: 380, height: 600 });
    await settled(popup);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.waitForTimeout(500);
      await saveScreenshot(popup, `copies-popup-${scheme}-full`);
      await popup.screenshot({
        path: join(ARTIFACTS_DIR, `copies-popup-${scheme}-first-screen.png`),
        fullPage: false,
      });
      // The fire, read on two sites, is one item of recent reading, also on the other.
      const recent = popup.getByRole('region', { name: 'Recently read' });
      const fire = recent.getByRole('listitem').filter({ hasText: 'Notre-Dame' });
      expect(await fire.count()).toBe(1);
      expect(await fire.textContent()).toContain('Also on');
      // The seed's own copy is listed with it in the story, never in recent reading.
      expect(await recent.getByText('Kim promet').count()).toBe(0);
      // The seed's copy on Wire Copy is the seed, not another article: its main people and
      // places were read about in this story only (the English article), said once for all.
      expect(await popup.locator('.backgrounds .archive-note').allTextContents()).toEqual([
        'Not in anything you read outside this story.',
      ]);
    }
    await popup.close();

    const panel = await env.ext.openExtensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 420, height: 900 });
    await seed.page.bringToFront();
    await settled(panel);
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.waitForTimeout(500);
      await saveScreenshot(panel, `copies-sidepanel-${scheme}`);
    }
    await panel.close();
    await seed.page.close();
  }, 180_000);
});

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ARTIFACTS_DIR, saveScreenshot } from './fixtures';
import { openPage, type BrowserEnv } from './setup-browser';
import { textGaps } from './text-gaps';

/** The interface's words the checks look for, per language. */
export interface Words {
  lang: 'en' | 'fr';
  recognised: string;
  story: string;
  list: string;
  newIn: string;
  current: string;
  /**
   * The story's one headline in this language (its name in lists of stories): shown once, in
   * its entry, not as the card's heading (the card is the Spanish article's).
   */
  name: string;
  save: string;
}

const FR = 'news24-putin-pyongyang.fr.html';
const EN = 'world-desk-putin-pyongyang.en.html';
const ES = 'diario-global-putin-pyongyang.es.html';
const ES_TITLE = 'Putin aterriza en Pionyang y Kim le promete "pleno apoyo" en Ucrania';
// The first timeline entry ends this far above the fold at least: comfortably in the first
// screen (measured: it ends at 389 px in English, 408 px in French, popup and side panel alike).
const POPUP_MARGIN = 150;
const PANEL_MARGIN = 200;

/**
 * Reads the three Putin articles in order (French, English, Spanish: published the same
 * morning, one story) and leaves the third open: what the reader then sees of it.
 */
export async function readThreePutinArticles(env: BrowserEnv, w: Words) {
  for (const file of [FR, EN]) {
    const { page, openPopup } = await openPage(env, `/${file}`);
    const popup = await openPopup();
    await popup.getByRole('article', { name: w.recognised }).waitFor({ timeout: 20_000 });
    await popup.close();
    await page.close();
  }
  return openPage(env, `/${ES}`);
}

/** Where the first entry of the story's timeline ends, from the top of the page (px). */
async function firstEntryBottom(view: Page, w: Words): Promise<number> {
  const list = view.getByRole('region', { name: w.story }).getByRole('list', { name: w.list });
  const first = list.getByRole('listitem').first();
  await first.waitFor({ timeout: 20_000 });
  // Background cards and outside coverage load after the timeline: measured once all is in.
  await view.waitForLoadState('networkidle').catch(() => {});
  await view.waitForTimeout(500);
  // The whole page too, to look at what pushed the story down when this fails.
  await saveScreenshot(
    view,
    `${view.url().includes('popup') ? 'popup' : 'sidepanel'}-full-${w.lang}`,
  );
  const box = await first.boundingBox();
  expect(box, 'first timeline entry is laid out').not.toBeNull();
  expect(await view.evaluate(() => window.scrollY)).toBe(0);
  return box!.y + box!.height;
}

/** The search field's placeholder fits in it: its text is no wider than the field's inside. */
async function placeholderFits(view: Page) {
  const { text, room } = await view.getByRole('searchbox').evaluate((el) => {
    const input = el as HTMLInputElement;
    const style = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    return { text: ctx.measureText(input.placeholder).width, room: input.clientWidth - padding };
  });
  expect(text, 'search placeholder not cut off').toBeLessThanOrEqual(room);
}

/**
 * No timeline entry leaves a blank line under its headline: the room kept for "Not this story"
 * (hidden at rest) never takes a line of its own, however full the headline's last line is.
 */
async function noBlankLine(view: Page) {
  const gaps = (await textGaps(view.locator('.timeline .entry-head'))).map((h) =>
    Math.round(h.gap),
  );
  expect(gaps.length).toBeGreaterThan(0);
  for (const gap of gaps) expect(gap, 'blank room under a headline').toBeLessThanOrEqual(4);
}

/** Screenshot of the first screen, as the reader sees it without scrolling. */
async function firstScreen(view: Page, name: string) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await view.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) });
}

/** The story-first checks on the third Putin article, in popup and side panel, light and dark. */
export async function checkStoryFirst(env: BrowserEnv, w: Words) {
  const seed = await readThreePutinArticles(env, w);
  // One popup and one side panel, checked light then dark: the scheme is a media query
  // (components/panel.css), so switching it on the loaded page needs no second load.
  const popup = await seed.openPopup();
  await popup.setViewportSize({ width: 600, height: 600 });
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    expect(
      await firstEntryBottom(popup, w),
      `popup: first entry ends ${POPUP_MARGIN} px above the 600 px fold`,
    ).toBeLessThanOrEqual(600 - POPUP_MARGIN);
    await placeholderFits(popup);
    await firstScreen(popup, `story-first-popup-${w.lang}-${scheme}`);

    const region = popup.getByRole('region', { name: w.story });
    // The card is the article's (its Save): headed by its own headline, which says no
    // language (the reader has the page in front of them), its words marked up as Spanish.
    const heading = region.getByRole('heading', { level: 2 });
    expect(await heading.textContent()).toBe(ES_TITLE);
    expect(await heading.locator('[lang="es"]').textContent()).toBe(ES_TITLE);
    // The article's card is the story's header (Save at hand): no second card, its headline
    // once, as the heading.
    const card = region.getByRole('article', { name: w.recognised });
    expect(await card.getByRole('button', { name: w.save }).count()).toBe(1);
    expect(await popup.getByRole('article', { name: w.recognised }).count()).toBe(1);
    const text = (await region.textContent())!;
    expect(text.split(ES_TITLE)).toHaveLength(2);
    // The headline in the reader's language once, in its entry (a link, named by it): not
    // also as the heading, 6 lines above.
    expect(text.split(w.name)).toHaveLength(2);
    // Every article of the story, newest first, this one in place (the English one came later).
    const entries = region.getByRole('list', { name: w.list }).getByRole('listitem');
    expect(await entries.count()).toBe(3);
    expect(await entries.nth(1).textContent()).toContain(w.current);
    expect(await entries.nth(1).getAttribute('aria-current')).toBe('true');
    // What this article adds: nothing it can tell. The story was read in French and English,
    // whose words the Spanish ones cannot be matched with, and it names no one they did not:
    // no sentence is claimed new ("Putin le dio las gracias…" was, said in both before).
    // (Measured after the page went quiet: firstEntryBottom waited for all to load.)
    expect(await region.getByRole('group', { name: w.newIn }).count()).toBe(0);
  }
  await popup.close();

  const panel = await env.ext.openExtensionPage('sidepanel.html');
  await seed.page.bringToFront();
  for (const scheme of ['light', 'dark'] as const) {
    await panel.setViewportSize({ width: 360, height: 700 });
    await panel.mouse.move(0, 0);
    await panel.emulateMedia({ colorScheme: scheme });
    expect(
      await firstEntryBottom(panel, w),
      `side panel: first entry ends ${PANEL_MARGIN} px above 700 px`,
    ).toBeLessThanOrEqual(700 - PANEL_MARGIN);
    await placeholderFits(panel);
    await firstScreen(panel, `story-first-sidepanel-${w.lang}-${scheme}`);
    // At the side panel's narrowest usual width, the hint still fits whole.
    await panel.setViewportSize({ width: 320, height: 700 });
    await placeholderFits(panel);
    await noBlankLine(panel);
    // Nor is a headline's first line cut short for it: 320 px leaves no room there to spare.
    expect(await panel.locator('.timeline .entry-head[data-room="first"]').count()).toBe(0);
    await firstScreen(panel, `story-first-sidepanel-${w.lang}-${scheme}-320`);
    // The pointer on the first entry: "Not this story" shows, and covers none of its words.
    await panel.locator('.timeline li').first().hover();
    await firstScreen(panel, `story-first-sidepanel-${w.lang}-${scheme}-320-hover`);
  }
  await panel.close();
}

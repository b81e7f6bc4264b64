import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from './fixtures';
import { openActionPopup } from './action-popup';
import type { BrowserEnv } from './setup-browser';

/** The interface's words in `lang`, $1 filled in (public/_locales). */
function wordsOf(lang: 'en' | 'fr') {
  const messages = JSON.parse(
    readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'),
  ) as Record<string, { message: string }>;
  return (key: string, sub = '') => messages[key]!.message.replace('$1', sub);
}

interface Stop {
  name: string;
  /** The focus ring: outline style and width. */
  ring: string;
  /** Inside the window once focused (the browser scrolls it in). */
  inView: boolean;
}

/** Presses Tab `n` times and notes where the focus lands each time. */
async function tabStops(page: Page, n: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const e = document.activeElement as HTMLElement;
        const label = (e as HTMLInputElement).labels?.[0]?.textContent;
        const name = (e.getAttribute('aria-label') ?? label ?? e.textContent ?? '').trim();
        const css = getComputedStyle(e);
        const box = e.getBoundingClientRect();
        return {
          // Runs of layout white space only: a French no-break space stays what it is.
          name: name.replace(/[ \t\r\n]+/g, ' '),
          ring: `${css.outlineStyle} ${css.outlineWidth}`,
          inView: box.bottom > 0 && box.top < window.innerHeight,
        };
      }),
    );
  }
  return stops;
}

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement;
    return (e.getAttribute('aria-label') ?? e.textContent ?? '').trim();
  });

/**
 * What a reader who uses the keyboard relies on: Tab goes through the popup in the order it
 * reads (its buttons, the search box, the article's Save, what is new, the timeline, the names),
 * every stop shows the same 2 px ring and is scrolled into view; Escape folds what Enter
 * unfolded, and takes the focus back from a card to the name that brought it up. In the options,
 * Tab follows the page's order. Fast: no waiting but for the page itself.
 */
export async function checkKeyboard(
  env: BrowserEnv,
  openSeed: () => Promise<Page>,
  seedPage: Page,
  lang: 'en' | 'fr',
): Promise<void> {
  const w = wordsOf(lang);
  const popup = await openSeed();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.getByRole('article', { name: w('cardLabel') }).waitFor({ timeout: 20_000 });
  const timeline = popup.getByRole('list', { name: new RegExp(`^${w('storyTimelineLabel')}`) });
  await timeline.getByRole('link').first().waitFor({ timeout: 20_000 });
  await popup.locator('.entities button').first().waitFor({ timeout: 20_000 });
  // What is new comes with the story's comparison, which may land after the timeline (it did
  // under npm test's load): its unfolding button is the stop after Save.
  await popup
    .getByRole('group', { name: w('newInArticle') })
    .getByRole('button')
    .first()
    .waitFor({ timeout: 20_000 });
  const stops = await tabStops(popup, 8);
  const names = stops.map((s) => s.name);
  expect(names.slice(0, 4)).toEqual([
    w('openSidePanel'),
    w('options'),
    w('searchLabel'),
    w('saveButton'),
  ]);
  expect(names[4]).toMatch(/^\d/); // "2 more sentences", "2 de plus"
  expect(names[5]).toMatch(/Putin lands in Pyongyang/); // the story's earlier article
  expect(names[6]).toBe(w('apartLabel', names[5]));
  expect(names[7]).toMatch(new RegExp(`^${w('entityMore', '')}`));
  for (const stop of stops) {
    expect(stop, stop.name).toMatchObject({ ring: 'solid 2px', inView: true });
  }

  // Enter unfolds what is new; Escape folds it, the focus still on its button.
  const more = popup.getByRole('group', { name: w('newInArticle') }).getByRole('button');
  await more.focus();
  await popup.keyboard.press('Enter');
  expect(await more.getAttribute('aria-expanded')).toBe('true');
  await popup.keyboard.press('Escape');
  expect(await more.getAttribute('aria-expanded')).toBe('false');
  expect(await more.evaluate((e) => e === document.activeElement)).toBe(true);

  // A name brings its card up with the focus; Escape goes back to the name.
  const name = popup.locator('.entities button').first();
  const asked = await name.getAttribute('aria-label');
  await name.focus();
  await popup.keyboard.press('Enter');
  await expect
    .poll(() => popup.evaluate(() => document.activeElement?.classList.contains('entity-card')))
    .toBe(true);
  await popup.keyboard.press('Escape');
  expect(await focusedName(popup)).toBe(asked);

  // The archive search: ↓ into the results, Escape back to the box, emptied.
  const box = popup.getByRole('searchbox');
  await box.focus();
  await popup.keyboard.type('Pyongyang');
  await popup.getByRole('checkbox').check();
  const results = popup.getByRole('list', { name: w('resultsLabel') });
  await results.getByRole('link').first().waitFor({ timeout: 20_000 });
  await box.focus();
  await popup.keyboard.press('ArrowDown');
  expect(await focusedName(popup)).toBe(
    (await results.getByRole('link').first().textContent())?.trim(),
  );
  await popup.keyboard.press('Escape');
  expect(await box.evaluate((e) => e === document.activeElement)).toBe(true);
  expect(await box.inputValue()).toBe('');
  await popup.close();
  await checkEscapeInActionPopup(env, seedPage, w);

  // The options: Tab follows the page, from the first switch down, each with its ring.
  const options = await env.ext.openExtensionPage('options.html');
  await options.setViewportSize({ width: 900, height: 900 });
  await options.getByRole('checkbox', { name: w('recordingLabel') }).waitFor();
  await expect.poll(() => options.locator('input:disabled').count()).toBe(0);
  const optionStops = await tabStops(options, 6);
  // A switch's label holds its help too: its name starts with its title.
  const titles = [
    w('recordingLabel'),
    w('highlightsLabel'),
    w('wikipediaLabel'),
    w('outsideCoverageLabel'),
    w('retentionLabel'),
    w('addSiteLabel'),
  ];
  expect(optionStops.map((s, i) => s.name.slice(0, titles[i]!.length))).toEqual(titles);
  for (const stop of optionStops) {
    expect(stop, stop.name).toMatchObject({ ring: 'solid 2px', inView: true });
  }
  await options.close();
}

/**
 * Escape in the popup as Chrome shows it from the toolbar button, where an Escape the page leaves
 * alone closes the popup: with something unfolded (what is new) it folds it and the popup stays
 * open, the focus on its button; with words in the search box it empties the box and stays; with
 * nothing open, it closes the popup as usual.
 */
async function checkEscapeInActionPopup(
  env: BrowserEnv,
  seedPage: Page,
  w: ReturnType<typeof wordsOf>,
): Promise<void> {
  const popup = await openActionPopup(env, seedPage);
  const more = `document.querySelector('.new-in button[aria-expanded]')`;
  await expect.poll(() => popup.evaluate<boolean>(`!!${more}`), { timeout: 20_000 }).toBe(true);
  expect(await popup.evaluate<string>(`${more}.closest('[role=group]').textContent`)).toContain(
    w('newInArticle'),
  );
  await popup.evaluate(`${more}.focus(), ${more}.click()`);
  expect(await popup.evaluate<string>(`${more}.getAttribute('aria-expanded')`)).toBe('true');
  await popup.escape();
  expect(await popup.isOpen(), 'Escape on what is unfolded leaves the popup open').toBe(true);
  expect(await popup.evaluate<string>(`${more}.getAttribute('aria-expanded')`)).toBe('false');
  expect(await popup.evaluate<boolean>(`document.activeElement === ${more}`)).toBe(true);

  const box = `document.querySelector('input[type="search"]')`;
  await popup.evaluate(`${box}.focus()`);
  await popup.type('Pyongyang');
  expect(await popup.evaluate<string>(`${box}.value`)).toBe('Pyongyang');
  await popup.escape();
  expect(await popup.isOpen(), 'Escape in a search with words leaves the popup open').toBe(true);
  expect(await popup.evaluate<string>(`${box}.value`)).toBe('');

  // Nothing open: Escape is Chrome's, and closes the popup.
  await popup.escape();
  await expect.poll(() => popup.isOpen(), { timeout: 5_000 }).toBe(false);
}

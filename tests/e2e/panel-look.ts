import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { join } from 'node:path';
import { ARTIFACTS_DIR, ROOT, saveScreenshot } from './fixtures';
import { readFileSync } from 'node:fs';
import { openActionPopup } from './action-popup';
import { checkKeyboard } from './keyboard';
import { openPage, type BrowserEnv } from './setup-browser';
import { textGaps } from './text-gaps';

// Chrome caps an extension popup at 600 px tall; the popup's body is 380 px wide.
const POPUP = { width: 380, height: 600 };

/** The reader's look at popup, options and reader pages, light and dark, saved as screenshots. */
export async function shootPanels(env: BrowserEnv, lang: 'en' | 'fr'): Promise<void> {
  const recognised = lang === 'fr' ? 'Article reconnu' : 'Recognised article';
  // Notre-Dame: read the fire, the golf and the spire contest, then the French pledge (Apr 16).
  for (const path of [
    '/stories/courier-notre-dame-fire.en.html',
    '/stories/courier-masters-woods.en.html',
    '/stories/courier-notre-dame-spire-contest.en.html',
  ]) {
    const { openPopup, page } = await openPage(env, path);
    const popup = await openPopup();
    await popup.getByRole('article', { name: recognised }).waitFor({ timeout: 20_000 });
    await popup.close();
    await page.close();
  }
  const pledge = await openPage(env, '/stories/quotidien-notre-dame-reconstruction.fr.html');
  await shootPopup(pledge.openPopup, `look-${lang}-notre-dame`, recognised);
  await checkPledgeAdds(pledge.openPopup, lang);
  await checkActionPopup(env, pledge.page);
  await shootSidePanel(env, pledge.page, `look-${lang}-notre-dame`, recognised, 'Total');
  await pledge.page.close();

  // The seed story's English article, published the day before (as readEarlierEnglish does).
  const english = readFileSync(
    join(ROOT, 'tests/fixtures/world-desk-putin-pyongyang.en.html'),
    'utf8',
  ).replace('"datePublished":"2024-06-19T08:30:00Z"', '"datePublished":"2024-06-18T08:30:00Z"');
  await env.ext.context.route('**/world-desk-day-before.html', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: english }),
  );
  const earlier = await openPage(env, '/world-desk-day-before.html');
  const popup = await earlier.openPopup();
  await popup.getByRole('article', { name: recognised }).waitFor({ timeout: 20_000 });
  await popup.close();
  const seed = await openPage(env, '/news24-putin-pyongyang.fr.html');
  await shootPopup(seed.openPopup, `look-${lang}-putin`, recognised);
  await shootSidePanel(env, seed.page, `look-${lang}-putin`, recognised);
  await checkNewInArticle(seed.openPopup, lang);
  await checkKeyboard(env, seed.openPopup, seed.page, lang);
  await shootOtherStates(env, seed.openPopup, lang);

  // One page each, shot light then dark: the scheme is a media query (components/panel.css), so
  // switching it on the loaded page shows what a page opened in it shows, without a second load.
  const options = await env.ext.openExtensionPage('options.html');
  await options.setViewportSize({ width: 900, height: 900 });
  await options.locator('h1').first().waitFor();
  for (const scheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme: scheme });
    await options.waitForTimeout(500);
    await saveScreenshot(options, `look-${lang}-options-${scheme}`);
    // The select is styled like the other fields (not the browser's grey default).
    expect(await options.locator('select').evaluate((e) => getComputedStyle(e).borderRadius)).toBe(
      '6px',
    );
  }
  // The never-recorded list says how long it is and unfolds.
  await options
    .getByRole('button', {
      name: lang === 'fr' ? /Afficher les \d+ sites/ : /Show all \d+ sites/,
    })
    .click();
  const list = options.getByRole('list', {
    name: lang === 'fr' ? 'Sites jamais enregistrés' : 'Sites never recorded',
  });
  for (const scheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme: scheme });
    expect(await list.evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThan(2);
    expect(await list.getByRole('listitem').count()).toBeGreaterThan(40);
  }
  await options.close();
  const reader = await env.ext.openExtensionPage('reader.html');
  await reader.setViewportSize({ width: 700, height: 400 });
  await reader.getByRole('status').waitFor();
  for (const scheme of ['light', 'dark'] as const) {
    await reader.emulateMedia({ colorScheme: scheme });
    await saveScreenshot(reader, `look-${lang}-reader-empty-${scheme}`);
    expect(
      await reader.getByRole('status').evaluate((e) => getComputedStyle(e).fontFamily),
    ).toMatch(/^system-ui/);
  }
  await reader.close();
  await seed.page.close();
}

/** The popup's "New in this article" box, by its name in the reader's language. */
function newInGroup(popup: Page, lang: 'en' | 'fr'): Locator {
  return popup.getByRole('group', {
    name: lang === 'fr' ? 'Nouveau dans cet article' : 'New in this article',
  });
}

/**
 * What the French Putin article adds to the English one read the day before: its own sentences
 * (the English one's words cannot be matched with French ones; these name someone it does not),
 * one shown, the others unfolded, three at most.
 */
async function checkNewInArticle(open: () => Promise<Page>, lang: 'en' | 'fr') {
  const popup = await open();
  const group = newInGroup(popup, lang);
  const added = group.getByRole('listitem');
  await added.first().waitFor({ timeout: 20_000 });
  expect(await added.count()).toBe(1);
  // Folded by what the browser lays out: a first sentence clamped to two lines has more to
  // show (it overflows the clamp), one shown whole has nothing hidden.
  const fold = await added
    .first()
    .locator('.first-sentence')
    .evaluate((e) => ({
      clipped: e.classList.contains('clipped'),
      hidden: e.scrollHeight - e.clientHeight,
      lines: Math.round(e.clientHeight / parseFloat(getComputedStyle(e).lineHeight)),
    }));
  if (fold.clipped) expect(fold.lines).toBe(2);
  expect(fold.clipped ? fold.hidden > 2 : fold.hidden < 2).toBe(true);
  await group
    .getByRole('button', {
      name: lang === 'fr' ? /^\d de plus$/ : /^\d more sentences?$/,
    })
    .click();
  const sentences = await added.allTextContents();
  expect(sentences.length).toBeGreaterThan(1);
  expect(sentences.length).toBeLessThanOrEqual(3);
  const french = readFileSync(join(ROOT, 'tests/fixtures/news24-putin-pyongyang.fr.html'), 'utf8');
  for (const s of sentences) expect(french).toContain(s);
  await popup.close();
}

/**
 * What the French pledge adds to the English fire and spire articles read before it: its words
 * cannot be matched with theirs, its names can, and the one they never named is Total (a
 * one-word company, its pledge with the others' amounts). One sentence, nothing claimed of
 * what they said.
 */
async function checkPledgeAdds(open: () => Promise<Page>, lang: 'en' | 'fr') {
  const popup = await open();
  const group = newInGroup(popup, lang);
  const added = group.getByRole('listitem');
  await added.first().waitFor({ timeout: 20_000 });
  expect(await added.allTextContents()).toEqual([
    expect.stringMatching(/^Bernard Arnault .* tandis que Total a promis 100 millions\.$/),
  ]);
  await checkNewNameShown(popup, 'Total');
  await popup.close();
}

/**
 * Folded, "New in this article" shows its first sentence's new name (Total, named last in the
 * pledge sentence after four names read before): in sight, not under the two lines' clamp, its
 * hidden start said by an ellipsis.
 */
async function checkNewNameShown(p: Page, name: string) {
  const first = p.locator('.new-in .first-sentence');
  await first.waitFor({ timeout: 20_000 });
  const seen = await first.evaluate((el, word) => {
    const box = el.getBoundingClientRect();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(word);
      if (at < 0 || n.parentElement!.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + word.length);
      const r = range.getBoundingClientRect();
      return r.width > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    }
    return false;
  }, name);
  expect(seen, `${name} in sight in "New in this article"`).toBe(true);
  const clause = p.locator('.new-in .from-clause');
  if ((await clause.count()) > 0) {
    expect(await clause.evaluate((e) => getComputedStyle(e, '::before').content)).toMatch(/^"…/);
  }
}

/**
 * What a first-time reader also meets, light and dark: a page that is no article (a front page)
 * and a search of the archive, its results under the field.
 */
async function shootOtherStates(env: BrowserEnv, openSeed: () => Promise<Page>, lang: 'en' | 'fr') {
  const front = await openPage(env, '/front-page.html');
  const popup = await front.openPopup();
  await popup.setViewportSize(POPUP);
  await popup.locator('.status[data-kind="not-article"]').waitFor({ timeout: 20_000 });
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.waitForTimeout(300);
    await saveScreenshot(popup, `look-${lang}-not-article-${scheme}`);
  }
  await popup.close();
  const search = await openSeed();
  await search.setViewportSize(POPUP);
  await search.getByRole('searchbox').fill('Pyongyang');
  // Nothing is saved yet: a first search says so; the box under the field offers the rest.
  const none = search.getByText(
    lang === 'fr' ? 'Aucun article enregistré ne correspond.' : 'No saved article matches.',
  );
  await none.waitFor({ timeout: 20_000 });
  for (const scheme of ['light', 'dark'] as const) {
    await search.emulateMedia({ colorScheme: scheme });
    await none.waitFor();
    await saveScreenshot(search, `look-${lang}-search-none-${scheme}`);
  }
  // The box under the field offers the articles only read (one offer, not two).
  await search
    .getByRole('checkbox', {
      name: lang === 'fr' ? 'Inclure les articles seulement lus' : 'Include articles only read',
    })
    .check();
  const results = search.getByRole('list', {
    name: lang === 'fr' ? 'Résultats de la recherche' : 'Search results',
  });
  await results.waitFor({ timeout: 20_000 });
  for (const scheme of ['dark', 'light'] as const) {
    await search.emulateMedia({ colorScheme: scheme });
    await results.waitFor();
    await search.waitForTimeout(300);
    await saveScreenshot(search, `look-${lang}-search-${scheme}`);
  }
  await search.close();
  await front.page.close();
}

async function shootPopup(open: () => Promise<Page>, name: string, recognised: string) {
  // One popup, shot light then dark (the scheme is a media query: no second load needed).
  const popup = await open();
  await popup.setViewportSize(POPUP);
  await popup.getByRole('article', { name: recognised }).waitFor({ timeout: 20_000 });
  // Cards and timeline arrive after the article: wait until no card is loading.
  await popup.locator('.entity-card').first().waitFor({ timeout: 20_000 });
  await popup.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
    timeout: 20_000,
  });
  await checkLinesAlone(popup);
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.waitForTimeout(300);
    await saveScreenshot(popup, `${name}-${scheme}-full`);
    // Links are in the accent colour, readable (WCAG AA), unlike the body text.
    const [link, body] = await popup.evaluate(() => [
      getComputedStyle(document.querySelector('.timeline a, .recent-list a')!).color,
      getComputedStyle(document.body).color,
    ]);
    expect(link).not.toBe(body);
    // No card heading leaves its "·" at the end of a line: the type wraps whole.
    const dangling = await popup.locator('.entity-card h3').evaluateAll(
      (hs) =>
        hs.filter((h) => {
          const box = h.getBoundingClientRect();
          const name = h.firstElementChild!.getBoundingClientRect();
          const type = h.querySelector('.type')!.getBoundingClientRect();
          // On the name's last line, or wrapped whole to the start of the next one.
          const sameLine = type.top < name.bottom - 2;
          return !(sameLine || type.left - box.left < 2);
        }).length,
    );
    expect(dangling).toBe(0);
    // The first screen shows the story and the first background card, its name and its line.
    const fold = await popup
      .locator('.entity-card')
      .first()
      .evaluate((card) => {
        const line = card.querySelector('.description, .meta') ?? card;
        return line.getBoundingClientRect().bottom;
      });
    expect(fold).toBeLessThanOrEqual(POPUP.height);
    await checkFirstScreenWords(popup);
    await popup.screenshot({
      path: join(ARTIFACTS_DIR, `${name}-${scheme}-first-screen.png`),
      fullPage: false,
    });
    // "Not this story" is out of sight until the entry is pointed at or reached by keyboard.
    const apart = popup.locator('.story-first .timeline .apart').first();
    const opacity = () => apart.evaluate((e) => getComputedStyle(e).opacity);
    expect(await opacity()).toBe('0');
    const entry = apart.locator('xpath=ancestor::li');
    const height = () => entry.evaluate((li) => li.getBoundingClientRect().height);
    const atRest = await height();
    await entry.hover();
    expect(await opacity()).toBe('1');
    // Shown, it moves nothing and covers no word of its entry (headline or facts).
    expect(await height()).toBe(atRest);
    const covered = await apart.evaluate(wordsCovered);
    expect(covered).toEqual([]);
    await popup
      .locator('.story-first')
      .screenshot({ path: join(ARTIFACTS_DIR, `${name}-${scheme}-story-hover.png`) });
    await popup.mouse.move(0, 0);
    await apart.focus();
    expect(await opacity()).toBe('1');
    // At rest again for the next scheme: nothing pointed at or focused.
    await apart.blur();
  }
  await popup.close();
}

/**
 * The side panel beside the article at its narrowest (Chrome's 320 px; copies-look.spec.ts shoots
 * it at 420), light and dark. No line of an entry is kept blank for "Not this story" at rest: the
 * room kept for it never takes a line of its own.
 */
async function shootSidePanel(
  env: BrowserEnv,
  page: Page,
  name: string,
  recognised: string,
  /** The new name "New in this article" shows folded, at every width. */
  newName?: string,
) {
  const panel = await env.ext.openExtensionPage('sidepanel.html');
  // Chrome's narrowest side panel, then a wider one a reader drags it to.
  for (const wide of [480, 320]) {
    await panel.setViewportSize({ width: wide, height: 900 });
    await page.bringToFront();
    await panel.getByRole('article', { name: recognised }).waitFor({ timeout: 20_000 });
    await panel.locator('.entity-card').first().waitFor({ timeout: 20_000 });
    await panel.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
      timeout: 20_000,
    });
    await panel.waitForTimeout(300);
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.waitForTimeout(300);
      await saveScreenshot(panel, `${name}-sidepanel-${wide}-${scheme}`);
    }
    await checkLinesAlone(panel);
    if (newName) await checkNewNameShown(panel, newName);
  }
  const width = 320;
  // No line of an entry is blank at rest: each of its parts (headline, facts) ends at its
  // text's last line, with no line kept for "Not this story" alone.
  const blank = (await textGaps(panel.locator('.timeline li > :not(.apart)')))
    .filter((p) => p.gap > p.lineHeight / 2)
    .map((p) => `${p.text} (${Math.round(p.gap)} px)`);
  expect(blank).toEqual([]);
  // The facts' first line holds more than the date: never "17 avr. ·" alone, its site on the next.
  const alone = await panel.locator('.timeline li > .meta').evaluateAll((lines) =>
    lines.flatMap((line) => {
      const [date, next] = [...line.querySelectorAll(':scope > .fact')];
      if (!date || !next) return [];
      const gap = next.getBoundingClientRect().top - date.getBoundingClientRect().top;
      return gap > 2 ? [line.textContent] : [];
    }),
  );
  expect(alone).toEqual([]);
  // Nor its last fact alone on its last line ("Déjà lu" under "17 avr. · The Daily Courier ·
  // anglais ·"): the language and the state wrap together.
  expect(await lastFactAlone(panel.locator('.timeline li > .meta'), 4)).toEqual([]);
  // Pointed at, "Not this story" shows in the room kept for it in the facts (a narrow panel's
  // place for it), covering none of their words, and moving nothing.
  const aparts = await panel.locator('.story-first .timeline .apart').all();
  const first = aparts[0];
  for (const apart of aparts) {
    const entry = apart.locator('xpath=ancestor::li');
    const atRest = await entry.evaluate((li) => li.getBoundingClientRect().height);
    await entry.hover();
    expect(await apart.evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
    expect(await apart.evaluate(wordsCovered)).toEqual([]);
    expect(await entry.evaluate((li) => li.getBoundingClientRect().height)).toBe(atRest);
    if (apart === first) {
      await panel
        .locator('.story-first')
        .screenshot({ path: join(ARTIFACTS_DIR, `${name}-sidepanel-${width}-story-hover.png`) });
    }
  }
  await panel.mouse.move(0, 0);
  await checkFirstScreenWords(panel);
  await panel.close();
}

/** The texts of `lines` (of `min` facts or more) whose last fact wrapped apart from the one before. */
function lastFactAlone(lines: Locator, min: number): Promise<(string | null)[]> {
  return lines.evaluateAll(
    (els, least) =>
      els.flatMap((line) => {
        const facts = [...line.querySelectorAll('.fact')];
        if (facts.length < least) return [];
        const [before, last] = facts.slice(-2);
        const gap = last!.getBoundingClientRect().top - before!.getBoundingClientRect().top;
        return gap > 2 ? [line.textContent] : [];
      }),
    min,
  );
}

/**
 * Lines a narrow panel must not leave to one short thing: "New in this article"'s heading and
 * what unfolds from it share their line ("2 autres phrases" took one of its own at 320 px in
 * French), and no reading time is alone on a line of "Recently read" ("Lu il y a 1 minute"
 * under "The Daily Courier · 15 avr. 2019 ·").
 */
async function checkLinesAlone(p: Page) {
  const top = p.locator('.new-in-top');
  if ((await top.locator('.more').count()) > 0) {
    const [heading, more, hidden] = await top.evaluate((e) => [
      e.querySelector('h3')!.getBoundingClientRect().top,
      e.querySelector('.more')!.getBoundingClientRect().top,
      e.querySelector('.more')!.scrollWidth - e.querySelector('.more')!.clientWidth,
    ]);
    expect(Math.abs(more! - heading!), 'the unfolding link on a line of its own').toBeLessThan(4);
    expect(hidden).toBeLessThan(1);
  }
  expect(await lastFactAlone(p.locator('.recent-list .meta'), 2)).toEqual([]);
  // No headline, nor a sentence new in this article, ends on one word alone on its last line
  // ("Tiger Woods wins the Masters for his 15th major" / "title"; "… 100" / "millions.").
  const widows = await p
    .locator('.timeline .entry-head a, .recent-title, h2.story-name, .new-in li')
    .evaluateAll((els) =>
      els.flatMap((el) => {
        const text = el.textContent!.trimEnd();
        const words = [...text.matchAll(/\S+/g)];
        if (words.length < 4) return [];
        // The top of the character at `at` of the element's text, where laid out.
        const topAt = (at: number) => {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(), seen = 0; n; n = walker.nextNode()) {
            const len = n.textContent!.length;
            if (at < seen + len) {
              if (n.parentElement!.closest('.visually-hidden')) return undefined;
              const range = document.createRange();
              range.setStart(n, at - seen);
              range.setEnd(n, at - seen + 1);
              return range.getBoundingClientRect().top;
            }
            seen += len;
          }
          return undefined;
        };
        const last = topAt(words.at(-1)!.index);
        const before = topAt(words.at(-2)!.index);
        if (last === undefined || before === undefined) return [];
        return last - before > 2 ? [text] : [];
      }),
    );
  expect(widows).toEqual([]);
}

/**
 * Words the first screen must not waste: the story's card is headed by the article being read's
 * headline, which its entry does not repeat, and no headline shows twice (an earlier article's,
 * the story's name in English, was the heading and its entry's link); a note said once above the
 * background cards takes one line.
 */
async function checkFirstScreenWords(p: Page) {
  const name = (await p.locator('.story-first h2.story-name > span').first().textContent())!;
  const here = (await p.locator('.story-first .timeline li[aria-current="true"]').textContent())!;
  expect(here).not.toContain(name);
  const headlines = [
    name,
    ...(await p.locator('.story-first .timeline .entry-head a').allTextContents()),
  ];
  expect(new Set(headlines).size, `a headline twice: ${headlines.join(' | ')}`).toBe(
    headlines.length,
  );
  for (const note of await p.locator('.backgrounds .archive-note').all()) {
    const lines = await note.evaluate(
      (e) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight),
    );
    expect(lines).toBeLessThan(1.5);
  }
}

/**
 * The popup these shots stand for is popup.html in a tab of POPUP's size. The one Chrome opens
 * from the toolbar button (chrome.action.openPopup) sizes itself to its content: its body's
 * width, and its height up to 600 px, then it scrolls. Headless Chromium opens it at another
 * size (280 x 510 px in Chromium 156, the screen's and window's size flags changing only its
 * height), so it is not shot; what sizes it is checked in it: the content Chrome fits the popup
 * to is POPUP's width and at least its height, or the shots above show another popup than the
 * reader's.
 */
async function checkActionPopup(env: BrowserEnv, page: Page) {
  const popup = await openActionPopup(env, page);
  const settled = `!!document.querySelector('.entity-card') && !document.querySelector('[aria-busy="true"]')`;
  await expect.poll(() => popup.evaluate<boolean>(settled), { timeout: 20_000 }).toBe(true);
  const [width, height] = await popup.evaluate<number[]>(
    '[document.documentElement.scrollWidth, document.documentElement.scrollHeight]',
  );
  expect(width).toBe(POPUP.width);
  expect(height).toBeGreaterThanOrEqual(POPUP.height);
  // Closed as the reader's click elsewhere would (nothing in it has the focus for an Escape).
  await popup.evaluate('setTimeout(() => window.close(), 0), 0');
  await expect.poll(() => popup.isOpen(), { timeout: 5_000 }).toBe(false);
}

/** The words of its entry a shown "Not this story" button covers (none, where room was kept). */
function wordsCovered(button: Element): string[] {
  const b = button.getBoundingClientRect();
  const li = button.closest('li')!;
  const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
  const hits: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (button.contains(n) || !n.textContent!.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) {
      const x = Math.min(r.right, b.right) - Math.max(r.left, b.left);
      const y = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
      if (x > 1 && y > 1) hits.push(n.textContent!);
    }
  }
  return hits;
}

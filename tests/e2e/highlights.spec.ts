import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardText } from './card-text';
import { ARTIFACTS_DIR, ROOT } from './fixtures';
import { openPage, useExtensionBrowser } from './setup-browser';

const env = useExtensionBrowser();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SEED = '/news24-putin-pyongyang.fr.html';
const TOGGLE = 'Underline people, places and organisations in articles';
// What a mark may carry: its underline, and keyboard access on an entity's first mention.
const MARK_ATTRIBUTES = ['aria-label', 'role', 'style', 'tabindex'];

/** Where the article's paragraphs are and how far the page is scrolled. */
function measure(page: Page) {
  return page.evaluate(() => ({
    marks: document.querySelectorAll('backstory-mark').length,
    scrollY: window.scrollY,
    height: document.documentElement.scrollHeight,
    boxes: Array.from(document.querySelectorAll('article p, article h1, article h2')).map((el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height];
    }),
  }));
}

const marksOf = (page: Page) =>
  page.locator('backstory-mark').evaluateAll((els) => els.map((e) => e.textContent));

async function waitForRecorded(tabId: number) {
  const popup = await env.ext.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.getByRole('article', { name: 'Recognised article' }).waitFor({ timeout: 20_000 });
  await popup.close();
}

describe('in-page highlights', () => {
  it('underline the mentions in the article without moving anything, and show a card', async () => {
    const { page } = await openPage(env, SEED);
    await page.evaluate(() => window.scrollTo(0, 400));
    const before = await measure(page);
    expect(before.marks).toBe(0); // measured before the highlights came

    await expect.poll(() => marksOf(page), { timeout: 20_000 }).toContain('Kim Jong Un');
    const marks = await marksOf(page);
    expect(marks).toContain('Poutine');
    expect(marks).toContain('Vladimir Poutine');
    expect(await measure(page)).toEqual({ ...before, marks: marks.length });

    // Only what is shown: no ids, types or cards in the page's DOM.
    const attributes = await page
      .locator('backstory-mark')
      .evaluateAll((els) => [...new Set(els.flatMap((e) => e.getAttributeNames()))].sort());
    expect(attributes.every((a) => MARK_ATTRIBUTES.includes(a))).toBe(true);
    expect(await page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot)).toBe(
      null,
    );
    // The marks add no accessibility problem of their own (axe-core, run in the page).
    await page.evaluate(AXE);
    const axeOnMarks = await page.evaluate(async () => {
      type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } })
        .axe;
      return (await axe.run()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .filter((v) => v.nodes.some((n) => n.target.join(' ').includes('backstory-mark')))
        .map((v) => v.id);
    });
    expect(axeOnMarks).toEqual([]);
    // One tab stop per entity, not one per mention.
    const focusable = await page.locator('backstory-mark[tabindex="0"]').allTextContents();
    expect(new Set(focusable).size).toBe(focusable.length);
    expect(focusable.length).toBeLessThan(marks.length);

    const cdp = await page.context().newCDPSession(page);
    const poutine = page.locator('backstory-mark', { hasText: /^Poutine$/ }).nth(1);
    await poutine.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await poutine.hover();
    await expect
      .poll(() => cardText(cdp))
      .toMatchObject({
        text: expect.stringContaining('Vladimir Putin'),
        closed: true,
      });
    // The English interface names him in English, with the knowledge base's one line.
    expect((await cardText(cdp))!.text).toMatch(
      /^Person \| Vladimir Putin \| President of Russia \| Click to open/,
    );
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'highlights-card.png') });

    // Keyboard: the first mention of Kim Jong Un takes focus, shows its card; Escape closes it.
    await page.mouse.move(0, 0);
    // Kim Jong Un's first mention is the headline's "Kim".
    const kim = page.locator('backstory-mark[tabindex="0"]', { hasText: /^Kim( Jong Un)?$/ });
    expect(await kim.getAttribute('role')).toBe('button');
    expect(await kim.getAttribute('aria-label')).toBe('Kim (Backstory)');
    await kim.focus();
    await expect.poll(async () => (await cardText(cdp))?.text).toContain('Kim Jong Un');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardText(cdp))?.text).toBe('');
    await page.close();
  });

  it('a click opens the side panel (the gesture survives the message) on the entity', async () => {
    const { page, tabId } = await openPage(env, `${SEED}?click`);
    await expect.poll(() => marksOf(page), { timeout: 20_000 }).toContain('Kim Jong Un');
    const panelTargets = async () => {
      const cdp = await page.context().newCDPSession(page);
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { url: string }[];
      };
      await cdp.detach();
      return targetInfos.filter((t) => t.url.endsWith('/sidepanel.html')).length;
    };
    expect(await panelTargets()).toBe(0);
    await env.ext.worker.evaluate(() => chrome.storage.session.remove('panelEntity'));
    // Without a user gesture Chrome refuses to open it: the click's gesture is what opens it.
    const refused = await env.ext.worker.evaluate(
      (id) =>
        chrome.sidePanel.open({ tabId: id }).then(
          () => 'opened',
          (e: Error) => e.message,
        ),
      tabId,
    );
    expect(refused).toMatch(/user gesture/);
    // A click the page makes up (untrusted) opens nothing.
    await page.evaluate(() => (document.querySelector('backstory-mark') as HTMLElement).click());
    await page.waitForTimeout(500);
    expect(await panelTargets()).toBe(0);
    await page.locator('backstory-mark', { hasText: 'Kim Jong Un' }).first().click();
    await expect.poll(panelTargets).toBe(1);
    await expect
      .poll(() => env.ext.worker.evaluate(() => chrome.storage.session.get('panelEntity')))
      .toMatchObject({ panelEntity: { tabId, name: 'Kim Jong Un', type: 'PER' } });
    await page.close();
  });

  it('when turned off, leave the open page as it was and mark no new page', async () => {
    const { page } = await openPage(env, SEED);
    await expect.poll(() => marksOf(page), { timeout: 20_000 }).toContain('Poutine');
    const options = await env.ext.openExtensionPage('options.html');
    const toggle = options.getByRole('checkbox', { name: TOGGLE });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => marksOf(page)).toEqual([]);
    // The text nodes were restored, not merely unwrapped: no empty or split nodes remain.
    const source = await (await fetch(`${env.server.origin}${SEED}`)).text();
    const [now, pristine, textNodes] = await page.evaluate((html) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      const count = (root: Node) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let n = 0;
        while (walker.nextNode()) n++;
        return n;
      };
      const live = document.querySelector('article')!;
      const fresh = parsed.querySelector('article')!;
      return [live.innerHTML, fresh.innerHTML, [count(live), count(fresh)]];
    }, source);
    expect(now).toBe(pristine);
    expect(textNodes[0]).toBe(textNodes[1]);

    const second = await openPage(env, `${SEED}?again`);
    await waitForRecorded(second.tabId);
    await second.page.waitForTimeout(1_000);
    expect(await marksOf(second.page)).toEqual([]);
    await toggle.check();
    await expect.poll(() => marksOf(second.page), { timeout: 20_000 }).toContain('Poutine');
    await options.close();
    await second.page.close();
    await page.close();
  });

  it('run no script of a hostile page, even with payloads next to the names', async () => {
    // The hostile fixture, with names the recogniser finds right beside its payloads.
    const hostile = readFileSync(join(ROOT, 'tests/fixtures/hostile.html'), 'utf8').replace(
      '<h1>Hostile headline about a summit</h1>',
      `<h1>Hostile headline about a summit</h1>
<p>Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday,
where Putin&lt;img src=x onerror="window.__pwned=['mark']"&gt; praised Kim&lt;script&gt;window.__pwned=['kim']&lt;/script&gt;
for his support, and Kim said that Putin "&lt;svg onload=window.__pwned=['svg']&gt;" was welcome.</p>`,
    );
    await env.ext.context.route('**/hostile-names.html', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: hostile }),
    );
    const { page, tabId } = await openPage(env, '/hostile-names.html');
    await waitForRecorded(tabId);
    await expect.poll(() => marksOf(page), { timeout: 20_000 }).toContain('Putin');
    const cdp = await page.context().newCDPSession(page);
    for (const mark of await page.locator('backstory-mark').all()) {
      await mark.hover();
      await expect.poll(async () => (await cardText(cdp))?.text).not.toBe('');
      await page.mouse.move(0, 0);
    }
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(
      await page.locator('article img:not([alt="x"]), article svg, article script').count(),
    ).toBe(0);
    await page.close();
  });
});

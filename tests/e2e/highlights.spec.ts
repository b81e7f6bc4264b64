import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardText, mentionPoint, underlined, underlinedTexts } from './card-text';
import { ARTIFACTS_DIR, ROOT } from './fixtures';
import { openPage, useExtensionBrowser, type BrowserEnv } from './setup-browser';

const env = useExtensionBrowser();
const SEED = '/news24-putin-pyongyang.fr.html';
const TOGGLE = 'Underline people, places and organisations in articles';

/** Where the article's paragraphs are and how far the page is scrolled. */
function measure(page: Page) {
  return page.evaluate(() => ({
    scrollY: window.scrollY,
    height: document.documentElement.scrollHeight,
    boxes: Array.from(document.querySelectorAll('article p, article h1, article h2')).map((el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height];
    }),
  }));
}

/** The live article's markup next to the served page's: equal when nothing was changed. */
async function articleMarkup(env: BrowserEnv, page: Page, path: string) {
  const source = await (await fetch(`${env.server.origin}${path}`)).text();
  return page.evaluate((html) => {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return {
      live: document.querySelector('article')!.innerHTML,
      served: parsed.querySelector('article')!.innerHTML,
    };
  }, source);
}

async function waitForRecorded(tabId: number) {
  const popup = await env.ext.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.getByRole('article', { name: 'Recognised article' }).waitFor({ timeout: 20_000 });
  await popup.close();
}

describe('in-page highlights', () => {
  it('underline the mentions without changing the page or moving anything, and show a card', async () => {
    const { page } = await openPage(env, SEED);
    await page.evaluate(() => window.scrollTo(0, 400));
    const before = await measure(page);

    await expect.poll(() => underlinedTexts(page), { timeout: 20_000 }).toContain('Kim Jong Un');
    const texts = await underlinedTexts(page);
    expect(texts).toContain('Poutine');
    expect(texts).toContain('Vladimir Poutine');
    expect(await measure(page)).toEqual(before);
    // The rule that draws them applies to the article's text.
    const decoration = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('article p')!, '::highlight(backstory-mention)')
          .textDecorationLine,
    );
    expect(decoration).toBe('underline');
    // Drawn, not inserted: the article's DOM is exactly the page's own.
    const { live, served } = await articleMarkup(env, page, SEED);
    expect(live).toBe(served);
    expect(await page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot)).toBe(
      null,
    );

    const cdp = await page.context().newCDPSession(page);
    const poutine = await mentionPoint(page, 'Poutine', 1);
    await page.mouse.move(poutine.x, poutine.y);
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
    // Off the mention, the card goes.
    await page.mouse.move(poutine.x, poutine.y + 200);
    await expect.poll(async () => (await cardText(cdp))?.text).toBe('');

    // Keyboard: the caret (caret browsing, Shift+arrows) entering a mention shows its card;
    // Escape closes it. The side panel lists the same cards for keyboard users.
    await page.mouse.move(0, 0);
    await mentionPoint(page, 'Kim Jong Un');
    await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const kim = [...registry.get('backstory-mention')!].find((r) => /^Kim\sJong/.test(`${r}`))!;
      getSelection()!.collapse(kim.startContainer, kim.startOffset + 2);
    });
    await expect.poll(async () => (await cardText(cdp))?.text).toContain('Kim Jong Un');
    // The mouse moving out of a paragraph, off any mention (as when the page scrolls under a
    // resting mouse), takes away only a card the mouse brought, not the caret's.
    const blank = await page.evaluate(() => {
      const p = Array.from(document.querySelectorAll('article p')).find((el) => {
        const r = el.getBoundingClientRect();
        return r.top > 0 && r.bottom < innerHeight;
      })!;
      const r = p.getBoundingClientRect();
      return { x: r.right - 2, y: r.bottom - 3 };
    });
    await page.mouse.move(blank.x, blank.y);
    await page.mouse.move(blank.x, blank.y + 40);
    await page.waitForTimeout(400);
    expect((await cardText(cdp))?.text).toContain('Kim Jong Un');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardText(cdp))?.text).toBe('');
    await page.close();
  });

  it('a click opens the side panel (the gesture survives the message) on the entity', async () => {
    const { page, tabId } = await openPage(env, `${SEED}?click`);
    await expect.poll(() => underlinedTexts(page), { timeout: 20_000 }).toContain('Kim Jong Un');
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
    const kim = await mentionPoint(page, 'Kim Jong Un');
    // A click the page makes up (untrusted), right on the mention, opens nothing.
    await page.evaluate(({ x, y }) => {
      const init = { bubbles: true, clientX: x, clientY: y, button: 0 };
      document.elementFromPoint(x, y)!.dispatchEvent(new MouseEvent('click', init));
    }, kim);
    await page.waitForTimeout(500);
    expect(await panelTargets()).toBe(0);
    await page.mouse.click(kim.x, kim.y);
    await expect.poll(panelTargets).toBe(1);
    await expect
      .poll(() => env.ext.worker.evaluate(() => chrome.storage.session.get('panelEntity')))
      .toMatchObject({ panelEntity: { tabId, name: 'Kim Jong Un', type: 'PER' } });
    await page.close();
  });

  it('when turned off, take the underlines away and mark no new page', async () => {
    const { page } = await openPage(env, SEED);
    await expect.poll(() => underlinedTexts(page), { timeout: 20_000 }).toContain('Poutine');
    const options = await env.ext.openExtensionPage('options.html');
    const toggle = options.getByRole('checkbox', { name: TOGGLE });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => underlinedTexts(page)).toEqual([]);
    // Nor is the rule that drew them left behind.
    expect(
      await page.evaluate(() =>
        Array.from(document.styleSheets).some((s) =>
          Array.from(s.cssRules).some((r) => r.cssText.includes('backstory')),
        ),
      ),
    ).toBe(false);

    const second = await openPage(env, `${SEED}?again`);
    await waitForRecorded(second.tabId);
    await second.page.waitForTimeout(1_000);
    expect(await underlinedTexts(second.page)).toEqual([]);
    await toggle.check();
    await expect.poll(() => underlinedTexts(second.page), { timeout: 20_000 }).toContain('Poutine');
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
    await expect.poll(() => underlinedTexts(page), { timeout: 20_000 }).toContain('Putin');
    const cdp = await page.context().newCDPSession(page);
    const count = (await underlined(page)).length;
    for (let i = 0; i < count; i++) {
      const { x, y } = (await underlined(page, i))[i]!;
      await page.mouse.move(x, y);
      await expect.poll(async () => (await cardText(cdp))?.text).not.toBe('');
      await page.mouse.move(0, 0);
      await expect.poll(async () => (await cardText(cdp))?.text).toBe('');
    }
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(
      await page.locator('article img:not([alt="x"]), article svg, article script').count(),
    ).toBe(0);
    await page.close();
  });
});

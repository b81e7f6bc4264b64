import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './fixtures';
import { openPage, readEarlierEnglish, useExtensionBrowser } from './setup-browser';

const env = useExtensionBrowser();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (through the debugger protocol, so the page's CSP allows it). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const { violations, passes } = (await page.evaluate(async () => {
    type Result = { violations: unknown[]; passes: unknown[] };
    const axe = (window as unknown as { axe: { run(): Promise<Result> } }).axe;
    const result = await axe.run();
    return { violations: result.violations, passes: result.passes.length };
  })) as { violations: AxeViolation[]; passes: number };
  expect(passes, 'axe ran its rules').toBeGreaterThan(10);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Waits for what axe must see: the article, its background cards filled in, and its timeline. */
async function waitForArticleCardsAndTimeline(view: Page) {
  await view.getByRole('article', { name: 'Recognised article' }).waitFor();
  const cards = view.getByRole('region', { name: 'Background' });
  await cards
    .getByRole('article', { name: /^Vladimir Putin/ })
    .getByText('President of Russia')
    .waitFor();
  await expect.poll(() => cards.locator('[aria-busy="true"]').count()).toBe(0);
  await view
    .getByRole('region', { name: 'This story' })
    // Its headline, or its source named for it when that headline names the story.
    .getByRole('link', { name: /Putin lands in Pyongyang as Kim pledges/ })
    .waitFor();
}

describe('accessibility and themes', () => {
  it('popup, side panel and options have no serious axe violations, in light and dark', async () => {
    await readEarlierEnglish(env);
    const { page, openPopup } = await openPage(env, '/news24-putin-pyongyang.fr.html');
    // Each page opened once and checked light then dark: the scheme is a media query
    // (components/panel.css), so switching it on the loaded page needs no second load.
    const popup = await openPopup();
    await waitForArticleCardsAndTimeline(popup);
    const panel = await env.ext.openExtensionPage('sidepanel.html');
    await page.bringToFront();
    await waitForArticleCardsAndTimeline(panel);
    const options = await env.ext.openExtensionPage('options.html');
    const online = options.getByRole('group', { name: 'Online sources' });
    // Both switches, loaded from the settings (disabled until then).
    await expect
      .poll(() =>
        online
          .getByRole('checkbox')
          .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).disabled)),
      )
      .toEqual([false, false]);
    for (const scheme of ['light', 'dark'] as const) {
      for (const [name, p] of [
        ['popup', popup],
        ['sidepanel', panel],
        ['options', options],
      ] as const) {
        await p.emulateMedia({ colorScheme: scheme });
        await saveScreenshot(p, `${name}-${scheme}`);
        expect(await seriousViolations(p), `${name} (${scheme})`).toEqual([]);
      }
    }
    await Promise.all([popup.close(), panel.close(), options.close()]);
  });
});

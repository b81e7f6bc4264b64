import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './fixtures';
import { openPage, useExtensionBrowser } from './setup-browser';

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

describe('accessibility and themes', () => {
  it('popup, side panel and options have no serious axe violations, in light and dark', async () => {
    const { page, openPopup } = await openPage(env, '/news24-putin-pyongyang.fr.html');
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByRole('article', { name: 'Recognised article' }).waitFor();
      const panel = await env.ext.openExtensionPage('sidepanel.html');
      await panel.emulateMedia({ colorScheme: scheme });
      await page.bringToFront();
      await panel.getByRole('article', { name: 'Recognised article' }).waitFor();
      const options = await env.ext.openExtensionPage('options.html');
      await options.emulateMedia({ colorScheme: scheme });
      await options.getByRole('checkbox').first().waitFor();
      for (const [name, p] of [
        ['popup', popup],
        ['sidepanel', panel],
        ['options', options],
      ] as const) {
        await saveScreenshot(p, `${name}-${scheme}`);
        expect(await seriousViolations(p), `${name} (${scheme})`).toEqual([]);
      }
      await Promise.all([popup.close(), panel.close(), options.close()]);
    }
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { underlinedTexts } from '../card-text';
import { ROOT } from '../fixtures';
import { openPage, useExtensionBrowser } from '../setup-browser';

const env = useExtensionBrowser();
const PAGE = readFileSync(join(ROOT, 'tests/e2e/adversarial/switch-off.html'), 'utf8');

describe('a page that forges WXT’s content-script hand-over event', () => {
  it('does not switch Backstory off: it keeps its highlights and reads the next URL', async () => {
    await env.ext.context.route('**/adversarial/switch-off*.html', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE }),
    );
    const { page, tabId } = await openPage(env, '/adversarial/switch-off.html');
    await expect.poll(() => underlinedTexts(page), { timeout: 20_000 }).toContain('Kim Jong Un');

    // The attacker knows the id (the test hands it over), dispatches, then moves on.
    await page.evaluate(
      (id) => (window as unknown as { attack(id: string): void }).attack(id),
      env.ext.extensionId,
    );
    await page.waitForTimeout(1_000);
    expect(await underlinedTexts(page)).toContain('Kim Jong Un');

    await page.click('#next');
    const popup = await env.ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup
      .getByRole('article', { name: 'Recognised article' })
      .getByText('Blinken and Stoltenberg warn about Moscow and Pyongyang', { exact: false })
      .first()
      .first()
      .waitFor({ timeout: 20_000 });
    await popup.close();
    await expect.poll(() => underlinedTexts(page), { timeout: 20_000 }).toContain('Antony Blinken');
    await page.close();
  });
});

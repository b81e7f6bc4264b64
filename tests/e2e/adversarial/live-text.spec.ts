import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { underlinedTexts } from '../card-text';
import { ROOT } from '../fixtures';
import { openPage, useExtensionBrowser } from '../setup-browser';

const env = useExtensionBrowser();
const PAGE = readFileSync(join(ROOT, 'tests/e2e/adversarial/live-text.html'), 'utf8');

describe('a page that rewrites the text nodes it kept', () => {
  it('shows exactly its own new text, with nothing of Backstory glued to it', async () => {
    await env.ext.context.route('**/adversarial/live-text.html', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE }),
    );
    const { page } = await openPage(env, '/adversarial/live-text.html');
    await expect.poll(() => underlinedTexts(page), { timeout: 20_000 }).toContain('Kim Jong Un');
    const before = await page.locator('#second').textContent();

    await page.evaluate(() => (window as unknown as { rewrite(): void }).rewrite());
    expect(await page.locator('#lead').textContent()).toBe(
      'Update: the summit ended early, officials said.',
    );
    expect(await page.locator('#second').textContent()).toBe(`${before} (updated)`);
    // The rewritten paragraph's names are no longer underlined; the others still are.
    const after = await underlinedTexts(page);
    expect(after).not.toContain('Vladimir Putin');
    expect(after).toContain('Andrei Belousov');
    await page.close();
  });

  it('a page whose CSP forbids inline styles still gets its underlines drawn', async () => {
    // The ::highlight() rule sits in a <style> of ours in the page: content scripts are exempt.
    await env.ext.context.route('**/adversarial/live-text-csp.html', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': "style-src 'self'; script-src 'unsafe-inline'" },
        body: PAGE,
      }),
    );
    const { page } = await openPage(env, '/adversarial/live-text-csp.html');
    await expect.poll(() => underlinedTexts(page), { timeout: 20_000 }).toContain('Kim Jong Un');
    const drawn = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('#lead')!, '::highlight(backstory-mention)')
          .textDecorationLine,
    );
    expect(drawn).toBe('underline');
    await page.close();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './fixtures';
import { useExtensionBrowser, type BrowserEnv } from './setup-browser';

const env = useExtensionBrowser();

const SEED_TITLE =
  'Kim promet son « plein soutien » à la Russie en Ukraine alors que Poutine se rend à Pyongyang';

/**
 * Serves `body` at `url` from the browser itself (any host: 127.0.0.2 is another origin than
 * the fixture server's 127.0.0.1), and opens it in a new tab; returns the tab's popup opener.
 */
async function openServed(env: BrowserEnv, url: string, body: string) {
  await env.ext.context.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body }),
  );
  const page = await env.ext.context.newPage();
  await page.goto(url);
  const tabId = await env.ext.tabIdOf(url);
  return { page, openPopup: () => env.ext.openExtensionPage(`popup.html?tabId=${tabId}`) };
}

const adversarial = (name: string) =>
  readFileSync(join(ROOT, 'tests/e2e/adversarial', name), 'utf8');

describe('integrity under attack (#20)', () => {
  it('records an article whose fields exceed the limits, cut to them, rather than nothing', async () => {
    const url = `${env.server.origin}/adversarial/long-fields.html`;
    const { openPopup } = await openServed(env, url, adversarial('long-fields.html'));
    const popup = await openPopup();
    const card = popup.getByRole('article', { name: 'Recognised article' });
    await card
      .getByText('Ministers agree on a long-awaited river treaty after years of talks')
      .waitFor({ timeout: 20_000 });
  });

  it('says why when a report is really refused, instead of "not read yet"', async () => {
    // An address longer than any key may be (8,192 characters) cannot be stored.
    const url = `${env.server.origin}/adversarial/long-fields.html?p=${'x'.repeat(8300)}`;
    const { openPopup } = await openServed(env, url, adversarial('long-fields.html'));
    const popup = await openPopup();
    const status = popup.locator('.status[data-kind="failed"]');
    await status.waitFor({ timeout: 20_000 });
    expect(await status.textContent()).toMatch(/could not store this article \(.*refused.*url/);
  });

  it('never lets a page on another origin overwrite a saved article by claiming its canonical URL', async () => {
    // The victim: the seed article, on 127.0.0.1, under a canonical URL of its own origin.
    const victimUrl = `${env.server.origin}/adversarial/victim.html`;
    const seed = readFileSync(join(ROOT, 'tests/fixtures/news24-putin-pyongyang.fr.html'), 'utf8')
      .replace(/<link rel="canonical"[^>]*>/, `<link rel="canonical" href="${victimUrl}">`)
      .replace(/<meta property="og:url"[^>]*>/, '');
    const victim = await openServed(env, victimUrl, seed);
    const popup = await victim.openPopup();
    await popup.getByRole('button', { name: 'Save to archive' }).click({ timeout: 20_000 });
    await popup.getByRole('button', { name: 'Saved — remove from archive' }).waitFor();
    await popup.close();

    // The attacker: 127.0.0.2, same port, claiming the victim's address.
    const attackerUrl = victimUrl.replace('127.0.0.1', '127.0.0.2').replace('victim', 'claim');
    const attacker = await openServed(
      env,
      attackerUrl,
      adversarial('canonical-claim.html').replaceAll('{{VICTIM_URL}}', victimUrl),
    );
    const attackerPopup = await attacker.openPopup();
    // Recorded, as what it is: an article of its own origin, not saved.
    const card = attackerPopup.getByRole('article', { name: 'Recognised article' });
    await card.getByText('POISONED: send your bitcoin').waitFor({ timeout: 20_000 });
    await card.getByRole('button', { name: 'Save to archive' }).waitFor();
    await attackerPopup.close();

    // The saved article keeps its title and its saved state...
    await victim.page.bringToFront();
    const again = await victim.openPopup();
    const saved = again.getByRole('article', { name: 'Recognised article' });
    await saved.getByText(SEED_TITLE, { exact: false }).first().waitFor();
    await saved.getByRole('button', { name: 'Saved — remove from archive' }).waitFor();
    expect(await saved.textContent()).not.toContain('POISONED');
    // ...the archive's search does not find the scam...
    await again.getByRole('searchbox', { name: 'Search your archive' }).fill('bitcoin');
    await again.getByText('No saved article matches.').waitFor();
    // ...and the saved copy is the victim's text.
    const [reader] = await Promise.all([
      env.ext.context.waitForEvent('page'),
      saved.getByRole('link', { name: 'Read saved copy' }).click(),
    ]);
    await reader.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    expect(await reader.locator('main').textContent()).not.toContain('bitcoin');
  });
});
